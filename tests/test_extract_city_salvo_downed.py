"""Extraction: a city attacked by a salvo that was all brought down, or whose blasts were the air
defence at work, is where drones or missiles were intercepted, not a strike (issue 16, the unseen
writers' gold interception, ours strike at the same spot)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city administration: every drone of the salvo destroyed
        (
            "Russia attacked Kyiv with drones overnight; air defences destroyed all 20 of them, "
            "the city administration said.",
            "Kyiv",
        ),
        # a wire story: most of them destroyed
        (
            "Russian drones targeted Odesa overnight, and air defence destroyed most of them, the "
            "regional governor said.",
            "Odesa",
        ),
        # a live blog: blasts that were the air defence engaging missiles
        ("Explosions rang out in Dnipro as air defences engaged incoming missiles.", "Dnipro"),
    ],
)
def test_a_salvo_at_a_city_brought_down_is_an_interception(extractor, text, place):
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records} == {(place, "interception")}


def test_blasts_with_a_hit_told_stay_a_strike(extractor):
    text = "Explosions rang out in Dnipro as a missile hit an industrial enterprise."
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records} == {("Dnipro", "strike")}
