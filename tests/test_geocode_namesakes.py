"""Namesakes and facilities in war reports (issue 16, eleventh round): sentences written for these
tests, each class of failure with cases of its own, none of them a place of the report set that
showed it."""

from __future__ import annotations

import pytest

from geo.geocode import find_toponyms

THEATRE = frozenset({"UA", "RU"})


def _place(geocoder, text: str, name: str, theatre=THEATRE):
    """What ``name`` resolves to in ``text``, every toponym of the text read with it."""
    resolved = geocoder.resolve(text, find_toponyms(geocoder, text), theatre)
    return next(r.place for r in resolved if r.query == name)


# A word that opens a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Police said a bus was hit in Kherson.", "Police", "Kherson"),
        ("Regional officials counted the damage in Sumy.", "Regional", "Sumy"),
        ("Over Mykolaiv, air defence shot down two drones.", "Over", "Mykolaiv"),
        ('"New strikes," the mayor of Odesa said.', "New", "Odesa"),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_place(geocoder, text, word, kept):
    found = [text[s:e] for s, e in find_toponyms(geocoder, text)]
    assert kept in found and word not in found


def test_the_same_word_inside_a_sentence_is_still_read(geocoder):
    text = "Drones were seen near Police, north of Szczecin."
    assert "Police" in [text[s:e] for s, e in find_toponyms(geocoder, text)]
