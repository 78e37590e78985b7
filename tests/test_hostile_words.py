"""Hostile words in a paste: one very long word costs what its letters cost, never their square
(ratios of one run's timings, n against 10n letters, never a wall-clock limit)."""

from __future__ import annotations

from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _seconds(extractor, text: str) -> float:
    return cpu_seconds(extractor.extract, text, "paste", date(2025, 3, 2))[0]


def test_a_long_word_in_a_sentence_without_a_place_is_read_once(extractor):
    """The pattern of a city's district ("the Saltivskyi district") was tried at every letter of
    a word and ran to the word's end each time: a sentence of one 1,800-letter word took 60 times
    a 180-letter one's time, and a 1 MB line of letters 32 s (a 5 MB paste, several minutes).
    It starts at a word's start now."""
    _seconds(extractor, "A drone hit Kharkiv.")
    seconds = []
    for n in (180, 1800):
        words = ("ab" * (n // 2) + str(i) for i in range(20))
        seconds.append(
            _seconds(extractor, "\n\n".join(f"A drone hit a depot near {w}." for w in words))
        )
    assert seconds[1] < 25 * seconds[0], seconds  # (before: some 60 times)
