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


@pytest.mark.parametrize(
    "then",
    [
        "In Lutsk a four-storey block partly collapsed, killing three people.",
        "In Lutsk three people were killed and eleven injured.",
    ],
)
def test_ruin_or_figures_after_a_raid_of_two_kinds_take_both(extractor, then):
    text = f"Russia launched 250 drones and 18 missiles at Ukraine overnight. {then}"
    kinds = _kinds(extractor.extract(text, "t", date(2025, 6, 9)), "Lutsk")
    assert kinds == ["drone", "missile"]


def test_ruin_after_a_raid_of_one_kind_takes_it(extractor):
    text = (
        "Russia launched 250 drones at Ukraine overnight. In Lutsk a four-storey block partly "
        "collapsed, killing three people."
    )
    assert _kinds(extractor.extract(text, "t", date(2025, 6, 9)), "Lutsk") == ["drone"]


def test_a_note_of_two_kinds_on_the_place_gives_both_to_its_hit(extractor):
    text = (
        "LUTSK — ballistic missiles and drones on the city from about 03:00. "
        "Two districts hit; 5 injured."
    )
    kinds = _kinds(extractor.extract(text, "t", date(2025, 6, 9)), "Lutsk")
    assert kinds == ["ballistic missile", "drone"]


def test_two_kinds_told_without_the_place_give_its_hit_none(extractor):
    text = (
        "Russia launched missiles and drones at Ukraine again. The air force asks for more "
        "interceptors. In Lutsk a house was hit."
    )
    assert _kinds(extractor.extract(text, "t", date(2025, 6, 9)), "Lutsk") == [None]
