"""Where a meeting was, told in plainer English (recall25): a visitor who "came to X ... and
met" or "was visiting X", an envoy who "called on" a minister "in X", a delegation "from X" met
"in Y" (Y is where, X where it came from)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


DAY = date(2025, 10, 20)


def _events(extractor, text: str) -> list[tuple[str, str]]:
    return [(e["place"], e["event_type"]) for e in extractor.extract(text, "t", published=DAY)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "The Baltic prime ministers came to Kyiv by the night train on Sunday and met the "
            "president at his office to agree on new air-defence money.",
            "Kyiv",
        ),
        (
            "On 14 October the ambassador called on the first deputy foreign minister in Kyiv.",
            "Kyiv",
        ),
        (
            "Three weeks ago our council's delegation was visiting Chernihiv and signed an "
            "agreement on two generators for the children's hospital.",
            "Chernihiv",
        ),
    ],
)
def test_a_visitor_who_came_to_called_on_or_was_visiting_met_there(extractor, text, where):
    assert (where, "meeting") in _events(extractor, text)


@pytest.mark.parametrize(
    ("text", "where", "home"),
    [
        (
            "The acting mayor met a delegation from Lublin in Sumy on Tuesday to talk about buses.",
            "Sumy",
            "Lublin",
        ),
        (
            "The mayor met a delegation from the Lithuanian city of Kaunas in Poltava on Friday.",
            "Poltava",
            "Kaunas",
        ),
    ],
)
def test_a_delegation_from_a_town_abroad_meets_where_it_is_met(extractor, text, where, home):
    got = _events(extractor, text)
    assert (where, "meeting") in got
    assert all(place != home for place, _ in got)


def test_a_trip_still_to_come_is_no_meeting(extractor):
    text = "The chancellor will come to Kyiv next week to meet the president."
    assert ("Kyiv", "meeting") not in _events(extractor, text)


def test_who_travelled_to_a_town_struck_before_makes_no_strike_of_it(extractor):
    text = (
        "Missiles hit Lviv at dawn. The UN coordinator, who travelled to Ternopil on Tuesday, "
        "called it the worst attack on the region."
    )
    assert all(place != "Ternopil" for place, _ in _events(extractor, text))
