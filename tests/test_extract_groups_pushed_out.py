"""Troops' groups pushed out of a place's parts or away from its approaches ("pushed Russian
infiltration groups out of the eastern blocks of X", "drove enemy units away from the approaches
to Y") are fighting there, as "cleared Russian troops from X" is."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 10, 8))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Ukrainian soldiers pushed Russian infiltration groups out of the eastern blocks of "
            "Lyman, a brigade said on Tuesday.",
            "Lyman",
        ),
        (
            "The corps said it had driven Russian units away from the approaches to Izium.",
            "Izyum",
        ),
        ("Border guards forced the sabotage groups out of Vovchansk overnight.", "Vovchansk"),
    ],
)
def test_groups_pushed_out_of_a_place_are_fighting(extractor, text, place):
    got = _kinds(extractor, text)
    assert got.get(place) == "fighting", got


def test_a_crowd_pushed_away_from_a_square_is_no_fighting(extractor):
    got = _kinds(extractor, "Police pushed the crowd away from the approaches to Lviv station.")
    assert "fighting" not in got.values(), got
