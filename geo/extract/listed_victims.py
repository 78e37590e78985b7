"""Victims told one by one rather than by a count: people listed and summed ("two teenagers and
their mother were killed": 3; "three men and a woman died": 4; "a man, his wife and their son
were injured": 3; a list's entry with no verb: "A woman of 58 and her son, 31, admitted with
blast injuries": 2; an obituary's "Died of shrapnel wounds ...": 1), a victim told by name ("Mykola Hrytsenko, a crane driver at the port, was
killed"; "Olena Savchuk, 41, died"), and "one killed and another injured" (one of each)."""

from __future__ import annotations

import re

from geo.extract.aged_victims import aged_victims
from geo.extract.numbers import NUMBER, number
from geo.extract.outcome_words import left_behind
from geo.extract.pattern_cues import cued

# who a listed item is, one or several: "woman", "teenagers", "grandfather", "children"
_WHO = (
    r"(?:wom[ae]n|m[ae]n|child(?:ren)?|bab(?:y|ies)|people|person|wi(?:fe|ves)|"
    r"(?:boy|girl|teenager|resident|civilian|driver|passenger|worker|volunteer|soldier|pensioner|"
    r"husband|son|daughter|mother|father|brother|sister|grand(?:son|daughter|mother|father)|"
    r"neighbou?r|colleague|friend|firefighter|rescuer|medic|paramedic|guard)s?)"
)
# a word describing who ("elderly", "14-year-old"), not one joining clauses or telling whose share
# ("five of them children", "two among them")
_DESCRIBING = r"(?!(?:of|them|whom|among|and|or|in|at|from|with|were|was|are)\b)[\w-]+\s+"
_PLURAL = re.compile(r"(?:s|men|ren|people|ies|ves)$", re.I)
# one item: "two teenagers", "their mother", "an elderly woman", "her two sons", "a man, 45,"
# ("one" is a NUMBER: a second way to read it made a list that fails try 2^k readings)
_ITEM = (
    rf"(?:(?:the\s+)?{NUMBER}|an?|(?:his|her|their|its)(?:\s+{NUMBER})?)\s+"
    rf"(?:{_DESCRIBING}){{0,2}}?{_WHO}(?:,\s*(?:aged\s+)?\d{{1,3}}(?=,))?"
)
_ITEM_RE = re.compile(
    rf"\b(?:(?:the\s+)?(?P<n>{NUMBER})|an?|(?:his|her|their|its)(?:\s+(?P<m>{NUMBER}))?)\s+"
    rf"(?:{_DESCRIBING}){{0,2}}?(?P<who>{_WHO})\b",
    re.I,
)
# (the last item after "and": "a man, his wife and their son"; not "four people, two teenagers")
_LIST = rf"{_ITEM}(?:,\s*{_ITEM})*,?\s+and\s+{_ITEM}"
_HARMED = (
    r"(?:were|was|have\s+been|had\s+been|are)\s+(?:(?:also|later)\s+|\w+ly\s+)?"
    r"(?P<v>killed|injured|wounded|hurt|hospitali[sz]ed)|(?P<d>died|perished)"
)
_LISTED = re.compile(
    rf"\b(?P<list>{_LIST})\s+(?:{_HARMED})\b|"
    rf"\b(?P<v2>killing|killed|injuring|injured|wounding|wounded)\s+(?P<list2>{_LIST})",
    re.I,
)
_LISTED = cued(_LISTED)  # (tried only on a text holding a word it needs)
# a victim told by name, what they were between commas or not: "Olena Savchuk, 41, died",
# "Taras Lytvyn, who ran the village shop, was wounded" (not "Serhii Lysak, the governor, said")
_NAMED = re.compile(
    r"(?:^|(?<=[,;:]\s))(?-i:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+){1,2})(?:,\s*[^,;.]{1,120}?,)?\s+"
    rf"(?:{_HARMED})\b",
    re.I,
)
# "one person was killed and another injured", "one man died and another was wounded"
_ANOTHER = re.compile(
    r"\b(?:killed|died|dead|injured|wounded|hurt)\s*(?:,|and)\s+another\s+(?:(?:was|is|has\s+been)\s+)?"
    r"(?P<v>killed|injured|wounded|hurt)\b",
    re.I,
)

# an entry of a hospital's or a column's list naming its people before their harm, with no verb
# of its own: "- A man of 44 from X, with shrapnel wounds ...", "Three workers from Y, hurt by a
# mortar round", "A woman of 58 and her son, 31, admitted ... with blast injuries"
_AGED_ITEM = rf"{_ITEM}(?:\s+(?:of|aged)\s+\d{{1,3}})?"
_ENTRY = re.compile(
    rf"^[\s\-–•*]*(?P<list>{_AGED_ITEM}(?:(?:,\s*{_AGED_ITEM})*,?\s+and\s+{_AGED_ITEM})?)"
    r"(?:,\s*\d{1,3})?(?:\s+from\s+[^,;.]{1,40}?)?,?\s+"
    r"(?:(?P<v>hurt|injured|wounded|cut|burnt|burned|killed)\b|(?:[^.;]{0,80}?\s)?with\s+"
    r"(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies)|burns|cuts)\b)",
    re.I,
)
# an obituary's line with no subject, the person its entry names: "Died of shrapnel wounds at
# her home in X", "Killed by a drone while driving" (not a label: "Killed: 2")
_SUBJECTLESS = re.compile(r"^(?P<v>Died|Killed)\b(?!\s*[:\d])")


def _kind(verb: str) -> str:
    return "killed" if verb.lower() in ("killed", "killing", "died", "perished") else "injured"


def _summed(listed: str) -> int | None:
    """How many people a list counts, or None when an item has none ("their children")."""
    total = 0
    for m in _ITEM_RE.finditer(listed):
        told = m.group("n") or m.group("m")
        n = number(told) if told else 1
        if n is None or (not told and _PLURAL.search(m.group("who"))):
            return None
        total += n
    return total


def listed_victims(text: str) -> dict[str, int]:
    """The killed and injured these wordings count in a sentence (the largest of each)."""
    found: list[tuple[str, int | None]] = []
    for m in _LISTED.finditer(text):
        verb = m.group("v") or m.group("d") or m.group("v2")
        found.append((_kind(verb), _summed(m.group("list") or m.group("list2"))))
    found += [(_kind(m.group("v") or m.group("d")), 1) for m in _NAMED.finditer(text)]
    found += [
        (kind, 1) for kind in aged_victims(text)
    ]  # "Sofia Kravets, 34, a nurse, who was killed"
    found += [(_kind(m.group("v")), 1) for m in _ANOTHER.finditer(text)]
    if not left_behind(text):  # (an entry of the hurt by a mine: no strike's toll)
        found += [
            (_kind(m.group("v") or "injured"), _summed(m.group("list")))
            for m in _ENTRY.finditer(text)
        ]
    found += [(_kind(m.group("v")), 1) for m in _SUBJECTLESS.finditer(text)]
    out: dict[str, int] = {}
    for key, n in found:
        if n:
            out[key] = max(out.get(key, 0), n)
    return out
