"""Whether a report reads as English: the rules only know English words, so a report in another
language yields nothing, and the user is told why rather than shown an empty map."""

from __future__ import annotations

import re

from geo.words import counted

# what is no letter, and no Latin letter: the letters are counted as what is left once these are
# cut out (one string built, not a list of one string per letter)
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_LATIN = re.compile(r"[^A-Za-z]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# The commonest words of English news text: a page of English has many, other languages few.
_ENGLISH = frozenset(
    """the a an of in on at to and or but was were is are has have had been be by with from for
    that this it its as said says after over into than which who not no their they he she his
    her there more least people killed""".split()
)
# A report's opening tells its language: only so many characters are read (speed).
_SAMPLE = 3000
# Short texts ("Kyiv", a list of names) are no evidence either way.
_MIN_WORDS = 12
# Names and figures are no evidence of a language either: a tally of "Kharkiv region - 12" lines
# is English with hardly a common English word in it. The common-word test reads the words
# written in lower case, and only when there are this many different ones.
_MIN_PLAIN_WORDS = 10


def not_english(text: str) -> str | None:
    """Why ``text`` does not look like English (mostly non-Latin letters, or hardly any common
    English words among its lower-case words, in its first 3,000 characters), or None when it
    does or is too short to tell."""
    text = text[:_SAMPLE]
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return None
    letters = len(_NOT_LETTER.sub("", text))
    latin = len(_NOT_LATIN.sub("", text))
    if letters and latin / letters < 0.5:
        return "most of its letters are not Latin"
    plain = [w for w in words if w[0].islower()]
    if len(set(plain)) < _MIN_PLAIN_WORDS:
        return None
    common = sum(w in _ENGLISH for w in plain)
    if common / len(plain) < 0.12:
        return "few of its words are common English words"
    return None


def language_warning(text: str, found: int) -> str | None:
    """The warning to show with the events found in ``text`` when it does not look like
    English ("the text does not look like English (...): 0 events found"), else None."""
    why = not_english(text)
    if why is None:
        return None
    return (
        f"the text does not look like English ({why}): {counted(found, 'event')} found; "
        "the extractor reads English reports only"
    )
