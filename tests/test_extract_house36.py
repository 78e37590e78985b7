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


@pytest.mark.parametrize(
    "prose",
    [
        "The council wrote: the strike on Kupiansk damaged a school.",
        "Officials said: a guided bomb fell on the market in Kupiansk.",
        "Our reporter wrote: the shelling of Kupiansk went on all night.",
    ],
)
def test_a_sentence_before_a_colon_is_no_card_field(prose):
    from geo.extract.cards import FIELD, flatten_cards

    assert FIELD.fullmatch(prose) is None
    text = f"{prose}\nLocation: Kupiansk\nMeans: guided bomb\n"
    assert flatten_cards(text).split("\n")[:2] == [prose, "Location: Kupiansk|Means: guided bomb"]


@pytest.mark.parametrize("line", ["Date reported: 4 May", "Loss location: Kupiansk", "A/B: 2"])
def test_short_title_keys_are_still_fields(line):
    from geo.extract.cards import FIELD

    assert FIELD.fullmatch(line) is not None
