"""One table of number words (``numbers._NUMBER_WORDS``): the spoken ages of ``people`` and the
tally counts of ``downing_words`` are read from it, so that a word the table reads as a count is
an age and a tally's count too."""

from __future__ import annotations

import re

from geo.extract.downing_words import TALLY_COUNT
from geo.extract.numbers import SPOKEN_1_TO_99, number
from geo.extract.people import without_ages

_UNITS = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def test_every_spoken_age_from_one_to_ninety_nine_is_taken_out():
    words = "ten eleven twelve thirteen fourteen fifteen sixteen".split()
    words += "seventeen eighteen nineteen".split() + _UNITS + _TENS
    words += [f"{t}-{u}" for t in _TENS for u in _UNITS]
    assert len(words) == 99 and sorted(number(w) for w in words) == list(range(1, 100))
    for w in words:
        assert without_ages(f"A pensioner of {w} was hurt.") == "A pensioner was hurt.", w
        assert re.fullmatch(SPOKEN_1_TO_99, w.upper(), re.I), w


def test_a_count_of_people_is_no_age():
    assert without_ages("a man of sixty people") == "a man of sixty people"
    assert without_ages("the driver of one of the lorries") == "the driver of one of the lorries"
    assert without_ages("a boy of a hundred") == "a boy of a hundred"


def test_the_tally_counts_are_the_tables_words_to_twenty_and_three_tens():
    taken = [
        w
        for w in (_UNITS + _TENS + "ten eleven sixteen nineteen".split())
        if re.fullmatch(TALLY_COUNT, w)
    ]
    assert sorted(number(w) or 0 for w in taken) == [*range(1, 12), 16, 19, 20, 30, 40, 50]
    assert not re.fullmatch(TALLY_COUNT, "sixty") and re.fullmatch(TALLY_COUNT, "114")
