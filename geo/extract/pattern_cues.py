"""The words every match of a pattern holds, read off the pattern itself, and a pattern that
skips a text holding none of them: a test for a few substrings costs far less than trying a
pattern of many alternatives at every word of a sentence, and the matches are the same ones
(derived, so they follow any change to the pattern; or written by hand where the pattern tells
none or weaker ones: :class:`geo.extract.event_words.Cued`'s patterns of an event type)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, cast

from geo.extract.first_letters import FirstLetters
from geo.extract.report_memo import LONGEST, MOST_KEPT

Words = frozenset[str]

# the most spellings a part of a pattern is spelt out into ("attack(?:s|ed)?": three)
_MOST_SPELLINGS = 64

# characters that a case-blind pattern takes for an ASCII letter ("K" the Kelvin sign for "k"):
# put in their letter's place before the text is lowered
_ASCII_KIN = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


# (the last text asked and its folding: the cued patterns of a reader ask of one sentence)
_last: tuple[str, str] = ("", "")


def folded(text: str) -> str:
    """The text lowered, as the cues are: what a case-blind match of an ASCII word finds."""
    global _last
    if _last[0] is not text:
        _last = (text, text.lower() if text.isascii() else text.translate(_ASCII_KIN).lower())
    return _last[1]


# Every cue word of every cued pattern, and the cue words one text holds: found in one scan of
# the text for them all (a sentence is asked by some sixty patterns in a row), not one scan per
# word per pattern; the same answers (a word is held where it is found, and so is each shorter
# cue word it starts with).
_VOCABULARY: set[str] = set()
_reader: tuple[re.Pattern[str], dict[str, Words]] | None = None
_last_held: tuple[str | None, Words] = (None, frozenset())
# the cue words of each text asked since the last :func:`forget_held`, by value: readers ask of
# the same sentence as new strings (a slice, a strip, a join), and a lookup costs less than a
# scan (texts up to a long sentence's length, at most so many: a few megabytes at worst)
_held: dict[str, Words] = {}
_MOST_HELD, _LONGEST_HELD = MOST_KEPT, LONGEST  # as report_memo keeps its answers


def _trie_pattern(node: dict) -> str:
    """A pattern for the words of a trie that finds the longest word starting where it looks."""
    alts = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _read_vocabulary() -> tuple[re.Pattern[str], dict[str, Words]]:
    """The pattern of every (non-empty) cue word, and each word's cue words it starts with."""
    trie: dict = {}
    for word in filter(None, _VOCABULARY):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    starts = {
        word: frozenset(word[:n] for n in range(len(word) + 1) if word[:n] in _VOCABULARY)
        for word in _VOCABULARY
    }
    return re.compile(_trie_pattern(trie) or "(?!)"), starts


def held_words(text: str) -> Words:
    """The cue words ``text`` holds, as :func:`folded` gives it (the last text's kept)."""
    global _last_held
    if _last_held[0] is not text:
        held = _held.get(text)
        if held is None:
            held = _in_report(text)
            if held is None:
                held = _scan_held(text)
            if len(text) <= _LONGEST_HELD:
                if len(_held) >= _MOST_HELD:
                    _held.clear()
                _held[text] = held
        _last_held = (text, held)
    return _last_held[1]


def _starts() -> dict[str, Words]:
    """Each cue word's cue words it starts with (the vocabulary's pattern read if need be)."""
    global _reader
    if _reader is None:
        _reader = _read_vocabulary()
    return _reader[1]


def _found(low: str) -> Iterator[tuple[int, str]]:
    """Where a cue word starts in the folded text ``low``, each with the longest one there (the
    others there are the cue words it starts with)."""
    _starts()
    find, at = _reader[0].search, 0  # type: ignore[index]
    while (m := find(low, at)) is not None:
        yield m.start(), m.group()
        at = m.start() + 1


def _scan_held(text: str) -> Words:
    """The cue words ``text`` holds, read in one scan of it for every cue word."""
    starts = _starts()
    held = set(starts.get("", ()))
    for _, word in _found(folded(text)):
        held |= starts[word]
    return frozenset(held)


