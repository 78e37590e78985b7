"""Extraction, a meeting still to come told in the present of a schedule (extras26): "ministers
meet in X on Monday", "the conference opens on Friday", "allies meet in X at the end of this
week", "a planned summit in X" are no meeting of the report's (three writers of heldout25, 37
and 38 got one each); a meeting told in the past stays."""

from __future__ import annotations

from datetime import date

import pytest

_STRIKE = (
    "A Russian drone hit a warehouse in Kharkiv overnight, injuring two workers, the mayor said. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence ministers of the coalition meet in Brussels at the end of this week to discuss "
        "air defence.",
        "NATO foreign ministers meet in Vilnius on Thursday to talk about the loan.",
        "In Geneva the donors' conference opens on Friday.",
        "Kyiv is sceptical of a planned Trump-Putin summit in Vienna.",
    ],
)
def test_a_scheduled_meeting_is_no_event(extractor, sentence):
    records = extractor.extract(_STRIKE + sentence, "t", date(2025, 3, 18))
    assert [r["place"] for r in records] == ["Kharkiv"]


def test_a_meeting_told_in_the_past_stays(extractor):
    text = _STRIKE + "Zelensky met Macron in Paris on Monday to talk about air defence."
    records = extractor.extract(text, "t", date(2025, 3, 18))
    assert ("Paris", "meeting") in {(r["place"], r["event_type"]) for r in records}
