"""Extraction, distances and directions: "30 km south of Kharkiv" puts the event at that point,
with the circle geo.offsets computes, and the sentence stays its evidence."""

from __future__ import annotations

import json

import pytest
from geopy.distance import geodesic

from geo import offsets
from geo.extract import Extractor
from geo.precision import GeoPrecision


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _biggest(gazetteer, name):
    towns = [p for p, _ in gazetteer.lookup(name) if p.feature in ("city", "capital")]
    return max(towns, key=lambda p: p.population)


def test_event_sits_at_the_offset_point(extractor, gazetteer):
    sentence = (
        "Russian artillery shelled a village 30 km south of Kharkiv on Monday, killing two people."
    )
    text = "Kyiv, 2025-03-05\n" + sentence
    (event,) = extractor.extract(text, "t")
    kharkiv = _biggest(gazetteer, "Kharkiv")
    expected = geodesic(kilometers=30).destination((kharkiv.lat, kharkiv.lon), 180.0)
    assert geodesic((event["lat"], event["lon"]), (expected.latitude, expected.longitude)).km < 1
    assert event["geo_precision"] == GeoPrecision.NEAR
    (phrase,) = offsets.find_offsets(sentence)
    assert json.loads(event["extra"])["precision_km"] == offsets.precision_km(phrase)
    assert event["place_mention"] == "30 km south of Kharkiv"
    assert event["source_text"] == sentence
    assert text[event["span_start"] : event["span_end"]] == sentence
    assert (event["event_type"], event["fatalities"]) == ("strike", 2)


def test_the_city_is_the_place_named_before(extractor, gazetteer):
    text = (
        "Kyiv, 2025-03-05\n"
        "Drones attacked Sumy overnight. Debris also fell on a farm about 20 kilometres "
        "north-west of the city, the governor said."
    )
    events = extractor.extract(text, "t")
    sumy = _biggest(gazetteer, "Sumy")
    far = [e for e in events if geodesic((e["lat"], e["lon"]), (sumy.lat, sumy.lon)).km > 15]
    assert len(far) == 1
    assert geodesic((far[0]["lat"], far[0]["lon"]), (sumy.lat, sumy.lon)).km == pytest.approx(
        20, abs=0.5
    )
    assert json.loads(far[0]["extra"])["precision_km"] > 7  # "about", north-west: ±22.5° and more


def test_a_place_only_located_by_an_offset_keeps_its_own_point(extractor, gazetteer):
    text = "Kyiv, 2025-03-05\nMissiles struck Bila Tserkva, 80 km south of Kyiv, on Monday."
    (event,) = extractor.extract(text, "t")
    assert event["place"] == "Bila Tserkva"
    assert event["extra"] is None


def test_a_few_kilometres_from_the_village_just_told_of_is_that_village(extractor):
    # the reference point after the village is not what "the village" stands for, and a point
    # two kilometres out is near the village: one event, not a second one at a point
    text = (
        "Kyiv, 2025-03-05\n"
        "Video shows soldiers counterattacking near Tarasivka, south of Pokrovsk, on Tuesday. "
        "The clip is geolocated to a tree line about two kilometres west of the village, "
        "where the unit regained positions."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["place"], event["event_type"], event["geo_precision"]) == (
        "Tarasivka",
        "fighting",
        2,
    )


def test_a_town_named_as_a_qualifier_is_not_the_town(extractor):
    text = (
        "Kyiv, 2025-03-05\n"
        "Selydove was quiet on Monday. A month into the Pokrovsk offensive, officers say the "
        "enemy advanced another 2 km east of the town."
    )
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert "Pokrovsk" not in places
    assert places == {"Selydove"}


def test_a_named_place_far_from_where_the_text_puts_it_takes_the_texts_position(
    extractor, gazetteer
):
    """A village named, then placed by a distance ("Novyi Trud, about 15 km south of
    Pokrovsk"): where the gazetteer's place of the name lies far off (a namesake in Kherson
    oblast), or only at its community's centre (the Donetsk Novyi Trud, known by its former
    name, at the centre of Pokrovsk's hromada), the event is at the point the text gives; a
    town that agrees with its distance keeps its own place."""
    text = (
        "Kyiv, 2026-11-28\n"
        "Moscow said its soldiers had seized Novyi Trud, about 15 km south of Pokrovsk.\n"
        "Russian forces captured Kurakhove, some 30 km west of Donetsk, on Friday.\n"
    )
    by_place = {e["place_mention"]: e for e in extractor.extract(text, "t")}
    trud, kurakhove = by_place["Novyi Trud"], by_place["Kurakhove"]
    (pokrovsk,) = [p for p, _ in gazetteer.lookup("Pokrovsk") if p.admin1 == "Donetsk"]
    away = geodesic((trud["lat"], trud["lon"]), (pokrovsk.lat, pokrovsk.lon)).km
    assert 14 < away < 16 and trud["lat"] < pokrovsk.lat and trud["admin1"] == "Donetsk"
    assert json.loads(trud["extra"])["measured_from"] == "Pokrovsk"
    assert trud["geo_precision"] == GeoPrecision.NEAR
    assert kurakhove["geo_precision"] == GeoPrecision.PLACE and kurakhove["extra"] is None
