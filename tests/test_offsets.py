"""Distances and directions: "30 km south of Kharkiv" lands where geopy's geodesic says."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from geo import offsets

PHRASES = [
    ("Shelling hit a village 30 km south of Kharkiv overnight.", 30.0, 180.0, "Kharkiv", 4),
    ("It fell about 20 kilometres north-west of the city.", 20.0, 315.0, "the city", 8),
    ("The base lies 15 miles NNE of Sumy.", 15 * 1.609344, 22.5, "Sumy", 16),
    ("40km to the south-east of Zaporizhzhia a depot burned.", 40.0, 135.0, "Zaporizhzhia", 8),
    ("Twelve km west from Kherson.", 12.0, 270.0, "Kherson", 4),
    ("Some 25 km northeastern of Velyka Novosilka.", 25.0, 45.0, "Velyka Novosilka", 8),
    ("A ship 50 nautical miles SW of Sevastopol.", 50 * 1.852, 225.0, "Sevastopol", 8),
]


@pytest.mark.parametrize("text, km, bearing, anchor, points", PHRASES)
def test_phrases_are_read(text, km, bearing, anchor, points):
    (found,) = offsets.find_offsets(text)
    assert found.distance_km == pytest.approx(km)
    assert (found.bearing, found.anchor, found.points) == (bearing, anchor, points)
    assert text[found.start : found.end] == found.text


def test_no_offset_without_a_direction_or_a_place():
    for text in ("30 km of road", "5 km north-south of Kyiv", "30 km south of it", "30 km south"):
        assert offsets.find_offsets(text) == [], text


@pytest.mark.parametrize("text, km, bearing, anchor, points", PHRASES)
def test_offset_point_within_1_km_of_geopy(gazetteer, text, km, bearing, anchor, points):
    name = "Kyiv" if anchor == "the city" else anchor
    place = max((p for p, _ in gazetteer.lookup(name)), key=lambda p: p.population)
    (found,) = offsets.find_offsets(text)
    lat, lon = offsets.destination(place.lat, place.lon, found)
    expected = geodesic(kilometers=km).destination((place.lat, place.lon), bearing)
    assert geodesic((lat, lon), (expected.latitude, expected.longitude)).km < 1.0
    assert geodesic((place.lat, place.lon), (lat, lon)).km == pytest.approx(km, abs=0.01)


def test_precision_circle_follows_the_direction_and_hedges():
    (south,) = offsets.find_offsets("30 km south of Kharkiv")
    (nne,) = offsets.find_offsets("30 km NNE of Kharkiv")
    (about,) = offsets.find_offsets("about 30 km NNE of Kharkiv")
    assert offsets.precision_km(south) > offsets.precision_km(nne)
    assert offsets.precision_km(about) == pytest.approx(offsets.precision_km(nne) + 7.5, abs=0.1)
    (near,) = offsets.find_offsets("1 km NNE of Kharkiv")
    assert offsets.precision_km(near) == 1.0


def test_a_text_without_unit_direction_and_place_has_no_phrase_to_find():
    """find_offsets searches the whole phrase only where a unit, a direction and a place follow
    each other: wherever the whole phrase matches (reports and hand-made cases), so does that."""
    from geo import offsets as off
    from geo.paths import DATA_DIR

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA_DIR.glob("reports/**/*.txt"))]
    texts += [
        "about 30 km north of Kharkiv",
        "Some twenty-five kilometres to the south-east of the city",
        "12,5 nautical miles WNW from Odesa",
        "THREE MILES EAST OF Kyiv",
        "a hundred kms north-western of Velyka Novosilka",
    ]
    found = 0
    for text in texts + [t.upper() for t in texts]:
        if off._PHRASE.search(text):
            found += 1
            assert off._UNIT_DIRECTION_PLACE.search(text)
    assert found >= 10
    assert off.find_offsets("no distances here at all") == []
