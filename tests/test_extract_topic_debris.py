"""Extraction: a sentence with no place of its own, told of its city by a district ("Falling
debris smashed windows in a school in the Kyivskyi district"), opening on the debris of what was
brought down, is an interception in that city, not a strike (type31: our own set realstyle-heldout-type31 and
two check writers, heldout43 and 52, moved; no development record changed). Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 2, 14)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a governor's post: the downing over the city, the debris in one of its districts
        (
            "Air defence was at work over Kharkiv for two hours and brought down eleven drones. "
            "Falling debris smashed windows in a school in the Kyivskyi district.",
            "Kharkiv",
        ),
        # a mayor's channel: wreckage after a night's shoot-down
        (
            "Our air defence repelled a large attack: over Dnipro 14 Shaheds were shot down. "
            "Falling wreckage damaged a private house in the Samarskyi district.",
            "Dnipro",
        ),
    ],
)
def test_debris_in_a_district_of_the_city_is_the_interception(extractor, text, place):
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records} == {(place, "interception")}


def test_a_drone_that_hit_a_district_stays_a_strike(extractor):
    text = (
        "Air defence downed six drones over Kharkiv. One more drone hit a warehouse in the "
        "Kyivskyi district."
    )
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records} == {
        ("Kharkiv", "interception"),
        ("Kharkiv", "strike"),
    }


def test_shell_fragments_in_a_district_stay_a_strike(extractor):
    text = (
        "Russian artillery shelled Kherson overnight. Shell fragments damaged a house in the "
        "Dniprovskyi district."
    )
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records} == {("Kherson", "strike")}
