"""A city's own address in a sentence naming no town (issue 16, local documents): a council's
notice, an office's security note or a local post tells where in its city a strike fell by the
street, square or park alone. The event is in the city the report writes from; a street told
after an event of its paragraph goes on telling that event; with no city to write from, none."""

from __future__ import annotations

from datetime import date

from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)

from geo.extract.street_addresses import CITY_ADDRESS

PUB = date(2025, 12, 9)


def _events(extractor, text):
    return sorted(
        (e["event_type"], e["place"], e["weapon_category"], e["event_date"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_councils_notice_of_a_strike_on_one_of_its_streets_is_in_its_city(extractor):
    text = (
        "Mykolaiv City Council\nNotice, 9 December 2025\n\n"
        "Shelters in two schools will stay open at night. A drone hit the sports hall on "
        "Pushkinska Street on 6 December; it stays shut while the roof is repaired.\n"
    )
    assert _events(extractor, text) == [("strike", "Mykolayiv", "drone", "2025-12-06")]


def test_an_offices_note_with_its_city_in_the_header_places_the_street_there(extractor):
    text = (
        "Security note, Kharkiv, 9 December 2025\n\n"
        "Shortly after noon a drone struck a car park on Sumska Street. Two parked vans burned "
        "and nobody was hurt.\n"
    )
    assert [e[:3] for e in _events(extractor, text)] == [("strike", "Kharkiv", "drone")]


def test_a_street_after_an_event_of_its_paragraph_tells_that_event(extractor):
    text = (
        "Belgorod region, 9 December 2025\n\nBelgorod. Air defence shot down five drones over "
        "the city in the afternoon. Falling debris damaged three cars on Sadovaya Street.\n"
    )
    kinds = [e[0] for e in _events(extractor, text)]
    assert kinds.count("strike") == 0, kinds  # the debris of the downing: no second event


def test_a_street_in_a_report_with_no_home_city_is_nowhere(extractor):
    text = (
        "Weekly digest, 9 December 2025\n\nStrikes hit Odesa and Kharkiv this week.\n\n"
        "On Friday a drone hit a shop on Pushkinska Street.\n"
    )
    assert sorted(e[1] for e in _events(extractor, text)) == ["Kharkiv", "Odesa"]


def test_an_address_is_a_name_and_its_street_word_not_a_lower_case_road():
    assert CITY_ADDRESS.search("a car park on Sumska Street burned")
    assert CITY_ADDRESS.search("windows broken in Shevchenko Park")
    assert not CITY_ADDRESS.search("shelling along the Kharkiv road")
    assert not CITY_ADDRESS.search("heavy street fighting in the centre")


def test_the_address_reading_is_linear_on_a_long_paste():
    line = "Aaaa " * 20_000
    _linear(lambda t: list(CITY_ADDRESS.finditer(t)), line, line * 4, 8)
