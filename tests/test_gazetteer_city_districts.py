"""Districts of Ukraine's cities (the codifier's category "B") as names of their city: the first
tests build from tables written here; the others read the built gazetteer and the extractor,
on sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.gazetteer.city_districts import KYIV_CODE, add_city_districts
from geo.gazetteer.collect import Builder
from geo.gazetteer.names import ALTERNATE, MAIN, normalize
from geo.geocode import distance_km


def test_a_district_is_another_name_of_its_city():
    b = Builder()
    city = b.add("Kharkiv", 49.98, 36.25, "UA", "city", 1_400_000, admin1="Kharkiv")
    capital = b.add("Kyiv", 50.45, 30.52, "UA", "capital", 2_900_000, admin1="Kyiv City")
    placed = {"UA63CITY": (city, "Харків")}
    districts = [
        ("UA63CITY", "Холодногірський"),
        (KYIV_CODE, "Голосіївський"),
        ("UA99GONE", "Центральний"),  # a city the build did not place: no name
    ]
    assert add_city_districts(b, placed, districts) == 2
    assert len(b.places) == 2  # no new place: the district is a part of its city
    assert b.names[(normalize("Kholodnohirskyi"), city)] == ALTERNATE
    assert b.names[(normalize("Холодногірський"), city)] == ALTERNATE
    assert b.names[(normalize("Holosiivskyi"), capital)] == ALTERNATE
    assert b.names[(normalize("Kharkiv"), city)] == MAIN  # the city's own name stays main


def test_a_name_two_cities_districts_share_is_left_out():
    b = Builder()
    mykolaiv = b.add("Mykolaiv", 46.97, 31.99, "UA", "city", 470_000)
    kherson = b.add("Kherson", 46.64, 32.61, "UA", "city", 280_000)
    placed = {"UA48": (mykolaiv, "Миколаїв"), "UA65": (kherson, "Херсон")}
    districts = [("UA48", "Корабельний"), ("UA65", "Корабельний"), ("UA48", "Інгульський")]
    assert add_city_districts(b, placed, districts) == 1
    assert (normalize("Korabelnyi"), mykolaiv) not in b.names
    assert (normalize("Korabelnyi"), kherson) not in b.names
    assert b.names[(normalize("Inhulskyi"), mykolaiv)] == ALTERNATE


def test_a_district_geonames_holds_near_its_city_is_left_to_it():
    b = Builder()
    capital = b.add("Kyiv", 50.45, 30.52, "UA", "capital", 2_900_000)
    section = b.add("Shevchenkivskyi", 50.46, 30.47, "UA", "city", 0, code="PPLX")
    assert add_city_districts(b, {}, [(KYIV_CODE, "Шевченківський")]) == 0
    assert (normalize("Shevchenkivskyi"), capital) not in b.names
    assert (normalize("Shevchenkivskyi"), section) in b.names


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "Kyiv, night of 3 March. Holosiivskyi district: falling parts of a missile damaged a"
            " warehouse, one guard was taken to hospital.",
            50.45,
            30.52,
        ),
        (
            "Kharkiv, 9 May. In the Industrialnyi district a guided bomb wrecked a garage"
            " cooperative; nobody was hurt.",
            49.98,
            36.25,
        ),
        (
            "Odesa port city, 2 April. A drone struck an office block in the Peresypskyi"
            " district, two people were injured.",
            46.48,
            30.73,
        ),
    ],
)
def test_a_city_district_is_the_events_place(extractor, text, lat, lon):
    events = extractor.extract(text, "t", None)
    assert events, text
    assert any(distance_km(e["lat"], e["lon"], lat, lon) < 20 for e in events), events