# The report being read, scanned once for every cue word when a piece of it is first asked: most
# texts asked are pieces of it (a sentence, a clause, a line: 97 % of some 4,900 texts asked over
# four development folders), whose cue words are those that start and end within the piece's
# place in the report (a text folds as its place in the report folds: each character folds on its
# own, to one character), not those of a scan of their own. A piece is looked for within a reach
# of the last one found (readers go through a report in order), so a paste costs time linear in
# it; a piece not found there, or no piece, is scanned itself, with the same answer.
_report: str = ""
_report_found: tuple[list[int], list[str], list[int]] | None = None
_near, _REACH = 0, 4096


def read_report(text: str) -> None:
    """A new report, ``text``: the texts read so far forgotten; pieces of ``text`` read off one
    scan of it."""
    global _report
    forget_held()
    _report = text


def _in_report(text: str) -> Words | None:
    """The cue words of ``text`` read off the report's scan, if it is a piece of the report near
    the last piece; else None."""
    global _near
    if not _report:
        return None
    at = _report.find(text, max(0, _near - _REACH), _near + _REACH + len(text))
    if at < 0:
        return None
    _near, starts, end = at, _starts(), at + len(text)
    where, words, reach = _report_found or _scan_report()
    first, last = bisect_left(where, at), bisect_left(where, end)
    inside = max(first, min(last, bisect_right(reach, end)))  # (the words ending in the piece)
    held = set(starts.get("", ())).union(*map(starts.__getitem__, words[first:inside]))
    for p, word in zip(where[inside:last], words[inside:last], strict=True):
        if p + len(word) <= end:
            held |= starts[word]
        else:  # (a word running past the piece's end: the cue words it starts with that fit)
            held.update(w for w in starts[word] if p + len(w) <= end)
    return frozenset(held)


def _scan_report() -> tuple[list[int], list[str], list[int]]:
    """Where each cue word found in the report starts, the longest there, and the furthest end
    of those words up to each (so every word up to the last ending before a point ends there)."""
    global _report_found
    found = list(_found(folded(_report)))
    reach = list(itertools.accumulate((p + len(w) for p, w in found), max))
    _report_found = ([p for p, _ in found], [w for _, w in found], reach)
    return _report_found


def forget_held() -> None:
    """Forget the texts read so far, and the report (a new report: see
    :func:`geo.extract.lexicon.read_afresh`; a new cue word)."""
    global _last_held, _report, _report_found, _near
    _held.clear()
    _last_held = (None, frozenset())
    _report, _report_found, _near = "", None, 0


def _fewest(words: set[str]) -> Words:
    """The words without any that holds another (a text with "attacks" holds "attack")."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _every_branch(read, branches) -> set[str] | None:
    """What ``read`` gives of each branch of an alternation, together; None if one has none."""
    out: set[str] = set()
    for branch in branches:
        each = read(branch)
        if each is None:
            return None
        out |= each
    return out


def _spellings(item: tuple) -> set[str] | None:
    """Every text one part of a pattern matches, when they are few and ASCII; None otherwise."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is sre.AT:
        return {""}  # "\b": it takes no character
    if op is sre.IN and all(o is sre.LITERAL and a < 128 for o, a in av):
        return {chr(a).lower() for _, a in av}
    if op is sre.SUBPATTERN:
        return _sequence_spellings(av[3])
    if op is sre.BRANCH:
        out = _every_branch(_sequence_spellings, av[1])
        return out if out is not None and len(out) <= _MOST_SPELLINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] == 1:
        inner = _sequence_spellings(av[2])
        return None if inner is None else inner | ({""} if av[0] == 0 else set())
    return None


def _sequence_spellings(items) -> set[str] | None:
    out = {""}
    for item in items:
        each = _spellings(item)
        if each is None or len(out) * len(each) > _MOST_SPELLINGS:
            return None
        out = {a + b for a, b in itertools.product(out, each)}
    return out


def _best(choices: list[Words | None]) -> Words | None:
    """Of several sets of needed words, the one a text lacks most often and is quickest to look
    for: its shortest word the longest (up to five letters, rare enough), then the fewest words,
    then the longest ("ago" before "day"); none with a word of one letter or none (nearly every
    text holds an "s": a test that costs a search at every one, and skips nothing)."""
    kept = [c for c in choices if c and min(map(len, c)) > 1]
    return max(kept, key=lambda c: (min(5, *map(len, c)), -len(c), sum(map(len, c))), default=None)


