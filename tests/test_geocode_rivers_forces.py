"""Words that enter a war report's places though they name no settlement: a river written as
"on the X" whose town namesake lies far from everything else the text names, and a town's name
inside an armed force's name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from geo.geocode import find_toponyms

THEATRE = frozenset({"UA", "RU"})


def _resolved(geocoder, text: str, theatre=THEATRE):
    return {r.query: r for r in geocoder.resolve(text, find_toponyms(geocoder, text), theatre)}


@pytest.mark.parametrize(
    ("text", "river", "town"),
    [
        (
            "Floods closed the roads around Aksay on the Don, regional officials said.",
            "Don",
            "Aksay",
        ),
        ("Barges waited at Duisburg on the Rhine until the water fell.", "Rhine", "Duisburg"),
        ("Ferries stopped on the Rhine at Duisburg after the storm.", "Rhine", "Duisburg"),
    ],
)
def test_a_river_after_on_the_is_put_at_the_town_named_with_it(geocoder, text, river, town):
    found = _resolved(geocoder, text, frozenset())
    assert found[river].place is not None
    assert found[river].place.name == found[town].place.name
    assert found[river].source == "beside"


def test_a_river_with_no_town_in_its_sentence_is_left_unplaced(geocoder):
    text = "Shelling hit Aksay overnight. Boats were later seen on the Don."
    found = _resolved(geocoder, text, frozenset())
    assert found["Don"].place is None  # not the French town, nor Aksay a sentence away


@pytest.mark.parametrize(
    "text",
    [
        "Workers on the Sula bridge near Lubny were evacuated.",  # a name before a noun
        "Passengers boarded the Don shuttle in Aksay.",  # no "on the" before it
    ],
)
def test_a_name_that_is_not_read_as_a_river_keeps_its_reading(geocoder, text):
    found = _resolved(geocoder, text)
    name = "Sula" if "Sula" in text else "Don"
    assert found[name].source != "beside"


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("A drone hit a tug of the Baltic Fleet near Baltiysk.", {"Fleet", "Baltic"}, "Baltiysk"),
        ("Fighters of the Azov Regiment were moved to Zaporizhzhia.", {"Azov"}, "Zaporizhzhia"),
        ("The Black Sea Fleet said its ships shot down drones.", {"Fleet"}, "Black Sea"),
    ],
)
def test_a_town_inside_a_force_name_is_no_place(geocoder, text, dropped, kept):
    found = [text[s:e] for s, e in find_toponyms(geocoder, text)]
    assert kept in found
    assert not dropped.intersection(found)


def test_the_town_of_fleet_alone_is_still_a_place(geocoder):
    text = "Heavy rain flooded Fleet and Farnborough overnight."
    assert "Fleet" in [text[s:e] for s, e in find_toponyms(geocoder, text)]
