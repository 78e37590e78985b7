"""A place named only as the target of an attack, then only the attack's downing or the debris of
a downed weapon told ("During a drone attack on Odesa, debris of a downed drone damaged a
warehouse"): an interception there, as the debris rule reads "Debris of a downed drone damaged a
warehouse in Odesa"; a hit told after the place keeps it a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _types(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 7, 2))
    return {(e["place"], e["event_type"]) for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "During a drone attack on Odesa overnight, debris of a downed drone damaged a "
            "warehouse; nobody was hurt.",
            "Odesa",
        ),
        ("Night attack on Poltava: 14 drones downed, the regional governor said.", "Poltava"),
        (
            "In another large attack on Sumy, air defence shot down 30 drones; debris fell on "
            "two garages.",
            "Sumy",
        ),
    ],
)
def test_an_attack_told_by_its_downing_is_an_interception(extractor, text, place):
    assert _types(extractor, text) == {(place, "interception")}


@pytest.mark.parametrize(
    "text",
    [
        "During a drone attack on Odesa overnight, one drone hit a warehouse and two were downed.",
        "The attack on Poltava killed two people; air defence shot down 14 drones.",
    ],
)
def test_a_hit_after_the_place_keeps_it_a_strike(extractor, text):
    assert "strike" in {t for _, t in _types(extractor, text)}