def _needed(items) -> Words | None:
    """Words one of which every match of a sequence of pattern parts holds, or None."""
    choices: list[Words | None] = []
    run: set[str] = {""}
    for item in items:
        each = _spellings(item)
        if each is not None and len(run) * len(each) <= _MOST_SPELLINGS:
            run = {a + b for a, b in itertools.product(run, each)}
            continue
        choices += [_fewest(run), _needed_by(item)]
        run = {""}
    choices.append(_fewest(run))
    return _best(choices)


def _needed_by(item: tuple) -> Words | None:
    op, av = item
    if op is sre.SUBPATTERN:
        return _needed(av[3])
    if op is sre.BRANCH:
        out = _every_branch(_needed, av[1])
        return None if out is None else _fewest(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
        return _needed(av[2])
    if op is sre.ASSERT:  # what a lookahead or lookbehind sees is in the text too
        return _needed(av[1])
    return None


def needed_words(pattern: re.Pattern[str]) -> Words | None:
    """Lower-case words one of which every text the pattern matches in holds (as
    :func:`folded` gives it), or None when the pattern has none to tell."""
    return _needed(_parser.parse(pattern.pattern, pattern.flags))


class CuedPattern:
    """A pattern tried only on a text holding one of its needed words (the same matches): read
    off the pattern, or given (``words``: stems written by hand, where the pattern's own are
    none or weaker); with second cues (``then``), only on a text holding one of those too."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        words: tuple[str, ...] | None = None,
        then: tuple[str, ...] = (),
    ) -> None:
        self.pattern = pattern
        self.words = needed_words(pattern) if words is None else frozenset(words)
        self.then = then
        global _reader
        _VOCABULARY.update(self.words or (), then)
        _reader = None  # read afresh with these words
        forget_held()

    def _may_match(self, text: str) -> bool:
        if self.words is None and not self.then:
            return True
        held = held_words(text)
        return (self.words is None or not self.words.isdisjoint(held)) and (
            not self.then or not held.isdisjoint(self.then)
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.search(text, *bounds) if self._may_match(text) else None

    def __getattr__(self, name: str):  # the pattern's other ways of matching, as they are
        return getattr(self.pattern, name)


class CueTable:
    """Patterns tried in a row on one text, each where a :class:`CuedPattern` would be tried
    (its cue words, and second cues, held; any other pattern always): the text's cue words
    looked up once and every pattern's test made in one pass, not a call to each pattern that
    then finds its text holds none of its words (most do: 30 of some 40 event-word patterns)."""

    def __init__(self, rows: list[tuple[str, Any]]) -> None:
        self.rows = [
            (key, p, p.pattern.finditer, p.words, p.then)
            if isinstance(p, CuedPattern)
            else (key, p, p.finditer, None, ())
            for key, p in rows
        ]

    def tried(self, text: str) -> list[tuple[str, Any, Callable[[str], Iterator[re.Match[str]]]]]:
        """(key, pattern, its finditer) of each pattern that may match ``text``, in order."""
        held = held_words(text)
        return [
            (key, p, find)
            for key, p, find, words, then in self.rows
            if (words is None or not words.isdisjoint(held))
            and (not then or not held.isdisjoint(then))
        ]


def cued_triggers(triggers: list, keep: tuple = ()) -> list:
    """A trigger list (event type, pattern) with each plain compiled pattern cued; the patterns
    in ``keep`` (whose matches a caller compares by identity) and the non-patterns as they are
    (a pattern tried by its first letters, :mod:`geo.extract.first_letters`, is a pattern)."""
    plain = (re.Pattern, FirstLetters)
    return [
        (t, p if p in keep or not isinstance(p, plain) else CuedPattern(cast("re.Pattern[str]", p)))
        for t, p in triggers
    ]


def cued(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` tried only on a text holding one of its needed words: a :class:`CuedPattern`
    (which answers ``search`` and ``finditer`` itself and hands every other method to the
    pattern), typed as the pattern it stands for so that its users keep their types."""
    return cast("re.Pattern[str]", CuedPattern(pattern))
