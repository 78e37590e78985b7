"""Extraction: an interception tally naming two kinds at one region, the word of bringing down
right before or right after the two ("Air defence downed two Kh-101 missiles and 14 Shaheds over
the X region"; "Over the X region, 3 missiles and 25 drones were destroyed"): one interception per
kind there, the missiles not lost to the drones (issue 16, the unseen writers' interception gold
missile, ours drone)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _downs(extractor, text: str) -> set[tuple[str, str | None]]:
    return {
        (r["place"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
        if r["event_type"] == "interception"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an air force post: the verb before the two kinds, the region after them
        (
            "Air defence downed two Kh-101 missiles and 14 Shaheds over the Vinnytsia region.",
            {("Vinnytska", "cruise missile"), ("Vinnytska", "drone")},
        ),
        # a regional administration: the region first, the verb after the two kinds
        (
            "Over the Kyiv region, 3 missiles and 25 drones were destroyed overnight.",
            {("Kiev", "missile"), ("Kiev", "drone")},
        ),
        # a wire story's paraphrase: "shot down" after the two, the region last
        (
            "Two ballistic missiles and 30 drones were shot down over the Kharkiv region, the "
            "air force said.",
            {("Kharkiv", "ballistic missile"), ("Kharkiv", "drone")},
        ),
        # an oblast's round-up: the region first, the verb holding the first kind, then
        # another region's own figure
        (
            "In the Dnipropetrovsk region, air defence forces destroyed 3 cruise missiles and 11 "
            "attack drones; in the Poltava region, 5 drones.",
            {
                ("Dnipropetrovsk", "cruise missile"),
                ("Dnipropetrovsk", "drone"),
                ("Poltava", "drone"),
            },
        ),
    ],
)
def test_a_tally_of_two_kinds_at_a_region_is_an_interception_per_kind(extractor, text, expected):
    assert _downs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # launched two kinds, one of them downed
        "Russia launched 12 drones and two missiles at the Sumy region; 10 drones were shot down.",
        # two kinds launched, the word of bringing down far after them with another drone figure
        "Russia fired 4 missiles and 50 drones at the Lviv region, and air defence downed 40 "
        "drones over the region.",
    ],
)
def test_only_the_kind_downed_is_an_interception(extractor, text):
    assert {k for _, k in _downs(extractor, text)} == {"drone"}
