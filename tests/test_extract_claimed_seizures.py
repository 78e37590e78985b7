"""Extraction, a town's capture claimed in a side's own quoted words or by the noun "seizure"
(issue 16, "no event word" and "only mentioned" on wire copy, think-tank notes and lecture notes):
"claimed the seizure of X", "said its units had 'completed the liberation' of X", "'took full
control' of X". Each is fighting at the town; a seizure of goods stays no event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 10, 16)


def _events(extractor, text):
    return sorted((e["place"], e["event_type"]) for e in extractor.extract(text, "t", PUB))


def test_the_seizure_of_a_town_claimed(extractor):
    text = "On Wednesday the Russian defence ministry claimed the seizure of Siversk."
    assert _events(extractor, text) == [("Siversk", "fighting")]


def test_a_quoted_liberation_of_a_town(extractor):
    text = 'Moscow said on Wednesday its troops had "completed the liberation" of Kurakhove.'
    assert _events(extractor, text) == [("Kurakhove", "fighting")]


def test_quoted_full_control_of_a_town(extractor):
    text = "- RU MoD Wed 15.10: 'took full control' of Toretsk (Centre group)"
    assert _events(extractor, text) == [("Toretsk", "fighting")]


def test_a_seizure_of_goods_is_no_event(extractor):
    text = (
        "Customs in Izmail announced the seizure of 40 tonnes of smuggled cigarettes on Wednesday."
    )
    assert _events(extractor, text) == []


def test_a_town_in_quoted_full_control(extractor):
    # the quote opens after "in": 'declared its troops in "full control" of X'
    text = 'The ministry declared its troops in "full control" of Chasiv Yar on Wednesday.'
    assert _events(extractor, text) == [("Chasiv Yar", "fighting")]
