"""Extraction: a national tally told with its result in one sentence and no place of its own
("the air force said 210 of 236 drones and 9 of 11 missiles were brought down", "95 drones
launched, 71 shot down", "Russia sent 120 drones, and 97 of them were downed"): each kind's
launched count goes to the first interception of that kind that gives only what it destroyed
(the annotation rule: a national total on the first region), so the nightly tally keeps the
side's launched figure; a sentence that names its region keeps its figures to itself."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _counts(extractor, text: str) -> dict[tuple[str, str | None], tuple]:
    return {
        (r["place"], r["weapon_category"]): (r.get("launched"), r.get("destroyed"))
        for r in extractor.extract(text, "t", DAY)
        if r["event_type"] == "interception"
    }


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a wire story: the region first, the country's figures after it
        (
            "Eleven drones were shot down over the Sumy region overnight. Across Ukraine, "
            "Russia launched 120 drones, and 97 of them were downed or suppressed.",
            ("Sumy", "drone"),
            (120, 11),
        ),
        # a news round-up: two kinds as shares, a region's figure after
        (
            "The air force said 210 of 236 drones and 9 of 11 missiles were brought down "
            "overnight.\n\nAir defence shot down 14 drones over the Kharkiv region.",
            ("Kharkiv", "drone"),
            (236, 14),
        ),
        # a monitoring digest: launched, then downed, in a list's clipped words
        (
            "Overnight: 95 drones launched, 71 shot down or jammed.\n\n"
            "Mobile fire groups destroyed 23 drones over the Odesa region.",
            ("Odessa", "drone"),
            (95, 23),
        ),
    ],
)
def test_a_national_tally_gives_its_launched_count_to_the_first_region(
    extractor, text, key, expected
):
    assert _counts(extractor, text)[key] == expected


def test_a_sentence_with_its_own_region_gives_no_other_its_count(extractor):
    text = (
        "Air defence downed 5 drones over the Kyiv region. Over the Mykolaiv region 7 of 9 "
        "drones were shot down."
    )
    assert _counts(extractor, text)[("Kiev", "drone")] == (None, 5)


def test_one_sides_national_launch_is_not_the_others_interception(extractor):
    # a Russian ministry's region, then Ukraine's air force's count of the Russian launch
    text = (
        "Russia's defence ministry said 60 Ukrainian drones were downed, 25 of them over the "
        "Belgorod region.\n\nUkraine's air force said 140 Russian drones were launched overnight, "
        "118 of them shot down or jammed."
    )
    assert _counts(extractor, text)[("Belgorod", "drone")] == (None, 25)
