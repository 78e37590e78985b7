"""Whose word a document is, by who it is (README, "Verification rule", "A post headed by its
author"): a document whose first line names its author and goes on with the post's date, clock,
the author's office or channel ("Vyacheslav Gladkov, 20 December", "Oleksandr Vilkul, head of
the city defence council, morning update, 16 April", "Sergei Sobyanin | channel", "Sumy Regional
Blood Centre · 13 April, 11:40", "Statement of the Feldman Ecopark team, 19 May 2025") is that
author's post, its word throughout. A title ("MORNING SUMMARY | 22 January", "The Frontline
Letter — Thursday ..."), an outlet ("Sumy Today", "ODESA LIVE"), a place or a section alone
("Kharkiv", "BOOKS"), an independent body, and a newsroom speaking of its own people ("our
correspondent", "we could not verify") name no such author."""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent, official
from geo.extract.lexicon import triggers_in
from geo.extract.own_notice import NEWS_OUTLET
from geo.extract.publication import MONTH_RE, WEEKDAY_RE

_LINE_CHARS = 200
_NAME_WORDS = 8
# where a header line's name part ends: "Name | channel", "Name, 20 December", "X · 13 April"
_NAME_END = re.compile(r"\s*(?:\||·|•|,|:|\s[—–-]\s|\()")
# a notice's kind before its author ("Statement of the Feldman Ecopark team")
_KIND_BEFORE = re.compile(
    r"^(?:(?:official\s+)?(?:statement|notice|letter|message|announcement|address|update|"
    r"newsletter|appeal)\s+(?:of|from|by)\s+(?:the\s+|your\s+)?)",
    re.I,
)
# an outlet's masthead words beyond own_notice's outlets, and a title's words ("MORNING SUMMARY |
# 22 January", "THE ESSENTIALS | Wednesday ...")
_MASTHEAD = re.compile(
    r"^the\b|\b(?:live|today|tonight|online|info|24|channel|blog|feed|summary|essentials|"
    r"edition|digest|bulletin|brief(?:ing)?|report|update|news|review|weekly|headlines|roundup|"
    r"wrap|letter|notes?|recap|dispatch|log|chronicle|diary|alerts?|ticker|tracker|tally|"
    r"overview|outlook|situation|night|morning|evening|day|week)\b",
    re.I,
)
# the small words a name may hold between its capitalised words
_JOINS = {"of", "the", "for", "and", "&", "in", "no.", "de", "on"}
# a newsroom, a fact-check or a monitor speaking of its own work: no author of events
_NEWSROOM = re.compile(
    r"\bour\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|team\s+in|crew|"
    r"photographers?|producers?|monitors?|analysts?|desk|readers?|listeners?|viewers?|sources?)\b|"
    r"\bwe\s+(?:have\s+)?(?:not\s+been\s+able|could\s+not|cannot|can't|were\s+unable|verified|"
    r"geolocated|checked|found|reviewed|examined|analy[sz]ed|assess|judge)\b|"
    r"\b(?:fact[- ]check|verdict|subscribe|newsletter\s+team|editor)\b",
    re.I,
)


