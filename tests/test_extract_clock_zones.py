"""Extraction, sentences: a clock's time zone after "a.m." or "p.m." ("between 8 p.m. and 11 p.m.
Moscow time on Wednesday", "at 9 a.m. GMT", "at 7:30 p.m. ET") goes on with its sentence; cut
there, the sentence's day ("on Wednesday") fell to the next sentence, and its own event lost it."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed six drones over the Tula region between 8 p.m. and 11 p.m. Moscow "
        "time on Wednesday, the ministry said.",
        "The first explosions were heard at about 9 a.m. GMT, our correspondent says.",
        "Officials said the sirens sounded at 7:30 p.m. ET and lasted an hour.",
        "The curfew begins at 11 p.m. Kyiv time on Friday.",
    ],
)
def test_a_clock_s_zone_ends_no_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_p_m_before_a_new_sentence_still_ends_it():
    text = "The raid ended after 11 p.m. Two people were hurt."
    assert len(split_sentences(text)) == 2


def test_the_day_after_the_zone_dates_its_own_event(geocoder):
    text = (
        "MOSCOW, May 15. /Agency/. Air defences destroyed 30 drones overnight, the defence "
        "ministry said on Thursday.\n\n"
        "Earlier, the ministry said four more drones had been shot down over the Tula Region "
        "between 9 p.m. and 11 p.m. Moscow time on Wednesday.\n\n"
        "Governor Alexander Gusev said fragments of a downed drone damaged a house in Liski."
    )
    got = {
        e["place_mention"]: e["event_date"]
        for e in Extractor(geocoder).extract(text, "t", date(2025, 5, 15))
    }
    assert got["Tula Region"] == "2025-05-14"
