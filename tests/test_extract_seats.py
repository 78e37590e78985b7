"""Extraction, a speaker's town told back (issue 16): a sentence names a town only as where its
speaker sits ("the mayor of X said", "our correspondent in X", "the authorities of X") and then
tells its event of "the city" or "the town": the event is at that town. With another place
where something happened, or nothing told back, the town stays only mentioned."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _found(extractor, text):
    events = extractor.extract(text, "t", date(2025, 6, 6))
    return sorted((e["event_type"], e["place"]) for e in events)


def test_a_mayor_tells_of_a_strike_in_the_city(extractor):
    text = "The mayor of Odesa said on Thursday that a drone hit a high-rise block in the city."
    assert _found(extractor, text) == [("strike", "Odesa")]


def test_a_towns_authorities_tell_of_damage_to_the_town(extractor):
    text = (
        "The occupation authorities of the town of Enerhodar reported that shelling on "
        "Wednesday cut the power to parts of the town."
    )
    assert _found(extractor, text) == [("strike", "Enerhodar")]


def test_a_correspondent_hears_air_defence_over_the_city(extractor):
    text = "Our correspondent in Poltava heard air defence working over the city after midnight."
    assert _found(extractor, text) == [("interception", "Poltava")]


def test_a_seat_after_another_event_of_the_paragraph_is_its_own_event(extractor):
    text = (
        "In the afternoon a drone struck a depot on the outskirts of Kremenchuk, the governor "
        "wrote. Our reporter in Poltava heard air defence working over the city at the same time."
    )
    assert _found(extractor, text) == [("interception", "Poltava"), ("strike", "Kremenchuk")]


def test_a_speakers_town_without_the_town_told_back_is_only_mentioned(extractor):
    text = "The mayor of Kyiv said on Friday that Russia launched 400 drones overnight."
    assert _found(extractor, text) == []


def test_another_place_hit_keeps_the_speakers_town_a_mention(extractor):
    text = "Our reporter in Lviv said artillery shelled the town of Vovchansk on Thursday."
    assert _found(extractor, text) == [("strike", "Vovchansk")]


def test_a_towns_own_mayor_tells_of_the_city(extractor):
    text = "Kherson's mayor says a drone hit a bus in the city on Monday morning."
    assert _found(extractor, text) == [("strike", "Kherson")]


def test_a_speakers_surname_that_is_a_town_is_no_seat(extractor):
    # "Fedorov" is also a town's name: a person, not where the speaker sits
    text = "Governor Ivan Fedorov said two guided bombs struck a plant on the city's edge."
    assert all(e["place"] != "Fyodorov" for e in extractor.extract(text, "t", date(2025, 6, 6)))