# an author's office or channel after the name
_OFFICE = (
    r"(?:the\s+)?(?:head|governor|mayor|MP|member|chair|director|commander|spokes\w+|"
    r"chief|minister|channel|telegram|official|post|evening|morning|daily)\b"
)
# a body's kind in lower case after its name ("APTEKA DOBROBUT pharmacy chain", "the Feldman
# Ecopark team", '"Dnipro Fields" agricultural cooperative')
_KIND_TAIL = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:chain|team|cooperative|co-op|company|network|union|"
    r"association|foundation|charity|hospital|clinic|school|centre|center|service|council|"
    r"office|group|farm|enterprise|plant|station|shelter|church|parish)$"
)
# what follows an author's name on a post's first line: a date or clock, an office, a channel
_AFTER_NAME = re.compile(
    rf"^\s*(?:\||·|•|,|\s[—–-]\s)\s*(?:\d|(?:{WEEKDAY_RE}|{MONTH_RE})\b|{_OFFICE})", re.I
)
_OFFICE_RE = re.compile(_OFFICE, re.I)
# a reporter's byline, no author's post: "By X", "X and Y", "Kyiv Independent Staff", "X,
# Reporter" (not "Ukraine's General Staff": a body)
_BYLINE = re.compile(
    r"^by\s|\b(?<!general\s)staff\b|\b(?:reporters?|correspondents?|writers?|editors?|"
    r"contributors?|columnists?|journalists?)\b",
    re.I,
)
# a body's own word in its name beyond an official's (``attribution.official``): "Sumy Regional
# Blood Centre", "Air Force of Ukraine", "FC Kryvbas"
_BODY = re.compile(
    r"\b(?:cent(?:re|er)|forces?|army|navy|guard|department|agency|authority|committee|"
    r"government|FC|club|directorate|inspectorate|region|oblast)\b",
    re.I,
)
# the post's own voice below a name and a date alone: entries headed by a place ("Rylsk. A drone
# hit ..."), the author speaking to the readers ("Dear residents", "our region") or as a side
# ("The enemy struck ...")
_OWN_VOICE = re.compile(
    r"\b(?:we|our|us|my|dear|friends)\b|\bI\b|(?i:\bthe\s+(?:enemy|occupiers)\b)"
)
_FIRST_LINE = re.compile(r"[^\s][^\n]*")
# a post's date or clock alone on the line under its author's name ("12 March, 10:58")
_STAMP_LINE = re.compile(
    rf"[ \t]*\n[ \t]*((?:\d{{1,2}}(?:\s+(?:{MONTH_RE})\b|[.:/]\d)|(?:{WEEKDAY_RE}|{MONTH_RE})\b)"
    r"[^\n]{0,40})[ \t]*(?=\n)",
    re.I,
)
_PLACE_HEAD = re.compile(r"\W{0,3}([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*[.:](?:\s|$)")


def _name(line: str) -> tuple[str, str] | None:
    """The author a header line names before its date, office or channel, and the rest of the
    line, else None."""
    if not line or len(line) > _LINE_CHARS or line[0] in "[(" or line.endswith((".", "?", "!")):
        return None
    cut = _NAME_END.search(line)
    part, rest = (line[: cut.start()], line[cut.start() :]) if cut else (line, "")
    if _BYLINE.search(part):
        return None  # a reporter's byline: "By X, 20 December", "Kyiv Independent Staff"
    part = _KIND_BEFORE.sub("", part.strip()).strip()
    words = re.sub('["“”]', "", _KIND_TAIL.sub("", part)).split()
    if not words or len(words) > _NAME_WORDS or re.search(r"\d", part.replace("No. ", "")):
        return None
    if any(not (w[:1].isupper() or w.lower() in _JOINS) for w in words):
        return None  # a headline in sentence case: "Drones hit a depot in Sumy"
    if len(words) < 2 or _MASTHEAD.search(part):
        return None  # a place or a section ("Kharkiv", "BOOKS"), an outlet ("Sumy Today")
    if (
        triggers_in(part)
        or CLAIM_VERB.search(part)
        or NEWS_OUTLET.search(part)
        or independent(part)
    ):
        return None
    return re.sub('["“”]', "", part).strip(), rest


def _own_post(line: str, found: tuple[str, str], body: str) -> bool:
    """Whether a header line with a name is a post's, not a reporter's byline: it names an office
    or a channel, or a body ("... Ministry of Defence, 2 November"), or a statement's kind; else
    (a person's name and a date alone, or names joined by "and") the post below speaks in its
    author's own voice or opens on a place heading its entries."""
    name, rest = found
    if _OFFICE_RE.search(rest) or _KIND_BEFORE.match(line) or _KIND_TAIL.search(name):
        return True
    if official(name) or _BODY.search(name):
        return True
    if re.search(r"\sand\s|\s&\s", name):
        return False  # "Tom Balmforth and Max Hunder, 20 December"
    opening = next((b.strip() for b in body.splitlines() if b.strip()), "")
    head = _PLACE_HEAD.match(opening)
    return bool(_OWN_VOICE.search(opening) or (head and not triggers_in(head.group(1))))


def post_author(text: str) -> str | None:
    """The author a post's first line names before its date, clock, office or channel."""
    line = _FIRST_LINE.search(text)  # (not every line of the report split to find it)
    first = line.group(0).strip() if line else ""
    found = _name(first)
    after = text.find(first) + len(first)
    if found is not None and not found[1] and (stamp := _STAMP_LINE.match(text, after)):
        # the name alone, its post's date or clock on the next line: "Ivan Fedorov\n12 March"
        found, after = (found[0], ", " + stamp.group(1)), stamp.end()
    if found is None or not _AFTER_NAME.match(found[1]):
        return None
    if not _own_post(first, found, text[after : after + _LINE_CHARS * 4]):
        return None
    return None if _NEWSROOM.search(text, after) else found[0]
