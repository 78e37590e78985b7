"""First-person and second-hand voices (geo/extract/voices.py): hearsay is a doubt with no
claimant, the narrator's own eyes confirm, and a witness confirms what its paragraph drafts
after it. Our own sentences, none taken from the reports."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from geo.extract.attribution import verification
from geo.extract.sentences import split_sentences
from geo.extract.voices import doubts, hearsay, own_eyes, witness_later


@pytest.mark.parametrize(
    "text",
    [
        "My uncle says a rocket landed behind the bakery in Lozova.",
        "Our cousin Marta, who lives in Balta, told us the bridge was hit at night.",
        "The guys from the next village say the grain store burned after a drone.",
        "People in the district chat say a shell fell near the clinic.",
        "In the school chat they say two houses burned.",
        "A woman at the bus stop said the depot was struck again.",
        "We are told a car of the aid convoy was hit near Siversk.",
        "At the station the rumour is that the signal box was bombed.",
    ],
)
def test_private_word_is_hearsay(text: str) -> None:
    assert hearsay(text)
    assert doubts(text)


@pytest.mark.parametrize(
    "text",
    [
        # an official's word passed on: his claim, not hearsay
        "My aunt wrote that a bomb fell on the market, so the governor posted.",
        "Her brother says the city administration counted four wounded.",
        # the people are the victims or the sentence's objects, the speaker an official
        "A woman of 70 was cut by glass, the mayor said.",
        "Her husband and son were hurt, he said.",
        # a witness in the report's own voice
        "The driver and a passenger were taken to hospital.",
    ],
)
def test_official_word_or_victims_are_no_hearsay(text: str) -> None:
    assert not hearsay(text)


def test_she_says_after_a_caller_is_hearsay_but_not_after_an_official() -> None:
    caller = "Olia from our team rang from Kupiansk in the evening."
    official = "The regional governor posted at noon."
    said = "She says a drone hit the pharmacy on the square."
    assert hearsay(said, caller)
    assert not hearsay(said, official)
    # only the sentence right before counts
    assert not hearsay(said, f"{caller} {official}")


@pytest.mark.parametrize(
    "text",
    [
        "We saw the burned bus with our own eyes.",
        "I went back at eight and saw it myself.",
        "I was there half an hour later.",
        "The crew was on the scene within minutes.",
        "The lads at our base saw a drone dive onto the roof.",
        "Our medics carried out three wounded from the yard.",
        "Just watched from the balcony: two drones downed over the river.",
    ],
)
def test_own_eyes(text: str) -> None:
    assert own_eyes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police say the team of investigators is at work.",
        "Residents said the blast shattered windows.",
        "The mayor saw no reason to evacuate the district.",
    ],
)
def test_no_own_eyes(text: str) -> None:
    assert not own_eyes(text)


@dataclass
class _Place:
    id: int


@dataclass
class _Hit:
    start: int
    place: _Place


@dataclass
class _Draft:
    sentence: object
    place: _Place
    confirmed: bool = False
    hedged: bool = False


def test_witness_confirms_what_its_paragraph_drafts_later_at_a_place_it_named() -> None:
    text = (
        "Back in Poltava. From the kitchen I saw a fire over the depot. "
        "Later the governor wrote that a missile hit it. In Myrhorod a drone hit a shed.\n\n"
        "Next day. The governor wrote of Lubny."
    )
    sentences = split_sentences(text)
    poltava, myrhorod, lubny = _Place(1), _Place(2), _Place(3)
    hits = [
        _Hit(text.index("Poltava"), poltava),
        _Hit(text.index("Myrhorod"), myrhorod),
        _Hit(text.index("Lubny"), lubny),
    ]

    def sentence_of(word: str):
        return next(s for s in sentences if word in s.text)

    later = _Draft(sentence_of("missile"), poltava)
    elsewhere = _Draft(sentence_of("shed"), myrhorod)
    next_day = _Draft(sentence_of("Lubny"), lubny)
    doubted = _Draft(sentence_of("missile"), poltava, hedged=True)
    drafts = [later, elsewhere, next_day, doubted]
    witness_later(drafts, sentences, hits, own_eyes_or_saw)
    assert later.confirmed
    assert not elsewhere.confirmed  # a place named after the witness: not what it saw
    assert not next_day.confirmed  # another paragraph
    assert not doubted.confirmed


def own_eyes_or_saw(text: str) -> bool:
    return own_eyes(text) or " I saw " in f" {text}"


def test_hearsay_is_unverified_whoever_else_speaks() -> None:
    assert verification(hedged=True, confirmed=False, attributed=True) == "unverified"
