"""A side's service named without its country claims for the side the report names it of, as
the text writes it; a report naming both sides' services, or neither, leaves it bare."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.service_sides import with_its_side


@pytest.mark.parametrize(
    "text, who, wanted",
    [
        ("Ukraine's navy said a frigate was hit. Two sea drones were sunk, the Navy said.", "Navy",
         "Ukraine's navy"),
        ("Russian Defence Ministry - morning briefing\n\nDrones were downed, the ministry says.",
         "Ministry", "Russian Defence Ministry"),
        ("The Ministry of Defence of the Russian Federation reported gains. The same ministry "
         "said ...", "Same ministry", "Ministry of Defence of the Russian Federation"),
        ("The Ukrainian Air Force counted 90 drones. Air force officials added ...", "Air force",
         "Ukrainian Air Force"),
        ("Ukraine's Navy spokesman spoke first; later the Navy spokesman said ...",
         "Navy spokesman", "Ukraine's Navy spokesman"),
    ],
)  # fmt: skip
def test_a_bare_service_takes_the_side_the_report_names_it_of(text, who, wanted):
    assert with_its_side(text, who) == wanted


@pytest.mark.parametrize(
    "text, who",
    [
        ("Russia's navy and Ukraine's navy both claimed hits; the Navy said ...", "Navy"),
        ("A missile hit the port, the Navy said.", "Navy"),
        ("Russia's foreign ministry protested. The ministry said ...", "Ministry"),
        ("Ukraine's navy said so.", "Governor Oleh Kiper"),
    ],
)  # fmt: skip
def test_a_service_of_both_sides_or_neither_stays_as_told(text, who):
    assert with_its_side(text, who) == who


def test_the_record_of_a_bare_navy_names_its_side(extractor):
    text = (
        "Ukraine's navy spokesman briefed reporters in Odesa on Tuesday.\n\n"
        "A Russian missile struck a grain terminal in Izmail overnight, the Navy said."
    )
    records = extractor.extract(text, "t", published=date(2026, 12, 1))
    assert {r["claimed_by"] for r in records if r["place"].startswith("Izm")} == {"Ukraine's navy"}
