"""Extraction, places named before the words that say they were hit (issue recall24B): a pair
of towns before a timeline's bare participle ("Kupiansk and Borova shelled"), a village before
its district and then the deed ("Tyotkino in the Glushkovo district was shelled"). Each place
is where the event was. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 9, 2)


def _places(extractor, text):
    return sorted((e["place_mention"], e["event_type"]) for e in extractor.extract(text, "t", PUB))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Kupiansk and Borova shelled overnight, no one hurt.", {"Kupiansk", "Borova"}),
        ("Nikopol and Marhanets shelled again, two houses damaged.", {"Nikopol", "Marhanets"}),
    ],
)  # fmt: skip
def test_a_pair_of_towns_before_a_bare_participle(extractor, text, places):
    found = _places(extractor, text)
    assert {m for m, t in found if t == "strike"} == places, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vovchansk in the Chuhuiv district was shelled with artillery overnight.", "Vovchansk"),
        ("Yesterday Pokrovka in the Glushkovo district came under mortar fire.", "Pokrovka"),
    ],
)  # fmt: skip
def test_a_village_with_its_district_then_the_deed(extractor, text, place):
    found = _places(extractor, text)
    assert [m for m, t in found if t == "strike"] == [place], found
