"""Extraction, a city's own channel and statements told around people (issue 16, the thirteenth
writer's forms): a city's districts under a header that names the city with no day after it; "X
and Y were also under fire" after the post's incidents; events told in a relative clause or a
participle on the people brought from a place ("patients from X, which came under shelling")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(events):
    return sorted((e["place"], e["weapon_category"]) for e in events if e["event_type"] == "strike")


@pytest.mark.parametrize(
    "header",
    [
        "Kherson city council: morning summary\n4 March 2025, 08:30",
        "Kherson | the city administration's channel\nposted 08:30, 04.03.2025",
        "KHERSON CITY MILITARY ADMINISTRATION (channel)\nTuesday morning update",
    ],
)
def test_districts_under_a_header_naming_the_city_are_in_it(extractor, header):
    text = (
        f"{header}\n\n"
        "🔸 Dniprovskyi district: a shell hit a shop after midnight; one man was wounded.\n\n"
        "🔸 Shumenskyi district: a drone dropped a grenade on a parked bus. No casualties.\n"
    )
    events = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(events) == [("Kherson", "artillery"), ("Kherson", "drone")]


def test_a_header_naming_two_cities_gives_a_district_no_city(extractor):
    text = (
        "Kherson and Mykolaiv evening digest\n\n"
        "A drone dropped a grenade on a parked bus in the Korabelnyi district.\n"
    )
    assert extractor.extract(text, "t", date(2025, 3, 4)) == []


def test_a_district_after_a_town_of_its_paragraph_is_in_that_town(extractor):
    text = (
        "Zaporizhzhia City Council | channel\n\n"
        "In Nikopol, a drone hit a minibus this morning. Earlier, at 23:10, the Zavodskyi "
        "district came under artillery fire: a man of 64 was hurt.\n"
    )
    events = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(events) == [("Nikopol", "artillery"), ("Nikopol", "drone")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bilozerka and Kizomys were also under fire; damage is being assessed.",
        "Bilozerka and Kizomys also came under shelling, the administration added.",
        "Bilozerka and Kizomys were again under artillery fire during the night.",
    ],
)
def test_places_also_under_fire_are_strikes(extractor, sentence):
    text = f"Kherson, 4 March 2025\n\nA drone hit a car in Chornobaivka at dawn. {sentence}\n"
    events = extractor.extract(text, "t", date(2025, 3, 4))
    assert {"Bilozerka", "Kizomys"} <= {e["place_mention"] for e in events}


def test_under_fire_for_a_decision_is_no_strike(extractor):
    text = "Kyiv, 4 March 2025\n\nThe mayor of Bilozerka was under fire for the new parking fees.\n"
    assert extractor.extract(text, "t", date(2025, 3, 4)) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Last night our ward took in four men from Kupiansk, which came under a drone "
            "attack at about 20:00.",
            "Kupiansk",
        ),
        (
            "On Saturday the clinic also admitted two girls from Balakliia, aged 6 and 10, "
            "hurt when a shell hit their yard.",
            "Balakliia",
        ),
        (
            "The children's ward now treats a boy from Vovchansk, wounded when artillery "
            "struck the school bus.",
            "Vovchansk",
        ),
    ],
)
def test_people_from_a_place_hit_tell_of_a_strike_there(extractor, sentence, place):
    text = f"Statement of the regional hospital\n5 March 2025\n\n{sentence}\n"
    events = extractor.extract(text, "t", date(2025, 3, 5))
    assert [e["event_type"] for e in events] == ["strike"]
    assert events[0]["place_mention"].endswith(place)


def test_people_from_a_place_not_hit_tell_of_no_event_there(extractor):
    text = (
        "Statement of the regional hospital\n5 March 2025\n\n"
        "Volunteers from Lviv, which is far from the front, brought blood and bandages; "
        "surgeons from Uzhhorod, wounded in spirit, joined them.\n"
    )
    assert extractor.extract(text, "t", date(2025, 3, 5)) == []
