"""Namesakes of one country told apart by what the text and the names themselves say (session 27,
places27; own sentences, not copied from the sets).

A village written with its district, named after the district's town ("Pokrovske, Synelnykove
district", "Pokrovske hromada, Synelnykove raion"), lies in that district: of the village's
namesakes in the district's region, the one within a district's reach of its town, not another
one 130 km off that the report's other places (a log's Nikopol and Marhanets) happen to lie near
(three development writers, a police log, an ambulance log, a rescue service's daily).

A town the gazetteer knows by the words only as another name unlike its own (GeoNames lists
"Sloviansk" among Nikopol's names, "Chornobyl" among Lazurnyi's) yields in a war report to a town
of the same country whose own name is the words or a like spelling of them, of at least a tenth
its people, unless the text names its region right after it (the lead's open items)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.places import find_places
from geo.geocode import distance_km

DAY = date(2025, 6, 14)
# Pokrovske of the Synelnykove district (the former Pokrovske district's seat)
POKROVSKE = (47.98, 36.23)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _km(extractor, text, mention, lat, lon):
    """How far from (lat, lon) the first record whose place the text names ``mention`` lies."""
    records = extractor.extract(text, "report", DAY)
    found = [r for r in records if mention in r["place_mention"]]
    assert found, [(r["place"], r["place_mention"]) for r in records]
    return distance_km(found[0]["lat"], found[0]["lon"], lat, lon)


LOG = (
    "Regional police, incidents of Saturday\n\n"
    "1) Nikopol. Shells hit a block of flats on the embankment; a man of 60 was hurt.\n\n"
    "2) Marhanets. A drone hit a minibus near the bus station, wounding the driver.\n\n"
    "3) Pokrovske, Synelnykove district. A glide bomb fell on a street of private houses; "
    "a woman of 70 was killed.\n"
)


def test_a_village_with_its_district_after_it_is_the_namesake_in_that_district(extractor):
    assert _km(extractor, LOG, "Pokrovske", *POKROVSKE) < 10


SHIFT = (
    "Ambulance station, night shift\n\n"
    "At 02:10 shells hit a house in Nikopol, injuring a woman.\n"
    "At 03:40 a drone struck a car in Marhanets, wounding the driver.\n"
    "At 05:55 a guided bomb hit a farm in the Pokrovske hromada, Synelnykove raion, killing a man.\n"
)


def test_a_hromada_with_its_raion_after_it_is_in_that_raion(geocoder):
    hit = next(h for h in find_places(geocoder, SHIFT) if h.mention == "Pokrovske")
    p = hit.place
    assert distance_km(p.lat, p.lon, *POKROVSKE) < 10, (p.name, p.lat, p.lon)


NEAR_NIKOPOL = (
    "Regional police, incidents of Saturday\n\n"
    "1) Nikopol. Shells hit a block of flats on the embankment; a man of 60 was hurt.\n\n"
    "2) Pokrovske, Nikopol district. A drone hit a barn; nobody was hurt.\n"
)


def test_the_namesake_already_in_the_district_named_stays(extractor):
    assert _km(extractor, NEAR_NIKOPOL, "Pokrovske", 47.55, 34.15) < 10


WEEK = (
    "The week in numbers\n\n"
    "4 - villages the Russian army says it took this week, among them Dachne in the "
    "Dnipropetrovsk oblast.\n\n"
    "7 - people killed when a glide bomb hit a market in Sloviansk on Friday.\n"
)
ZONE = (
    "Podcast notes, episode 12\n\n"
    "We talk about the drone that hit the shelter over the old reactor at Chornobyl, and what "
    "the IAEA team on site saw. Then fighting near Kostiantynivka and Druzhkivka in the Donetsk "
    "region.\n"
)
OLD_NAME = "Russian forces repelled attacks near Dzerzhinsk and Gorlovka, the ministry said.\n"


@pytest.mark.parametrize(
    "text, mention, point",
    [
        (WEEK, "Sloviansk", (48.85, 37.60)),  # Slovyansk, not Nikopol
        (ZONE, "Chornobyl", (51.27, 30.22)),  # the town, not Lazurnyi of the Donetsk region
        (OLD_NAME, "Dzerzhinsk", (48.39, 37.85)),  # an old name: Toretsk, not a Russian town
    ],
)
def test_a_town_known_by_the_words_only_otherwise_yields_to_their_spelling(
    extractor, text, mention, point
):
    assert _km(extractor, text, mention, *point) < 20
