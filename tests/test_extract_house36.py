"""House-keeping of the extraction (house36): the armed-cause words are one list read by three
readers, a sentence's doubt about a weapon is read once."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from geo.extract import Extractor, armed_words, drafts, event_words, hedges, not_war, outcome_words


def test_the_three_readers_of_an_armed_cause_read_one_list():
    assert event_words.ARMED is armed_words.ARMED
    assert not_war.ARMED_OR_BLAST is armed_words.ARMED_OR_BLAST
    assert armed_words.CAUSE in outcome_words._OUTCOME.pattern
    for weapon in ("UAV", "Shahed", "mortar", "shrapnel", "artillery", "rockets"):
        said = f"A {weapon} was heard before the fire"
        assert armed_words.ARMED.search(said) and armed_words.ARMED_OR_BLAST.search(said)
        assert re.search(rf"\b{armed_words.CAUSE}\b", said, re.I), weapon


def test_a_blast_is_armed_beside_a_natural_death_but_not_beside_an_earthquake():
    said = "The blast shook the block; the old man died of old age"
    assert armed_words.ARMED_OR_BLAST.search(said) and not armed_words.ARMED.search(said)
    # an outcome's cause is a noun: "attacked" and "debris" name none
    assert not re.search(rf"\b{armed_words.CAUSE}\b", "they attacked; debris fell", re.I)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_DOUBTED_WEAPON = (
    "Missiles hit a grain store in Vilniansk and a bus depot in Orikhiv before dawn, the governor "
    "said. The claim that a Kinzhal was also used could not be verified.\n"
)


def test_a_sentence_is_read_for_a_weapon_doubt_once(extractor, monkeypatch):
    read: Counter[str] = Counter()
    pattern = hedges.DETAIL_DOUBT

    class Counted:
        def search(self, text: str):
            read[text] += 1
            return pattern.search(text)

    monkeypatch.setattr(hedges, "DETAIL_DOUBT", Counted())
    monkeypatch.setattr(drafts, "DETAIL_DOUBT", Counted())
    events = extractor.extract(_DOUBTED_WEAPON, "test", date(2025, 7, 24))
    doubt = next(t for t in read if "Kinzhal" in t)
    assert read[doubt] == 1 and max(read.values()) == 1, read
    assert len(events) == 2 and not any(e["verification"] == "unverified" for e in events)
