"""Classes of failure found on the encyclopedia-style development set
(``benchmarks/data/encyclopedia-dev.jsonl``), each tested here on sentences written for these
tests: how an article's first sentence says where its place is."""

from __future__ import annotations

import pytest

from geo.geocode import cue_for, distance_km
from geo.geocode.cues import DEFINING


def _resolve(geocoder, text: str, name: str):
    start = text.index(name)
    return geocoder.resolve(text, [(start, start + len(name))])[0].place


def _cue(text: str, name: str) -> str:
    start = text.index(name)
    return cue_for(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Burlington is the largest city of Vermont.", "Vermont"),
        ("Jacksonville is the most populous city of Florida.", "Florida"),
        ("Nuuk is the capital of Greenland.", "Greenland"),
        ("Aberdeen is the third-largest city of Scotland.", "Scotland"),
        ("Mdina was long the main town of Malta.", "Malta"),
    ],
)
def test_a_town_ranked_in_an_area_makes_the_area_no_town(text, name):
    """ "The largest city of X", "the capital of X": X holds the town, so it is an area."""
    assert _cue(text, name) == "area"


def test_the_city_of_a_name_is_still_a_town():
    assert _cue("Shelling hit the port city of Odesa overnight.", "Odesa") == "town"
    assert _cue("They drove to the city of Kharkiv.", "Kharkiv") == "town"


def test_the_state_after_largest_city_of_is_the_state_not_a_namesake_town(geocoder):
    """Maine is a state and a small town of Wisconsin; "the largest city of Maine" is the
    state's (it took the town while "city of" asked for a town)."""
    place = _resolve(geocoder, "Portland is the largest city of Maine, on Casco Bay.", "Maine")
    assert place is not None and place.feature == "admin1" and place.country == "US"


@pytest.mark.parametrize(
    "text",
    [
        "Hamilton is the chief town of Bermuda, which lies in the Atlantic about 1,000 km east "
        "of North Carolina.",
        "Hamilton is a city in Bermuda, an island territory in the Atlantic.",
    ],
)
def test_an_ocean_after_the_is_no_county_in_a_defining_sentence(geocoder, text):
    """A bare county name in a defining sentence is read as the town's county ("a town in
    Shropshire"), but "the Atlantic" is the ocean, not Atlantic County, New Jersey (where a
    town is also called Hamilton)."""
    place = _resolve(geocoder, text, "Hamilton")
    assert place is not None and place.country == "BM", (place.name, place.admin1)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Victoria, also called Rabat, is the chief town of Gozo in Malta.",
            "Victoria",
            (36.044, 14.240),
        ),
        (
            "Tripoli is the second city of Lebanon, on its northern coast.",
            "Tripoli",
            (34.437, 35.850),
        ),
    ],
)
def test_appositive_names_and_ranked_towns_still_define(geocoder, text, name, point):
    """Another name between commas before "is", and "is the second city of", still make a
    defining sentence: the areas after it are the town's."""
    place = _resolve(geocoder, text, name)
    assert place is not None
    assert distance_km(place.lat, place.lon, *point) < 10.0, (place.name, place.country)


def test_defining_sentence_shapes():
    assert DEFINING.match(", known until 1946 as Tilsit, is a town in Kaliningrad Oblast", 0)
    assert DEFINING.match(" is the main town of Gozo", 0)
    assert not DEFINING.match(" is the latest town hit in a string of burglaries", 0)
    assert not DEFINING.match(", the police said, is a town", 0)
