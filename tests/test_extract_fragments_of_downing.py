"""Extraction, bare fragments after a downing (issue 16, the event's type): "In the village of X
fragments damaged a roof", "a shed in Y was damaged by fragments", told after the report said
that air defence shot drones down, tells where the wreckage of a downed weapon fell: an
interception, as the debris rule reads "debris damaged a roof". Fragments after shelling, or a
hit told in the same clause, keep the strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2025, 6, 3)
TOWNS = ("Tëtkino", "Tetkino", "Klintsy", "Shebekino", "Bilopillia")


@pytest.fixture(scope="module")
def types_at(geocoder):
    """The event types the extractor gives the text's one town."""
    extractor = Extractor(geocoder)
    return lambda text: {
        r["event_type"] for r in extractor.extract(text, "t", DAY) if r["place"] in TOWNS
    }


@pytest.mark.parametrize(
    "text",
    [
        # a governor's night summary: the downing, then the fragments in a village
        "Overnight air defence shot down nine drones over the Kursk region. "
        "In the village of Tetkino fragments damaged a barn and a car, nobody was hurt.",
        # the passive, after the region's tally
        "The air defence systems destroyed eleven UAVs above the Bryansk region at night. "
        "As the governor wrote, in Klintsy one garage was damaged by fragments.",
        # the downing told a paragraph before, the fragments in a list of what the governor said
        "Fragments of a shot-down drone fell into a school yard.\n\n"
        "The governor also said that in Shebekino fragments damaged the roofs of two houses.",
    ],
)
def test_bare_fragments_after_a_downing_are_the_interception(types_at, text):
    assert types_at(text) == {"interception"}


def test_fragments_after_shelling_stay_a_strike(types_at):
    text = (
        "Air defence shot down two drones over the Sumy region at night. "
        "In the morning mortar shelling hit Bilopillia; fragments damaged the roof of a clinic."
    )
    assert types_at(text) == {"strike"}


def test_fragments_with_no_downing_told_stay_a_strike(types_at):
    text = "In the village of Tetkino fragments damaged a barn and a car, nobody was hurt."
    assert "interception" not in types_at(text)


def test_a_drone_hit_in_the_same_clause_stays_a_strike(types_at):
    text = (
        "Air defence shot down six drones over the Belgorod region. "
        "In Shebekino a drone struck a car and fragments damaged a fence."
    )
    assert types_at(text) == {"strike"}


def test_fragments_after_bombs_told_since_the_downing_stay_a_strike(types_at):
    text = (
        "Air defence shot down six drones over the Sumy region overnight. "
        "In the afternoon Russian aircraft dropped glide bombs on the outskirts of Bilopillia. "
        "In Bilopillia fragments damaged a school."
    )
    assert types_at(text) == {"strike"}
