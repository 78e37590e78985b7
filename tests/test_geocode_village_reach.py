"""A village named with a nearby town: its own point (geo/gazetteer/post_villages.py) lies a
few km from that town, no longer on it as its community's centre did, and counts as near as on
top of it within VILLAGE_REACH_KM; near a city of COMMUNITY_TOWN people or more it does not.
Sentences written here; the built gazetteer."""

from __future__ import annotations


def test_a_village_a_few_km_from_the_town_it_is_named_with_is_that_village(geocoder):
    text = "Kyiv denies that Zhovte, south of Pokrovsk, has fallen."
    r = geocoder.geocode("Zhovte", text)
    assert (r.place.admin1, r.place.feature) == ("Donetsk", "village")
    assert 5 < abs(r.place.lat - 48.28) * 111 < 20  # its own point, not Pokrovsk's


def test_a_village_near_a_large_city_is_not_the_town_of_its_name(geocoder):
    text = (
        "Drones attacked Kharkiv after midnight. Later a bus was hit in Oleshky, the occupied "
        "town on the left bank."
    )
    r = geocoder.geocode("Oleshky", text)
    assert (r.place.admin1, r.place.feature) == ("Kherson", "city")
