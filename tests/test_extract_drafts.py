"""Extraction, drafts: sentences without a place add to the event before them; hedges cover
their paragraph."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_a_sentence_without_a_place_continues_the_event_before(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "A missile hit Zaporizhzhia on Friday.\n"
        "It was an Iskander, and three people were injured.\n"
    )
    (e,) = extractor.extract(text, "t")
    assert (e["weapon"], e["injured"], e["event_date"]) == ("Iskander", 3, "2025-02-28")


def test_a_hedge_covers_its_paragraph(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "Drones hit Kherson and Sumy on Friday. The reports could not be verified.\n"
        "A missile hit Odesa on Friday.\n"
    )
    status = {e["place"]: e["verification"] for e in extractor.extract(text, "t")}
    assert status == {"Kherson": "unverified", "Sumy": "unverified", "Odesa": "confirmed"}


def test_an_interception_takes_the_weapon_its_paragraph_named(extractor):
    text = (
        "Kyiv, 2025-03-08\n"
        "Russia sent 50 attack drones overnight. Thirty were shot down over the Sumy region.\n"
    )
    (e,) = extractor.extract(text, "t")
    assert (e["event_type"], e["weapon_category"], e["geo_precision"]) == (
        "interception",
        "drone",
        3,
    )


def test_the_village_points_back_to_the_town_the_paragraph_named(extractor):
    text = (
        "Sumy, 2025-06-10\n"
        "On Monday our team went to Velyka Pysarivka. Soon after we arrived the village was "
        "shelled by artillery.\n"
    )
    records = extractor.extract(text, "t")
    assert [(r["event_type"], r["place"], r["weapon_category"]) for r in records] == [
        ("strike", "Velyka Pysarivka", "artillery")
    ]


def test_blasts_heard_over_a_city_then_downed_there_are_an_interception(extractor):
    text = (
        "Kyiv, 2025-06-10\n"
        "Overnight residents heard loud explosions over Chernihiv. The regional administration "
        "said air defence shot down drones over the city.\n"
    )
    records = extractor.extract(text, "t")
    assert [(r["event_type"], r["place"]) for r in records] == [("interception", "Chernihiv")]


def test_a_later_sentence_names_the_kind_of_missile(extractor):
    text = (
        "Kyiv, 2025-06-10\n"
        "A missile hit Mykolaiv on Monday. Officials said a cruise missile struck a warehouse.\n"
    )
    (e,) = extractor.extract(text, "t")
    assert e["weapon_category"] == "cruise missile"


def test_drones_downed_over_the_region_are_over_the_region_of_the_town_before(geocoder):
    from geo.extract import Extractor

    text = (
        "Bryansk, 2025-03-06\nBRYANSK REGION\n\n"
        "A drone hit a private house in Klimovo on Thursday morning.\n\n"
        "He added that nine drones had been shot down over the region overnight."
    )
    strike, downed = Extractor(geocoder).extract(text, "t")
    assert (strike["place"], downed["event_type"], downed["geo_precision"]) == (
        "Klimovo",
        "interception",
        3,
    )
    assert downed["admin1"] == "Bryansk"


def test_the_region_without_an_interception_adds_no_region_record(geocoder):
    from geo.extract import Extractor

    text = (
        "Bryansk, 2025-03-06\nA drone hit a private house in Klimovo on Thursday morning.\n\n"
        "Schools in the region stayed closed."
    )
    assert [e["place"] for e in Extractor(geocoder).extract(text, "t")] == ["Klimovo"]


def test_an_attacks_second_target_takes_its_weapon_and_an_unrelated_strike_does_not(geocoder):
    from geo.extract import Extractor

    text = (
        "Mykolaiv, 2025-07-20\nCruise missiles hit a plant in Mykolaiv overnight.\n\n"
        "Officials later named a second target: a depot in Voznesensk.\n\n"
        "A warehouse in Ochakiv was damaged."
    )
    found = {e["place"]: e["weapon_category"] for e in Extractor(geocoder).extract(text, "t")}
    assert found["Voznesensk"] == "cruise missile"
    assert found.get("Ochakiv") != "cruise missile"
