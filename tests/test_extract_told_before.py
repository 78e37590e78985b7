"""Extraction: a strike whose clause names no weapon takes the weapons of the attack the sentence
before it told without a place (issue 16); not across paragraphs, nor from an event of its own."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes_at(extractor, text: str, place: str) -> set[str | None]:
    return {
        e["weapon_category"]
        for e in extractor.extract(text, "t")
        if e["event_type"] == "strike" and e["place"] == place
    }


@pytest.mark.parametrize(
    ("text", "place", "categories"),
    [
        # wire
        (
            "LVIV, March 4 (Wire) - Russia launched 37 drones at western Ukraine overnight. "
            "In Lutsk, a warehouse was hit and two people were hurt, the mayor said.",
            "Lutsk",
            {"drone"},
        ),
        # governor post
        (
            "Poltava, 2025-03-04\nThe enemy fired three ballistic missiles at our region at dawn. "
            "In Myrhorod an enterprise was damaged; one worker is injured.",
            "Myrhorod",
            {"ballistic missile"},
        ),
        # factbox block: two kinds, a record each
        (
            "Kyiv, 2025-03-04\nFEBRUARY 9 - SUMY\nAround 60 drones and missiles were launched "
            "at the north. Three people died in Sumy, where a school was hit.",
            "Sumy",
            {"drone", "missile"},
        ),
    ],
)
def test_the_attack_told_just_before_gives_its_weapons(extractor, text, place, categories):
    assert _strikes_at(extractor, text, place) == categories


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # another paragraph: a story of its own
        (
            "Kyiv, 2025-03-04\nRussia launched 50 drones overnight.\n\n"
            "In Uman, a shop was hit on Monday, police said.",
            "Uman",
        ),
        # the sentence before has its own place: its weapon is its event's
        (
            "Kyiv, 2025-03-04\nDrones hit Chernihiv overnight. In Nizhyn, a depot was hit too.",
            "Nizhyn",
        ),
        # a sentence naming weapons with no attack told
        (
            "Kyiv, 2025-03-04\nThe army wants more drones. In Izium, a house was hit overnight.",
            "Izyum",
        ),
    ],
)
def test_no_weapon_from_another_story_or_another_event(extractor, text, place):
    assert _strikes_at(extractor, text, place) == {None}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # factbox block
        (
            "Kyiv, 2025-03-04\nMARCH 2 - POLTAVA\nTwo Iskander-M missiles fell on a training "
            "ground. Nine dead and 40 wounded in Poltava, the governor said.",
            "ballistic missile",
        ),
        # governor post
        (
            "Sumy, 2025-03-04\nThe enemy used Kh-59 guided missiles this morning. Three people "
            "were injured in Konotop.",
            "cruise missile",
        ),
        # a generic word alone stays generic
        (
            "Kyiv, 2025-03-04\nSeveral missiles came down in the north at noon. Two were killed "
            "in Pryluky, police said.",
            "missile",
        ),
    ],
)
def test_a_toll_alone_takes_the_kind_of_the_system_named_before(extractor, text, category):
    records = [e for e in extractor.extract(text, "t") if e["event_type"] == "strike"]
    assert [e["weapon_category"] for e in records] == [category]
