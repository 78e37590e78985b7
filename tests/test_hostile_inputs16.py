"""Hostile input, session 18 (attack16): what the last sessions added, read in time that grows
with the input, never with its square (ratios of one run's timings, n against 10n, never a
wall-clock limit), and refused or kept in one line."""

from __future__ import annotations

import random

import pytest
from test_hostile_lines import _seconds

from geo.extract import Extractor
from geo.geocode import words


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_capitalised_words_never_written_small_are_not_sought_through_the_text_each_time(
    extractor,
):
    """A capitalised word beside a place ("Mayor" of "Mayor of Kharkiv") is an ordinary word
    when the text also writes it in lower case; a word it never writes so was sought through
    the whole text once per run: 10,000 such lines took 26 times the time of 1,000."""
    texts = ["Mayor of Kharkiv\n" * n + "A drone hit Kharkiv." for n in (1_000, 10_000)]
    seconds = _seconds(extractor, texts)
    assert seconds[1] < 16 * max(seconds[0], 0.01), seconds  # (x26 before)


def test_a_long_text_says_which_words_it_holds_as_a_short_one_does():
    """The set of a long text's words answers as the search through it does: hyphens and
    underscores are word characters, an apostrophe or a space in the word is sought as before."""
    rng = random.Random(16)
    pieces = [
        "mayor",
        "Mayor",
        "-mayor",
        "mayor_",
        "mayors",
        "o'clock",
        "kyiv",
        " ",
        "\n",
        ".",
        "é",
    ]
    text = "".join(rng.choice(pieces) for _ in range(12_000))
    assert len(text) > words.LONG_TEXT
    short = text[: words.LONG_TEXT // 4]
    for word in ("mayor", "mayors", "o'clock", "kyiv", "é", "kyivmayor", "mayor_", "clock", "x y"):
        for sample in (text, short * 5):
            found = words.has_word(sample, word)
            at, expected = sample.find(word), False
            while at >= 0 and not expected:
                after = at + len(word)
                expected = (at == 0 or not words._is_word_char(sample[at - 1])) and (
                    after >= len(sample) or not words._is_word_char(sample[after])
                )
                at = sample.find(word, at + 1)
            assert found == expected, (word, found)
