"""A notice a body issues about an attack on what it runs, in header forms the issuer rules
(:mod:`geo.extract.issuer`, :mod:`geo.extract.post_opening`) do not read: the body's name on a
header line of its own ("Steppe Agro Holdings plc", "V. N. Karazin Kharkiv National University")
or before the kind of its notice ("DTEK statement on the night attack", "Kyivstar | service
notice for subscribers"), when the text speaks of the sites or the staff hit as the body's own
("two of our power engineers", "one of our network nodes", "the Group's grain elevator", "the
university's research station"). The whole notice is then that body's word (README,
"Verification rule": a body speaking for its own sites in a header that names it)."""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent
from geo.extract.lexicon import triggers_in
from geo.extract.outcome_words import outcome_told
from geo.extract.own_things import tells_of_own
from geo.extract.sentences import MAX_SENTENCE
from geo.extract.shells import sender_field

_HEADER_LINES = 5  # the first lines that may name the body, before its text
_NAME_WORDS = 9
# what a body runs or employs, told as its own
_OWN_THINGS = (
    r"(?:[\w-]+\s+){0,2}(?:plants?|stations?|substations?|nodes?|networks?|lines?|depots?|"
    r"terminals?|warehouses?|elevators?|silos?|yards?|facilit(?:y|ies)|sites?|premises|"
    r"buildings?|campus|offices?|branch(?:es)?|stores?|shops?|equipment|assets|trains?|"
    r"locomotives?|vessels?|generation|engineers|workers|employees|staff|colleagues|personnel|"
    r"crews?|customers|subscribers|students|patients|farms?|barns?|herds?|vehicles?|cars?|"
    r"lorr(?:y|ies)|trucks?|tankers?|vans?|buses|couriers?|drivers?|pupils)\b"
)
# (the header's body by these words alone: the open reading of "our" moved unseen writers' notices
# the wrong way; a closing mark or a colon opening reads it: `own_things.tells_of_own`)
_OUR = re.compile(rf"\bour\s+{_OWN_THINGS}", re.I)
# "the Group's grain elevator", "the university's research station", "DTEK's generation"
_POSSESSIVE = re.compile(rf"\b(?P<owner>[A-Za-z][\w-]*)['’]s\s+{_OWN_THINGS}", re.I)
# a notice's kind after the body's name, and what follows it ("statement on the night attack")
# (a run of spaces is tried once, from its first space: a long run made the search quadratic)
_KIND_AFTER = re.compile(
    r"(?:^|(?<!\s)\s+)(?:(?:press|service|official|operational|market|regulatory)\s+)?"
    r"(?:statement|notice|announcement|update|release|information|message|communiqu[eé]|"
    r"bulletin)\b.*$",
    re.I,
)
_PARTS = re.compile(r"\s*\|\s*|\s+[—–-]+\s+|\s*:\s+")
# the small words a body's name may hold between its capitalised words
_NAME_JOINS = {"of", "the", "for", "and", "&", "in", "plc", "ltd", "llc", "inc", "jsc", "de"}
# ... and what a report about others is: a news outlet, a rights group, the UN
NEWS_OUTLET = re.compile(
    r"\b(?:news|times|gazette|post|herald|tribune|journal|press|wire|media|radio|TV|daily|"
    r"weekly|digest|review|amnesty|human\s+rights|watch|monitor|NGO|charity|foundation)\b",
    re.I,
)


# a header's stamp in the last cells after bars ("| 29.07.2025, 11:30")
_STAMP_AFTER = re.compile(r"(?:\s\|\s[^|\d]{0,20}\d[^|]{0,30})+$")
# one title-case word before a colon, as forms label their fields ("Campaign: Night eyes")
_LABEL = re.compile(r"[A-Z][a-z]+:\s")
_LINE_CHARS = 400  # a header line is no longer (a longer one is no body's name)


