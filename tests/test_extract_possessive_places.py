"""Extraction: a place named with a possessive before another capitalised word ("Kyiv's
Solomianskyi district", "Monday's Kharkiv strike") is found (issue 16: the whole run was read as
one unknown name, like a person's, and the place lost)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

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
        # a regional outlet: the day's possessive before the town
        (
            "Monday's Kharkiv missile strike killed two people and injured 14, the governor said.",
            ("Kharkiv", "strike", "missile"),
        ),
        # a live blog: the possessive of a day before a town
        (
            "10:40 Yesterday's Odesa drone attack damaged a school and three houses, "
            "the regional governor writes.",
            ("Odesa", "strike", "drone"),
        ),
    ],
)
def test_a_place_before_or_after_a_possessive_is_found(extractor, text, expected):
    assert expected in _events(extractor, text)


def test_a_name_with_a_possessive_inside_is_no_place_after_it(extractor):
    text = (
        "Russian troops took the village of Novoselivka in the Donetsk People's Republic on "
        "Monday, the defence ministry said."
    )
    assert not {p for p, _, _ in _events(extractor, text)} & {"Republic"}
