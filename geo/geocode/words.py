"""Capitalised words that are ordinary words, not names: report vocabulary and the words a text
also writes in lower case, and a word of that vocabulary opening a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

# Capitalised at a sentence's start, these report words are not parts of names.
_REPORT_WORDS = frozenset(
    """attack attacks shelling strike strikes drone drones missile missiles fighting explosions
    explosion rockets rocket debris police officials troops forces soldiers fire fires shells
    artillery heavy fierce several new further more most residents civilians air defence defense
    shelled struck hit overnight earlier later local regional ukrainian russian""".split()
)
# Quantifiers, auxiliaries and plain nouns or adjectives that open a news sentence before
# lower-case words, and that the gazetteer knows as places somewhere: "Much of the city was
# without power" (Much, Germany), "Part of the stock" (Perth), "Port infrastructure in X was
# damaged" (a village named Port), "Key points", "Early on Saturday".
_PLAIN_OPENERS = frozenset(
    """much many none part parts some all both each every few half key is are was were can will
    due early late big small head port ports glide military power energy""".split()
)
# Prepositions that can open a sentence before a name: "Near Izium, ...", "Across Sumy region
# ...", "Outside Kherson ..."
_PREPOSITIONS = frozenset(
    """about above across after against along amid amidst among around before behind below
    beneath beside besides between beyond despite during except inside near nearby off onto
    opposite outside over past since through throughout toward towards under underneath until
    upon via within without elsewhere""".split()
)
_COMMON = _REPORT_WORDS | _PLAIN_OPENERS | _PREPOSITIONS


def is_common(word: str, text: str) -> bool:
    """A capitalised word that is an ordinary word: known report vocabulary, or written in lower
    case elsewhere in the same text."""
    low = word.rstrip(".,'’").lower()
    return low in _COMMON or has_word(text, low)


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (no letter, digit, ``_`` or
    ``-`` right before or after it): a few ``str.find`` calls, not a scan of every word; in a
    long text, a look-up in the set of its words, gathered once (a word the text never holds
    was sought through all of it for each run asking: 10,000 lines of "Mayor of Kharkiv" took
    26 times the time of 1,000)."""
    if len(text) > LONG_TEXT and _WORD.fullmatch(word):
        return word in _words_of(text)
    end = len(text)
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            after >= end or not _is_word_char(text[after])
        ):
            return True
        at = text.find(word, at + 1)
    return False


LONG_TEXT = 20_000  # characters: a text this long has its words gathered once
_WORD = re.compile(r"[\w-]+")  # a run of word characters (:func:`_is_word_char`)


@lru_cache(maxsize=2)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


# Before a sentence's first word: its end mark, then blanks and an opening quote or bracket.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]|\n)[\s\"'“‘(\[]*$")


def common_word_opening(text: str, start: int, end: int) -> bool:
    """Whether the span is one word of report vocabulary capitalised only because it opens a
    sentence or a line ("Regional officials say", "Police said", "Over Kharkiv, ..."). The
    gazetteer knows some such words as places (Police in Poland, Over in England, an airport's
    keyword "Regional"), and read as one they drew the text's other names towards them. A word
    the text only writes in lower case elsewhere is kept here: a town's name opens many
    sentences, and a post may write it small too ("#kherson", "drones over kyiv")."""
    word = text[start:end]
    if " " in word or word.rstrip(".,'’").lower() not in _COMMON:
        return False
    return _SENTENCE_OPENS.search(text, max(0, start - 6), start) is not None
