"""Extraction, a strike told with no weapon of its own after a sentence of its paragraph naming
two kinds joined: figures or ruin alone after the raid ("Russia launched 250 drones and 18
missiles. In X a block partly collapsed") and a hit after a note of the two kinds on the place
("X - missiles and drones on the city. Two districts hit") are a record per kind; two kinds told
with no place leave another place's hit none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records, place):
    return sorted(
        r["weapon_category"]
        for r in records
        if r["event_type"] == "strike" and r["place"].startswith(place)
    )


_LUTSK_AFTER_A_RAID = [
    # figures or ruin alone after a raid of two kinds: both
    (
        "Russia launched 250 drones and 18 missiles at Ukraine overnight. In Lutsk a four-storey "
        "block partly collapsed, killing three people.",
        ["drone", "missile"],
    ),
    (
        "Russia launched 250 drones and 18 missiles at Ukraine overnight. In Lutsk three people "
        "were killed and eleven injured.",
        ["drone", "missile"],
    ),
    # one kind: that one
    (
        "Russia launched 250 drones at Ukraine overnight. In Lutsk a four-storey block partly "
        "collapsed, killing three people.",
        ["drone"],
    ),
    # a note of two kinds on the place, its hit told after: both
    (
        "LUTSK — ballistic missiles and drones on the city from about 03:00. "
        "Two districts hit; 5 injured.",
        ["ballistic missile", "drone"],
    ),
    # two kinds told with no place: another place's hit takes none
    (
        "Russia launched missiles and drones at Ukraine again. The air force asks for more "
        "interceptors. In Lutsk a house was hit.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "kinds"), _LUTSK_AFTER_A_RAID)
def test_a_hit_told_after_two_kinds(extractor, text, kinds):
    assert _kinds(extractor.extract(text, "t", date(2025, 6, 9)), "Lutsk") == kinds
