"""A log's stamped and numbered lines, each its own context (lines40): a place after the stamp
followed by a comma and the event's clause ("02:40 — Kremenchuk, drones hit ..."), a chain that
goes from its oblast down to its town before a colon ("Donetsk oblast, Druzhkivka: ...", also
after a number and a day), the town over its oblast, and no weapon carried to the next line."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(events):
    return {e["place"][:6]: e for e in events}


NIGHT = (
    "Night feed of our channel, 3 to 4 May\n\n"
    "01:15 — Shostka, a substation was struck, the town is dark\n"
    "02:20 — Kremenchuk, drones fell on the refinery grounds\n"
    "03:10 — Odesa region, a port warehouse struck, fire\n"
    "03:55 — Blasts heard in Mykolaiv\n"
)


def test_a_stamped_line_s_place_before_a_comma_heads_its_clause(extractor):
    got = _places(extractor.extract(NIGHT, "t", date(2025, 5, 4)))
    assert {"Shostk", "Kremen", "Odessa"} <= set(got)
    assert got["Kremen"]["weapon_category"] == "drone"
    assert got["Odessa"]["geo_precision"] == 3


def test_a_weapon_is_not_carried_to_the_next_stamped_line(extractor):
    got = _places(extractor.extract(NIGHT, "t", date(2025, 5, 4)))
    assert got["Shostk"]["weapon_category"] is None


NUMBERED = (
    "Incidents the monitor logged, 9-10 March\n\n"
    "1. 9 March, Sumy oblast, Okhtyrka: a drone struck a bakery, one worker hurt.\n"
    "2. 10 March, Donetsk oblast, Druzhkivka: a glide bomb fell on a garage block.\n"
)


def test_a_numbered_dated_chain_places_its_town(extractor):
    got = _places(extractor.extract(NUMBERED, "t", date(2025, 3, 11)))
    assert set(got) == {"Okhtyr", "Druzhk"}
    assert got["Druzhk"]["event_date"] == "2025-03-10"
    assert got["Druzhk"]["weapon_category"] == "glide bomb"


def test_an_oblast_town_chain_is_the_town_not_its_capital(extractor):
    text = (
        "Front log, 2 September\n\n"
        "Kherson oblast, Beryslav: a drone struck a pharmacy van, the driver wounded.\n"
        "Kherson oblast, Bilozerka: shells landed on the bus station, one killed.\n"
    )
    got = _places(extractor.extract(text, "t", date(2025, 9, 2)))
    assert set(got) == {"Berysl", "Biloze"}


def test_a_town_then_its_oblast_still_places_the_town(extractor):
    text = "Log, 2 September\n\nBeryslav, Kherson oblast: a drone struck a pharmacy van.\n"
    got = _places(extractor.extract(text, "t", date(2025, 9, 2)))
    assert set(got) == {"Berysl"}


def test_an_unstamped_sentence_s_place_and_comma_is_no_heading(extractor):
    text = "Evening notes\n\nKremenchuk, a city on the Dnipro, was quiet; in Poltava a drone hit a shop."
    got = _places(extractor.extract(text, "t", date(2025, 9, 2)))
    assert "Kremen" not in got


def test_a_stamped_line_that_updates_an_entry_is_no_new_event(extractor):
    text = (
        "Chronology of the week, 3-9 March\n\n"
        "3 Mar - Kherson: a drone hit a bus; 1 killed, 4 injured.\n"
        "5 Mar - Kherson, update to 3 Mar: one of the injured died; 2 killed, 3 injured.\n"
        "6 Mar - Beryslav: shelling of the market, no casualties.\n"
    )
    got = extractor.extract(text, "t", date(2025, 3, 9))
    assert sorted(e["event_date"] for e in got if e["place"].startswith("Kherson")) == [
        "2025-03-03"
    ]
