"""Extraction, sentences: offsets kept, abbreviations not taken for a sentence end, title lines."""

from __future__ import annotations

from geo.extract import split_sentences
from geo.extract.sentences import is_headline


def test_sentences_keep_offsets():
    text = "Title line\nFirst one. Second, with U.S. help.\nThird"
    parts = split_sentences(text)
    assert [p.text for p in parts] == [
        "Title line",
        "First one.",
        "Second, with U.S. help.",
        "Third",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)


def test_title_lines():
    text = "Drones over the south\nA drone hit a barn near the river.\nShort line."
    first, second, third = split_sentences(text)
    assert is_headline(text, first)
    assert not is_headline(text, second)  # ends with a full stop
    assert not is_headline(text, third)


def test_a_shortened_region_before_a_bracket_ends_no_sentence():
    text = "Debris fell in Odesa obl. (Izmail district), a shed burned. Sirens went off."
    assert [s.text for s in split_sentences(text)] == [
        "Debris fell in Odesa obl. (Izmail district), a shed burned.",
        "Sirens went off.",
    ]
