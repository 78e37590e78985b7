"""Extraction: an attack named after its place ("the Kramatorsk missile strike", "Monday's Odesa
drone attack") is at that place, and so is a town that "came under" an attack of several words
("a combined missile and drone attack") (issue 16: a place found, its sentence's event word read
as no event of it)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for e in extractor.extract(text, "t", DAY):
        if e["event_type"] == "strike":
            out.setdefault(e["place"], []).append(
                (e["weapon_category"], e["fatalities"], e["injured"])
            )
    return out


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a wire's follow-up
        (
            "The Kramatorsk missile strike killed 11 people on Monday, rescuers said.",
            "Kramatorsk",
            [("missile", 11, None)],
        ),
        # a live blog's entry
        (
            "09:12 The death toll from the Poltava strike has risen to nine, the regional governor "
            "says.",
            "Poltava",
            [(None, 9, None)],
        ),
        # a regional outlet
        (
            "The overnight Odesa drone attack left two people dead and nine injured, the governor said.",
            "Odesa",
            [("drone", 2, 9)],
        ),
        # a town that came under an attack named in several words
        (
            "Kyiv came under a combined missile and drone attack overnight; three people were "
            "killed and 12 injured, the city's military administration said.",
            "Kyiv",
            [("missile", 3, 12), ("drone", None, None)],
        ),
    ],
)
def test_an_attack_named_after_its_place_is_there(extractor, text, place, expected):
    assert sorted(_strikes(extractor, text).get(place, []), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # the place's own side attacked: a possessive, or the target named after the attack
        "Kyiv's drone attack on the Moscow region damaged a refinery, Russian officials said.",
        "The Kyiv strike on the Bryansk region was repelled, the Russian ministry said.",
        # a weapon or a unit named after the place, no attack
        "The Belgorod strike group was moved north in March, the think tank said.",
        # officials of the place speaking about an attack
        "Kharkiv officials said attacks on the grid were expected.",
    ],
)
def test_a_place_naming_no_attack_of_its_own(extractor, text):
    places = _strikes(extractor, text)
    assert not {"Kyiv", "Kharkiv", "Belgorod"} & set(places)