def _name(line: str) -> str | None:
    """The body's name a header line gives, alone or before its notice's kind."""
    if not line or len(line) > _LINE_CHARS or line[0] in "[(" or line.endswith((".", "?", "!")):
        return None
    sender = sender_field(line)  # a memo's "From: X" names X; its "To:" or "Date:" no issuer
    if sender is not None:
        return (
            sender if sender and not (NEWS_OUTLET.search(sender) or independent(sender)) else None
        )
    line = _STAMP_AFTER.sub("", line)  # "X | service notice | 29.07.2025, 11:30": its stamp
    if re.search(r"\d", line):
        return None
    if line.isupper():
        return None  # "NOTICE TO STUDENTS AND STAFF": a notice's title, no name
    name = _KIND_AFTER.sub("", _PARTS.split(line)[0]).strip(" ,")
    words = name.split()
    if _LABEL.match(line):
        return None  # a field's label: "Campaign: ...", "Update: ..."
    if not words or len(words) > _NAME_WORDS or not words[0][:1].isupper():
        return None
    if any(not (w[:1].isupper() or w.lower() in _NAME_JOINS) for w in words):
        return None  # a headline in sentence case: "Drone hits a base station"
    if (
        triggers_in(name)
        or CLAIM_VERB.search(name)
        or NEWS_OUTLET.search(name)
        or independent(name)
    ):
        return None  # a title-case headline or a speaker's, an outlet's, the UN's
    return name


def _header(text: str) -> list[str]:
    """The short lines heading the text, before its first sentence of prose."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line.split()) > 14 or len(lines) >= _HEADER_LINES:
            break
        lines.append(line)
    return lines


# the harm a sentence tells of what the body runs: "two of our engineers were hurt"
_HARM = re.compile(
    r"\b(?:hit|struck|strikes?|attack(?:ed|s)?|shell(?:ed|ing)|damaged|destroyed|burn(?:ed|t)|"
    r"caught\s+fire|injured|wounded|hurt|killed|died)\b",
    re.I,
)
# (a piece at most a sentence long: "a-a-a-..." on one line was searched for a possessive from
# each of its words to the end of the run, 16 kB 4.8 s, x16 for x4)
_SENTENCE = re.compile(rf"[^.!?\n]{{1,{MAX_SENTENCE}}}")


def own_notice(text: str) -> str | None:
    """The body that issued a notice about what it runs, as its header names it, else None."""
    header = _header(text)
    names = [n for n in map(_name, header) if n]
    if not names:
        return None
    harmed = _harmed(text)
    if any(_OUR.search(s) for s in harmed):
        return names[0]
    # the body by the first or the head word of its name ("DTEK's", "the university's"), or by
    # the word its header defines it as ('Steppe Agro Holdings plc (the "Group")': "the Group's")
    defined = set(_DEFINED.findall(" ".join(header).lower()))
    for m in (m for s in harmed for m in _POSSESSIVE.finditer(s)):
        owner = m.group("owner").lower()
        named = next((n for n in names if owner in _own_words(n)), None)
        if named or owner in defined:
            return named or names[0]
    return None


def _harmed(text: str) -> list[str]:
    """The sentences of the text that tell of harm (an outcome with its cause too: "our tanker
    was lost to an FPV drone", "our farm lost its barn in the drone attack")."""
    return [s for s in _SENTENCE.findall(text) if _HARM.search(s) or outcome_told(s)]


def tells_own_harm(text: str) -> bool:
    """Whether a sentence of harm speaks of "our" sites or staff ("the blast broke the windows
    of our shop", "one of our drivers was injured"), "our" in its open reading
    (`own_things.tells_of_own`: any word a body calls its own by, not this module's list of
    site words, and not a side's, a resident's or a town's "our")."""
    return any(tells_of_own(s) for s in _harmed(text))


_DEFINED = re.compile(r"\bthe\s+[\"“'‘](\w+)[\"”'’]")


def _own_words(name: str) -> set[str]:
    """The words a body's name calls it by: its first, and its last but the firm's form."""
    words = [w.lower() for w in name.split() if w.lower() not in _NAME_JOINS]
    return {words[0], words[-1]} if words else set()
