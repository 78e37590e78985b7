"""An attack told as an attempt on a place whose weapons are then told brought down, in the same
sentence or the next, with no hit: an interception there ("tried to attack the depot at X. All
of them were shot down."); an attempt that did harm stays a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 7, 2))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Shortly after midnight the enemy attempted to strike the air base at Millerovo "
            "with four missiles.\n\nThree of them were brought down by air defence systems.",
            "Millerovo",
        ),
        (
            "The governor says Ukrainian drones tried to attack a fuel depot outside Tuapse "
            "overnight. They were downed, he says, and only debris reached the site.",
            "Tuapse",
        ),
    ],
)
def test_an_attempt_then_downed_is_an_interception(extractor, text, place):
    assert _kinds(extractor, text).get(place) == "interception"


def test_an_attempt_that_hit_stays_a_strike(extractor):
    text = (
        "A drone attempted to hit a substation near Rylsk overnight; a transformer caught fire. "
        "Two other drones were shot down."
    )
    assert _kinds(extractor, text).get("Rylsk") == "strike"
