"""Extraction: a town that "came under" an attack of several words ("a combined missile and drone
attack") is where it struck (issue 16: a place found, its sentence's event word read as no event of
it); a place that only names an attack's side, unit or officials is not. (An attack named after its
place, "the Kramatorsk missile strike killed 11", is not read as there: see events_after.py.)"""

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
        # a town that came under an attack named in several words
        (
            "Kyiv came under a combined missile and drone attack overnight; three people were "
            "killed and 12 injured, the city's military administration said.",
            "Kyiv",
            [("missile", 3, 12), ("drone", None, None)],
        ),
    ],
)
def test_a_town_under_an_attack_of_several_words_is_there(extractor, text, place, expected):
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
