"""Extraction: a warship named after a town ("the cruiser Moskva", "the landing ship
Novocherkassk", "the submarine Rostov-on-Don", "the frigate Admiral Makarov") is no place: the
strike is where the ship lay, not at the town it is named after."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(extractor, text):
    return [e["place"] for e in extractor.extract(text, "t", date(2025, 10, 20))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainian missiles struck the landing ship Novocherkassk in Feodosia overnight.",
            "Feodosiya",
        ),
        (
            "The submarine Rostov-on-Don was hit in Sevastopol's dry dock on Wednesday.",
            "Sevastopol",
        ),
        ("In 2022 two anti-ship missiles sank the cruiser Moskva south of Odesa.", "Odesa"),
    ],
)
def test_a_ship_named_after_a_town_is_no_place(extractor, text, place):
    assert _places(extractor, text) == [place]


def test_a_ship_word_then_a_preposition_leaves_the_town(extractor):
    text = "A drone hit a tanker near Novorossiysk on Sunday, the port said."
    assert _places(extractor, text) == ["Novorossiysk"]


def test_a_capitalised_preposition_after_a_ship_word_leaves_the_town(extractor):
    # review29: "Near", "In" were read as a ship's first name, the town as its last
    text = (
        "KYIV, 12 August - Russian drones hit a grain ship Near Odesa on Tuesday night, the navy "
        "said. Ukraine's sea drones struck the Russian warship In Novorossiysk harbour."
    )
    places = _places(extractor, text)
    assert "Odesa" in places and "Novorossiysk" in places and "Kyiv" not in places
