"""Extraction, the weapon a record carries when a sentence points back to a missile its
paragraph named with its kind ("A second missile was shot down over X" after "a ballistic
missile struck Y"), and a tally row naming two kinds under a heading of downings ("Poltava
region - 9 drones and 4 cruise missiles"): issue 16, "other weapon category"."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 6, 9)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_second_missile_is_the_kind_told_before(extractor):
    text = (
        "Officials in Zaporizhzhia said a ballistic missile hit a warehouse on the city's "
        "outskirts this morning. A second missile was brought down over Vilniansk, the air "
        "force added."
    )
    got = _events(extractor, text)
    assert ("Vilnyansk", "interception", "ballistic missile") in got
    assert ("Zaporizhzhya", "strike", "ballistic missile") in got


def test_a_bare_missile_pointing_nowhere_keeps_no_kind(extractor):
    text = (
        "A cruise missile was destroyed over the Poltava region overnight. "
        "In Sumy, a missile struck a school gym; nobody was inside."
    )
    assert ("Sumy", "strike", "missile") in _events(extractor, text)


def test_two_kinds_told_before_give_none_of_them(extractor):
    text = (
        "Cruise and ballistic missiles were fired at Dnipro overnight. "
        "One of the missiles fell on a garage cooperative in Dnipro."
    )
    cats = {c for p, t, c in _events(extractor, text) if t == "strike"}
    assert cats <= {"cruise missile", "ballistic missile", "missile"}
    assert "drone" not in cats


def test_a_tally_row_names_two_kinds_under_its_heading(extractor):
    text = (
        "Shot down overnight, by region:\n"
        "Poltava region - 9 drones and 4 cruise missiles\n"
        "Kharkiv region - 12 drones\n"
    )
    got = [
        (e["place"], e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t", PUB)
        if e["event_type"] == "interception"
    ]
    assert ("Poltava", "cruise missile", 4) in got
    assert ("Poltava", "drone", 9) in got


def test_a_row_that_tells_its_own_downing_keeps_the_old_reading(extractor):
    text = (
        "Russia launched 40 drones and 3 missiles; 31 drones were shot down over the Sumy region."
    )
    got = {e["weapon_category"] for e in extractor.extract(text, "t", PUB)}
    assert "missile" not in got and "cruise missile" not in got


def test_a_sentence_of_launches_is_no_row_of_downings(extractor):
    text = (
        "The air force said Russia had sent 3 ballistic missiles and 41 drones at the Mykolaiv "
        "region overnight. Air defence destroyed 30 of the drones but none of the missiles."
    )
    got = {
        e["weapon_category"]
        for e in extractor.extract(text, "t", PUB)
        if e["event_type"] == "interception"
    }
    assert "ballistic missile" not in got
