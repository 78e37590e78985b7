"""A pattern of many alternatives, ``\\b(A1|A2|...)`` and what follows, tried only at the word
starts where one of them may begin, and there with only the alternatives that may begin with
that word's first letter: the same matches, found without trying every alternative at every
word boundary (the event-word patterns of a hundred alternatives each; a case-blind
alternative is never skipped by the regular expression engine without being tried).

The matches are the pattern's own: at a word start the alternatives left out cannot match (their
first character is another), the ones kept are tried in their order, and what follows them is
the same; a position the pattern could begin at but whose letter is not plain ASCII (a Kelvin
sign read as "k") is tried with the whole pattern. A pattern of another shape, or with an
alternative whose first character is not told (a class of letters, an optional first part), is
left as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import cast

_WORD = frozenset(c for c in map(chr, range(128)) if re.fullmatch(r"\w", c))
# the characters past ASCII a case-blind pattern takes for an ASCII letter ("\u212a" the Kelvin
# sign for "k", the long s, the dotted and the dotless i)
KIN = "\u0130\u0131\u017f\u212a"
# an alternative that begins with these matches at the text's start only ("^" of no MULTILINE)
_STARTS = ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING))


def _first_characters(items, ignorecase: bool) -> set[str] | None:
    """The ASCII characters a match of a sequence of pattern parts that takes any may begin
    with: read past its parts of no length ("\\b", look-arounds) and into the next past a part
    that may be left out; None when they are not told."""
    out: set[str] = set()
    for item in items:
        least, most = _parser.SubPattern(_parser.State(), [item]).getwidth()
        if most == 0:
            continue  # takes no character: the first is the next part's
        chars = _part_first(item, ignorecase)
        if chars is None:
            return None
        out |= chars
        if least > 0:
            break
    return out


def _part_first(item: tuple, ignorecase: bool) -> set[str] | None:
    op, av = item
    if op is sre.LITERAL:
        return _cased({chr(av)}, ignorecase) if av < 128 else None
    if op is sre.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is sre.LITERAL and a < 128:
                chars.add(chr(a))
            elif o is sre.RANGE and a[1] < 128:
                chars |= set(map(chr, range(a[0], a[1] + 1)))
            elif o is sre.CATEGORY and a is sre.CATEGORY_DIGIT:
                chars |= set("0123456789")  # (and other digits: a start is tried at each)
            else:
                return None  # a negated class, another category, a character past ASCII
        return _cased(chars, ignorecase)
    if op is sre.SUBPATTERN:
        _, add, delete, inner = av
        case = (ignorecase or bool(add & sre.SRE_FLAG_IGNORECASE)) and not (
            delete & sre.SRE_FLAG_IGNORECASE
        )
        return _first_characters(inner.data, case)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            each = _first_characters(branch.data, ignorecase)
            if each is None:
                return None
            out |= each
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _first_characters(av[2].data, ignorecase)
    return None


def _cased(chars: set[str], ignorecase: bool) -> set[str]:
    return chars | {c.swapcase() for c in chars} if ignorecase else chars


def _alternatives(source: str) -> tuple[str, list[str], str] | None:
    """``source`` cut as ``\\b(`` (or ``\\b(?:``) + the alternatives of its first group + what
    follows; None when it has another shape (an alternative of the whole after the group)."""
    if source.startswith("\\b(?:"):
        head = 5
    elif source.startswith("\\b(") and not source.startswith("\\b(?"):
        head = 3
    else:
        return None
    alts: list[str] = []
    depth, start, i, in_class, end = 1, head, head, False, -1
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class, i = True, i + (2 if source[i + 1 : i + 2] == "^" else 1)
            i += 1 if source[i : i + 1] == "]" else 0  # ("[]...]": a bracket of the class)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and end < 0:
                alts.append(source[start:i])
                end = i
        elif ch == "|" and depth <= 1:
            if end >= 0:
                return None  # "\\b(?:a|b)x|y": the group is not the whole's first part
            alts.append(source[start:i])
            start = i + 1
        i += 1
    return (source[:head], alts, source[end:]) if end >= 0 else None


# each pattern made of a pattern's alternatives for one letter, and that pattern (a match's
# ``re``: :func:`whole_pattern`)
_WHOLE: dict[re.Pattern[str], re.Pattern[str]] = {}


def whole_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a match's ``re`` stands for: the one given to :func:`by_first_letter`."""
    return _WHOLE.get(pattern, pattern)


class FirstLetters:
    """``pattern`` tried at each word start with the alternatives its first letter may begin
    (see the module's docstring); every other way of matching is the pattern's own."""

    def __init__(
        self, pattern: re.Pattern[str], by_letter: dict[str, re.Pattern[str]], anchored: bool
    ) -> None:
        self.whole, self.anchored = pattern, anchored  # (an alternative only at the text's start)
        self.pattern, self.flags = pattern.pattern, pattern.flags  # (read by the cues)
        self.by_letter = by_letter
        letters = "".join(sorted(by_letter))
        # a character one of the alternatives may begin with (ASCII, or one a case-blind letter
        # stands for), not after a word character: where the pattern may begin
        case_blind = pattern.flags & re.IGNORECASE
        others = "".join(c for c in KIN if case_blind and re.fullmatch(f"[{letters}]", c, re.I))
        digits = "\\d" if any(c.isdigit() for c in letters) else ""  # (every digit \\d takes)
        self.starts = re.compile(f"[{re.escape(letters + others)}{digits}](?<!\\w.)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        at, whole, by_letter = 0, self.whole, self.by_letter
        if self.anchored:  # the text's start: every alternative
            m = whole.match(text)
            at = 1 if m is None else m.end()
            if m is not None:
                yield m
        for start in self.starts.finditer(text):
            pos = start.start()
            if pos < at:
                continue
            m = by_letter.get(text[pos], whole).match(text, pos)
            if m is not None:
                yield m
                at = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.anchored and pos == 0:  # the text's start: every alternative
            m = self.whole.match(text, 0, end)
            if m is not None:
                return m
        for start in self.starts.finditer(text, pos, end):
            at = start.start()
            if at == 0 and self.anchored:
                continue
            m = self.by_letter.get(text[at], self.whole).match(text, at, end)
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str):  # the pattern's other ways of matching, as they are
        return getattr(self.whole, name)


def by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as a :class:`FirstLetters` when it has that shape: ``\\b(``, alternatives
    with no group of their own each beginning with told word characters, then what follows
    (no group either), and no match of no length; else the pattern itself."""
    cut = _alternatives(pattern.pattern)
    if cut is None or pattern.groups != (cut[0] == "\\b(") or pattern.groupindex:
        return pattern
    if pattern.flags & (re.ASCII | re.MULTILINE | re.VERBOSE):
        return pattern
    head, alts, tail = cut
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    firsts: list[set[str]] = []
    anchored = False
    for alt in alts:
        parsed = _parser.parse(alt, pattern.flags)
        if parsed.data and parsed.data[0] in _STARTS:
            anchored = True  # tried at the text's start only, with the whole pattern
            firsts.append(set())
            continue
        chars = _first_characters(parsed.data, ignorecase)
        if chars is None or not chars <= _WORD or parsed.state.groups != 1:
            return pattern  # (a first character not told, or not a word's)
        if parsed.getwidth()[0] == 0:
            return pattern
        firsts.append(chars)
    if _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
        return pattern
    if not any(firsts):
        return pattern
    by_letter = {}
    for letter in sorted(set().union(*firsts)):
        kept = [alt for alt, chars in zip(alts, firsts, strict=True) if letter in chars]
        by_letter[letter] = re.compile(head + "|".join(kept) + tail, pattern.flags)
        _WHOLE[by_letter[letter]] = pattern
    # (typed as the pattern it stands for, as geo.extract.pattern_cues.cued is)
    return cast("re.Pattern[str]", FirstLetters(pattern, by_letter, anchored))
