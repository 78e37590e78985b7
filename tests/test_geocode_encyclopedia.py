"""Encyclopedia-style sentences (the unseen corpus's style): a place defined by the county,
district and region it lies in. Written for these tests; the points are the gazetteer's
entries for the places the sentences describe."""

from __future__ import annotations

import pytest

from geo.geocode import distance_km

CASES = [
    ("Victoria is a city in Ellis County, Kansas, United States.", "Victoria", (38.853, -99.148)),
    (
        "Paris is a city in and the county seat of Lamar County, Texas, United States.",
        "Paris",
        (33.661, -95.556),
    ),
    ("Athens is a city in McMinn County, Tennessee, United States.", "Athens", (35.443, -84.593)),
    (
        "Columbus is a city in and the county seat of Platte County, Nebraska.",
        "Columbus",
        (41.430, -97.368),
    ),
    (
        "Lebanon is a city in Boone County, Indiana, and its county seat.",
        "Lebanon",
        (40.048, -86.469),
    ),
    ("Jordan is a city in Scott County, Minnesota, United States.", "Jordan", (44.667, -93.627)),
    (
        "Palestine is a city in and the county seat of Anderson County, Texas.",
        "Palestine",
        (31.762, -95.631),
    ),
    ("Moscow is a city in Latah County, Idaho, United States.", "Moscow", (46.732, -117.000)),
    (
        "Windsor is a town in Hartford County, Connecticut, United States.",
        "Windsor",
        (41.853, -72.644),
    ),
    ("London is a city in Madison County, Ohio, United States.", "London", (39.886, -83.448)),
    ("Berlin is a city in Coos County, New Hampshire, United States.", "Berlin", (44.469, -71.185)),
    (
        "Dublin is a city in Franklin, Delaware and Union counties in the U.S. state of Ohio.",
        "Dublin",
        (40.099, -83.114),
    ),
    (
        "Alexandria is a city in and the parish seat of Rapides Parish, Louisiana.",
        "Alexandria",
        (31.311, -92.445),
    ),
    (
        "Richmond is a town in North Yorkshire, England, on the River Swale.",
        "Richmond",
        (54.404, -1.734),
    ),
    ("Newport is a market town in Shropshire, England.", "Newport", (52.767, -2.377)),
    ("Victoria is a town in Gozo, Malta.", "Victoria", (36.044, 14.240)),
    (
        "Lancaster is a city in Lancashire, England, on the River Lune.",
        "Lancaster",
        (54.046, -2.800),
    ),
    (
        "London is a city in southwestern Ontario, Canada, along the Thames.",
        "London",
        (42.983, -81.233),
    ),
    (
        "Złotniki is a village in the administrative district of Gmina Suchy Las, within Poznań "
        "County, Greater Poland Voivodeship, in west-central Poland.",
        "Złotniki",
        (52.494, 16.845),
    ),
    (
        "Zduny is a village in Łowicz County, Łódź Voivodeship, in central Poland.",
        "Zduny",
        (52.156, 19.816),
    ),
    (
        "Sokolniki is a village in Wieruszów County, Łódź Voivodeship, in central Poland. It is "
        "the seat of the gmina called Gmina Sokolniki.",
        "Sokolniki",
        (51.307, 18.333),
    ),
    (
        "Sypniewo is a village in Sępólno County, Kuyavian-Pomeranian Voivodeship, in "
        "north-central Poland.",
        "Sypniewo",
        (53.370, 17.327),
    ),
    (
        "Wysoka is a village in Wadowice County, Lesser Poland Voivodeship, in southern Poland.",
        "Wysoka",
        (49.907, 19.604),
    ),
    (
        "Żelazków is a village in Kalisz County, Greater Poland Voivodeship, in west-central "
        "Poland. It is the seat of the gmina called Gmina Żelazków.",
        "Żelazków",
        (51.854, 18.174),
    ),
    ("Balakliia is a city in Izium Raion, Kharkiv Oblast, Ukraine.", "Balakliia", (49.456, 36.844)),
    (
        "Kamianka is a city in Cherkasy Raion, Cherkasy Oblast, Ukraine.",
        "Kamianka",
        (49.040, 32.102),
    ),
    (
        "Richmond is a town in the state of New South Wales, Australia.",
        "Richmond",
        (-33.600, 150.751),
    ),
    (
        "Kirovsk is a town in Murmansk Oblast, Russia, on the Kola Peninsula.",
        "Kirovsk",
        (67.615, 33.673),
    ),
    (
        "Kirovsk (Russian: Кировск) is a town in Leningrad Oblast, Russia. A larger town of "
        "the same name lies in Murmansk Oblast.",
        "Kirovsk",
        (59.880, 30.995),
    ),
    (
        "Springfield is a census-designated place in Fairfax County, Virginia, United States.",
        "Springfield",
        (38.789, -77.187),
    ),
    ("Kirovsk is a town in Leningrad Oblast, Russia, on the Neva.", "Kirovsk", (59.880, 30.995)),
]


@pytest.mark.parametrize(("text", "name", "point"), CASES, ids=[c[1] for c in CASES])
def test_defining_sentence_places_the_town(geocoder, text, name, point):
    """Only the town is asked; its county, region and country are read from the sentence."""
    start = text.index(name)
    place = geocoder.resolve(text, [(start, start + len(name))])[0].place
    assert place is not None
    assert distance_km(place.lat, place.lon, *point) < 5.0, (place.name, place.admin1)


def test_region_words_and_accented_capitals_are_read_as_areas(geocoder):
    """ "Łódź Voivodeship" and "Donetsk Oblast" name their regions: a region word after a name
    and a capital outside A-Z do not hide it from the scan of the whole text."""
    from geo.geocode.toponyms import find_area_names

    text = "Zduny lies in Łowicz County, Łódź Voivodeship; Andriivka in Donetsk Oblast."
    found = [text[s:e] for s, e in find_area_names(geocoder, text, ("country", "admin1"))]
    assert "Łódź" in found and "Donetsk" in found
