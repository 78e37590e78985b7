"""Counts in digits or words: "1,200", "thirty-four", "eleven", "both"; the pattern that finds one
in a sentence (not a name's digits, a clock time or a date) and its value; "a dozen" (12)."""

from __future__ import annotations

import re

from geo.extract.publication import MONTH_RE

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 91, 10), strict=True)
)
_NUMBER_WORDS.update({"hundred": 100, "a": 1, "an": 1, "both": 2})

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# "thirty-four": a ten and a unit, read as one number, not as "four"
_COMPOUND = rf"(?:{_TENS})[-–](?:{_UNITS})\b"


def number_words(values) -> str:
    """The table's words for ``values`` as alternatives, longest first ("a", "an", "both"
    left out): a pattern of the counts a reader takes in words."""
    words = [w for w, i in _NUMBER_WORDS.items() if i in values and w not in ("a", "an", "both")]
    return "|".join(sorted(words, key=len, reverse=True))


# one to ninety-nine in words, a ten with its unit read whole: "sixty", "nine", "seventy-two"
SPOKEN_1_TO_99 = rf"(?:(?:{_TENS})(?:[-–](?:{_UNITS}))?|{number_words(range(1, 20))})"


def _number_pattern(words) -> str:
    """Digits (``1,200`` too), a compound ("thirty-four") or one of ``words``, longest first."""
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    # digits after a hyphen are a name's ("Kh-101"); a clock time's ("23:10", "7.45") or a
    # date's ("7 August", not "5 may have") no count
    date = rf"\s+(?-i:{MONTH_RE.title()})\b"
    # a year followed by a count is the date's, not the count ("On 1 March 2025 twelve drones")
    year = rf"(?!(?:19|20)\d\d\s+(?:\d|(?:{_COMPOUND}|{alternatives})\b))"
    digits = rf"(?<![-–:.\d]){year}(?:\d{{1,3}}(?:[,.]\d{{3}})+|\d+)(?![.:]?\d|{date})"
    return rf"(?:{digits}|{_COMPOUND}|(?<![-–]){alternatives})"


ANY_NUMBER = _number_pattern(_NUMBER_WORDS)
NUMBER = _number_pattern(w for w in _NUMBER_WORDS if w not in ("a", "an"))


def number(word: str) -> int | None:
    """The value of a count the pattern found ("1,200", "thirty-four", "both")."""
    w = word.lower().replace(",", "").replace(".", "")
    if w.isdigit():
        return int(w)
    tens, _, unit = w.replace("–", "-").partition("-")
    if unit:
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[unit]
    return _NUMBER_WORDS.get(w)


# the hedges before a count that leave it the count: "injured about 30", "killing up to 14", "more
# than 60" (the dev writers give N for each; "dozens" and "several" are no count at all)
HEDGE = r"(?:at least|some|more than|over|about|around|up to)\s+"


# "a dozen" is twelve, "two dozen" 24, "half a dozen" six; "dozens" is no figure
_DOZEN = re.compile(r"\b(?:(?P<half>half\s+a)|(?P<n>a|one|two|three))\s+dozen\b(?!s)", re.I)


def dozens_as_digits(text: str) -> str:
    """The text with each dozen written in digits ("about a dozen people" -> "about 12 people")."""

    def digits(m: re.Match) -> str:
        return "6" if m.group("half") else str(12 * max(1, number(m.group("n")) or 1))

    return _DOZEN.sub(digits, text)
