"""Extraction: one weapon told brought down in the passive ("A drone was shot down over X", "the
air force says a missile was downed near Y", "a second drone was brought down over the Z
region"): the interception destroyed one, as "shot down a drone near X" does. The bare participle
("debris of a drone shot down over X") stays no count: the writers leave a debris record's
figure empty (tried: six development sets lost count agreement)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _destroyed(extractor, text: str) -> list[int | None]:
    return [
        r.get("destroyed")
        for r in extractor.extract(text, "t", DAY)
        if r["event_type"] == "interception"
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The navy says a cruise missile was downed near Ochakiv overnight.", True),
        ("Moscow's ministry said a fourth drone was brought down over the Tula region.", True),
        # a drone that destroyed something was not itself brought down
        ("Air defence worked over Sumy, where a drone destroyed a warehouse.", False),
    ],
)
def test_one_weapon_downed_in_the_passive_counts_one(extractor, text, counted):
    assert (1 in _destroyed(extractor, text)) is counted
