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


def test_area_names_joined_by_and_are_read_whole(geocoder):
    """A capitalised run ends at "and", so "Trinidad and Tobago" was two runs and no country:
    the joined names of countries and regions are found whole."""
    from geo.geocode.toponyms import find_area_names

    text = (
        "Trips went from Trinidad and Tobago to Perth and Kinross, then to Sistan and "
        "Baluchestan Province; Kharkiv and Sumy were not visited."
    )
    found = [text[s:e] for s, e in find_area_names(geocoder, text, ("country", "admin1", "admin2"))]
    assert "Trinidad and Tobago" in found
    assert "Perth and Kinross" in found
    assert any(f.startswith("Sistan and Baluchestan") for f in found)
    assert "Kharkiv and Sumy" not in found


def _place(pid, name, country, admin1="", admin2="", feature="city", population=1000):
    from geo.gazetteer import Place

    return Place(pid, name, 0.0, 0.0, country, admin1, admin2, feature, population)


def _mention(start, end, place, candidates=()):
    from geo.geocode import Candidate, Resolution

    cands = [Candidate(p, s) for p, s in candidates]
    return Resolution("x", start, end, place=place, candidates=cands)


def test_a_namesake_outside_the_defined_areas_gives_way_to_one_inside():
    from geo.geocode.defining import keep_to_defined_areas

    far = _place(1, "Hamilton", "US", "New Jersey")
    near = _place(2, "Hamilton", "BM", "Hamilton")
    town = _mention(0, 8, far, [(far, 3.0), (near, 2.0)])
    country = _mention(30, 37, _place(3, "Bermuda", "BM", feature="country"))
    keep_to_defined_areas([town], [town, country], {8: 60}, " " * 60)
    assert town.place is near


def test_a_town_the_gazetteer_lacks_is_put_in_the_most_specific_defined_area():
    from geo.geocode.defining import keep_to_defined_areas

    far = _place(1, "Lima", "PE", "Lima")
    town = _mention(0, 4, far, [(far, 3.0)])
    county = _place(4, "Perth and Kinross", "GB", "Scotland", "Perth and Kinross", "admin2")
    areas = [
        _mention(20, 37, county),
        _mention(39, 47, _place(5, "Scotland", "GB", "Scotland", feature="admin1")),
    ]
    keep_to_defined_areas([town], [town, *areas], {4: 60}, " " * 60)
    assert town.place is county and town.source == "container"


def test_a_choice_inside_the_defined_areas_stays():
    from geo.geocode.defining import keep_to_defined_areas

    victoria = _place(1, "Victoria", "US", "Kansas")  # its county unknown to the gazetteer
    town = _mention(0, 8, victoria, [(victoria, 3.0)])
    county = _mention(20, 32, _place(6, "Ellis County", "US", "Kansas", "Ellis County", "admin2"))
    keep_to_defined_areas([town], [town, county], {8: 60}, " " * 60)
    assert town.place is victoria
    # and outside the sentence, an area says nothing
    keep_to_defined_areas(
        [town],
        [town, _mention(80, 86, _place(7, "Mexico", "MX", feature="country"))],
        {8: 60},
        " " * 90,
    )
    assert town.place is victoria


def _resolve_all(geocoder, text: str, names: list[str]):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return geocoder.resolve(text, spans)


def test_a_river_the_gazetteer_lacks_is_put_at_the_town_it_passes(geocoder):
    """No package gives rivers and lakes with names and points: "on the Dnieper" is placed at
    the town named before it, whose stretch of the river the text is about."""
    town, river = _resolve_all(
        geocoder, "Kamianske is an industrial city on the Dnieper.", ["Kamianske", "Dnieper"]
    )
    assert town.place is not None and river.place is town.place and river.source == "beside"
    town, lake = _resolve_all(
        geocoder, "Petrozavodsk lies on Lake Onega.", ["Petrozavodsk", "Lake Onega"]
    )
    assert lake.place is town.place and lake.source == "beside"


def test_an_unknown_name_with_no_feature_word_or_no_town_before_stays_unresolved(geocoder):
    _, unknown = _resolve_all(
        geocoder, "Lviv police said Zorblaxton was quiet.", ["Lviv", "Zorblaxton"]
    )
    assert unknown.place is None
    (river,) = _resolve_all(geocoder, "The Dnieper rose again in spring.", ["Dnieper"])
    assert river.place is None


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # the town is too small for the gazetteer: its county, not Lima, Ohio (same country)
        ("Lima is a town in Seminole County, Oklahoma, United States.", "Lima", "US", "Oklahoma"),
        # a country named in passing is not the one that holds the town
        (
            "Dover is a port town in Kent, England, facing France across the strait.",
            "Dover",
            "GB",
            "England",
        ),
    ],
)
def test_the_town_lies_in_the_nested_areas_its_sentence_names(
    geocoder, text, name, country, admin1
):
    place = _resolve(geocoder, text, name)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


def test_areas_that_do_not_nest_decide_nothing():
    from geo.geocode.defining import nested_levels

    essex = _place(1, "Essex County", "US", "New Jersey", "Essex County", "admin2")
    ontario = _place(2, "Ontario", "CA", "Ontario", feature="admin1")
    assert nested_levels([essex, ontario]) == []
    canada = _place(3, "Canada", "CA", feature="country")
    assert nested_levels([essex, ontario, canada]) == [[ontario], [canada]]
