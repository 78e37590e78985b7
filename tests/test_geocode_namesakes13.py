"""Namesakes in war reports (issue 16, thirteenth round): sentences written for these tests, each
class of failure with cases of its own."""

from __future__ import annotations

import pytest

from geo.geocode import distance_km, find_toponyms
from geo.geocode.cues import in_region_list

THEATRE = frozenset({"UA", "RU"})


def _resolved(geocoder, text: str):
    return geocoder.resolve(text, find_toponyms(geocoder, text), THEATRE)


# A list of regions ended by a plural region word: the names after the first are its peers,
# not the region it lies in -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a plain list, "and", the region word lower case
        "Drones were downed over the Zaporizhzhia, Kherson and Mykolaiv regions. Later a shell "
        "hit Stepnohirsk, a village in the Zaporizhzhia region.",
        # "or", provinces, the region called so again in a governor's words
        "Power cuts hit the Zaporizhzhia, Donetsk or Luhansk provinces again; the Zaporizhzhia "
        "province governor said Vasylivka was shelled.",
        # oblasts, the region first named in a heading of its own
        "ALERTS. Sirens sounded in the Zaporizhzhia, Kherson and Dnipropetrovsk Oblasts.\n"
        "Zaporizhzhia Oblast: a drone hit a warehouse in Polohy.",
    ],
)
def test_the_first_name_of_a_list_of_regions_keeps_its_own_region(geocoder, text):
    # Zaporizhzhia bare is a city, and a village of that name in each of the other regions of
    # the list: the name after it in the list must not make it that village.
    regions = [r.place for r in _resolved(geocoder, text) if r.query == "Zaporizhzhia"]
    assert regions and all(p.admin1 == "Zaporizhia" for p in regions)


def test_a_region_right_after_a_town_still_places_it(geocoder):
    # Not a list: "X, Kherson region" is X's region, and a village of X's name there wins.
    text = "Shelling hit Zaporizhzhia, Kherson region, overnight; one house burned."
    place = next(r.place for r in _resolved(geocoder, text) if r.query == "Zaporizhzhia")
    assert place.admin1 == "Kherson"


@pytest.mark.parametrize(
    ("after", "peers"),
    [
        (", Dnipropetrovsk, Poltava and Kyiv regions.", True),
        (" and Sumy oblasts", True),
        (", Kherson or Mykolaiv Provinces", True),
        (", Kherson region", False),  # the region of the name before it
        (" and Kherson region", False),  # singular: one region, not a list of them
        (", Ukraine", False),
        (" in the Kherson region", False),
    ],
)
def test_what_reads_as_a_list_of_regions(after, peers):
    assert in_region_list("Zaporizhzhia" + after, len("Zaporizhzhia")) is peers


# An axis heading written in capitals ---------------------------------------------------------

KUPIANSK = (49.71, 37.61)
AVDIIVKA = (48.14, 37.75)
LYMAN = (48.97, 37.80)


@pytest.mark.parametrize(
    ("text", "name", "axis"),
    [
        (
            "Strikes went on across the Donetsk region.\n\n"
            "KUPIANSK DIRECTION. The enemy attacked twice near Ivanivka.\n",
            "Ivanivka",
            KUPIANSK,
        ),
        (
            "The Poltava region was quiet. On the LYMAN AXIS the enemy stormed Stepove three times.",
            "Stepove",
            LYMAN,
        ),
        (
            "The Donetsk region was shelled.\nKUPIANSK SECTOR: fighting near Stepove.\n",
            "Stepove",
            KUPIANSK,
        ),
        # the other namesakes, where the axis points to them
        (
            "Strikes went on across the Kharkiv region.\n\n"
            "AVDIIVKA DIRECTION. The enemy attacked twice near Ivanivka.\n",
            "Ivanivka",
            AVDIIVKA,
        ),
        (
            "The Kharkiv region was shelled.\nAVDIIVKA SECTOR: fighting near Stepove.\n",
            "Stepove",
            AVDIIVKA,
        ),
    ],
)
def test_an_axis_in_capitals_places_the_names_along_it(geocoder, text, name, axis):
    # A region named elsewhere in the text pulls the other way: the axis decides.
    place = next(r.place for r in _resolved(geocoder, text) if r.query == name)
    assert distance_km(place.lat, place.lon, *axis) < 70


# A town named beside another in the same sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "mate"),
    [
        # "near A but ... near B"; the text names another region elsewhere
        (
            "The Zaporizhzhia region was quiet. Russian troops advanced near Kupiansk but were "
            "stopped near Stepove.",
            "Stepove",
            "Kupiansk",
        ),
        (
            "The Donetsk region was shelled. Drones struck Kupiansk and Ivanivka before dawn.",
            "Ivanivka",
            "Kupiansk",
        ),
        (
            "Shelling went on in the Donetsk region. In Orikhiv and Novoselivka homes were "
            "damaged, officials said.",
            "Novoselivka",
            "Orikhiv",
        ),
        # the other namesakes, where the town beside them lies near them
        (
            "The Kharkiv region was shelled. Drones struck Pokrovsk and Ivanivka before dawn.",
            "Ivanivka",
            "Pokrovsk",
        ),
    ],
)
def test_a_namesake_lies_near_the_town_named_beside_it(geocoder, text, name, mate):
    resolved = _resolved(geocoder, text)
    place = next(r.place for r in resolved if r.query == name)
    other = next(r.place for r in resolved if r.query == mate)
    assert distance_km(place.lat, place.lon, other.lat, other.lon) < 60


def test_a_region_named_right_after_a_town_still_beats_the_town_beside_it(geocoder):
    text = "Drones struck Kupiansk and Ivanivka, Donetsk region, before dawn."
    place = next(r.place for r in _resolved(geocoder, text) if r.query == "Ivanivka")
    assert place.admin1 == "Donetsk"
