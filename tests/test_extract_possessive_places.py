"""Extraction: a place named with a possessive before another capitalised word ("Kyiv's
Solomianskyi district", "Monday's Kharkiv strike") is found (issue 16: the whole run was read as
one unknown name, like a person's, and the place lost)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.places import find_places

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the city's district named after its possessive
        (
            "A Russian drone crashed into a high-rise building in Kyiv's Solomianskyi district "
            "early on Monday, setting it on fire, the city's military administration said.",
            ("Kyiv", "strike", "drone"),
        ),
    ],
)
def test_a_place_before_or_after_a_possessive_is_found(extractor, text, expected):
    assert expected in _events(extractor, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a regional outlet: the day's possessive before the town
        ("Monday's Kharkiv missile strike killed two people, the governor said.", "Kharkiv"),
        # a live blog: the possessive of a day before a town
        ("10:40 Yesterday's Odesa drone attack damaged a school, the governor writes.", "Odesa"),
    ],
)
def test_a_town_after_a_day_s_possessive_is_found(extractor, text, town):
    # found as a place (an attack named after its place is not read as an event there: see
    # geo/extract/events_after.py)
    names = {text[h.start : h.end] for h in find_places(extractor.geocoder, text)}
    assert town in names


def test_a_name_with_a_possessive_inside_is_no_place_after_it(extractor):
    text = (
        "Russian troops took the village of Novoselivka in the Donetsk People's Republic on "
        "Monday, the defence ministry said."
    )
    assert not {p for p, _, _ in _events(extractor, text)} & {"Republic"}
