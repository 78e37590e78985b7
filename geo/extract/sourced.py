"""A record sourced to a body by its form, with no verb of saying: a log's or a list's line
that cites its source in brackets at its end ("... two injured (Kharkiv RMA).", "(source:
Zaporizhzhia OVA)"), a dash or a comma before "per" ("... wounding three — per the city
council"), a line "Source: ..." or "Via: ..." closing the post, and a digest's posts each under
the name of the body that posted it ("Kharkiv RMA:" above its quoted post). A side's body so
named claims the record; an independent one (the UN, OCHA, HRMMU) bears it out.
"""

from __future__ import annotations

import re

from geo.extract.attribution import claimant_in, independent
from geo.extract.body_record import recorded_by
from geo.extract.declared_source import declared_who
from geo.extract.document_voice import post_author
from geo.extract.draft import Draft
from geo.extract.issuer import HEADER_CHARS, side_author, side_body, speaks_for_itself
from geo.extract.letter_close import letter_signer
from geo.extract.native_channel import native_channel
from geo.extract.other_sayings import inverted_speaker, quoted_speaker, voiced_by
from geo.extract.own_notice import own_notice
from geo.extract.pattern_cues import cued
from geo.extract.post_opening import opened_by
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.shells import letterhead_body
from geo.extract.signature import signed_author, signing_body
from geo.extract.wording import words

_WHO = r"(?P<who>[^()\n]{2,80}?)"
# "(Kharkiv RMA)", "(source: Zaporizhzhia OVA)", "(via the city council)", "(per police)" at the
# end of a sentence or a line
_MARK = (
    r"(?:sources?|data|info(?:rmation)?)\s*:\s*|(?:via|per|according\s+to)\s+"
    r"|(?:data|info(?:rmation)?)\s+(?:of|from)\s+"  # "(information of the mayor X)"
    # "(as established by the regional prosecutor's office)" under a timeline's title
    r"|(?:as\s+)?(?:established|compiled|reported|provided)\s+by\s+"
)
_BRACKET = re.compile(rf"\(\s*(?P<mark>{_MARK})?{_WHO}\s*\)\s*[.;]?\s*$", re.I)
# ... or anywhere with its mark: "Two people were injured (per the RMA) after shelling"
_MARKED_BRACKET = re.compile(rf"\(\s*(?:{_MARK}){_WHO}\s*\)", re.I)
# ... or a body's name alone between clauses: "Two people were injured (Kharkiv RMA), and ...",
# "a guided bomb hit a school (regional military administration) and a teacher was wounded"
_BARE_BRACKET = re.compile(rf"\(\s*{_WHO}\s*\)\s*(?:[,;]|(?:and|but|while|as)\s)")
# "The information was provided by the Kherson RMA.", "figures published by the council"
# (what was given is the information, not aid "provided by the city council")
GIVEN = (
    r"(?:this|that|it|(?:the\s+)?(?:information|figures?|data|details|toll|numbers|news))\s+"
    r"(?:was|were|is|are|ha(?:s|ve)\s+been)\s+"
    r"(?:provided|published|posted|shared|released|given|issued|supplied)"
)
_GIVEN_BY = re.compile(rf"\b{GIVEN}\s+by\s+(?P<who>[^,.;:()\n]{{2,80}}?)\s*(?:[,.;]|$)", re.I)
# "... — per the city council.", "..., per the regional administration.", "Per the police, ...",
# with no comma ("two hurt per the district administration"), "as per X" ("As per regional
# administration 3 persons injured"), closing a bracket ("(..., per Kharkiv RMA)")
_PER = re.compile(
    r"(?:(?:^\W*|[,;]\s*|\s[—–-]+\s*|\bas\s+|(?<=[a-z])\s)per|\s[—–-]+\s*(?:via|source:))\s+"
    r"(?P<who>[^,.;:()\n]{2,80}?)\s*(?:[,.;)]|$|(?=\d+\s))",
    re.I,
)
# a time or a date after the body, "(Kharkiv RMA, 08:15)": when, not who
_WHEN_AFTER = re.compile(r"\s*,\s*(?:\d|on\s|at\s).*$", re.I)
# what follows a body's name but names no one: "Sumy OVA Telegram", "... (Telegram channel)"
_MEDIUM_AFTER = re.compile(
    r"\s*(?:[|,]\s*)?(?:(?:official\s+)?(?:Telegram|Facebook|website|channel|page|account|post)\b\s*)+$",
    re.I,
)
_THE = re.compile(r"^(?:the|a|an)\s+", re.I)


# officials named by office alone: "(police)", "per local authorities", "— via the governor"
_OFFICIALS = words(
    r"police|officials|authorities|governor|mayor|rescuers|prosecutors?",
    r"(?:regional|city|district|oblast|province|provincial)\s+(?:head|chief)",  # "— regional head Lysak"
    r"(?-i:MoD)",  # "per Ukrainian MoD"
)
# an official by his surname alone after a dash or in a bracket closing the line ("... 3 injured
# (Terekhov)", "— Tkachenko"): one word of a Ukrainian or Russian surname's ending
_SURNAME = re.compile(
    r"^[A-Z][a-z]{2,}(?:enko|chko|shko|chuk|yuk|ov|ova|ev|eva|skyi|sky|skiy|ych)$"
)


def _body(who: str, marked: bool = True) -> str | None:
    """``who`` as a source: a side's body or an official, or an independent one; None when it
    names neither (a place, a photographer, an outlet, "20 per cent"). Unmarked (a bare
    bracket), a body that speaks only for what it runs ("(the port)") names a place."""
    who = who.strip() if "(" in who else who.strip().rstrip(")")  # "(According to X)"
    who = _MEDIUM_AFTER.sub("", _WHEN_AFTER.sub("", who)).strip(" ,:;")
    name = _THE.sub("", who)
    name = name[:1].upper() + name[1:]
    if not name or len(name.split()) > 8 or ":" in name:  # "(photo: Anna Smith)"
        return None
    side = speaks_for_itself(name) and (marked or (side_body(name) and name_only(name)))
    if independent(name) or side or (_OFFICIALS.search(name) and len(name.split()) <= 4):
        return name
    if not marked and _SURNAME.match(name):
        return name
    return None


def source_body(who: str) -> str | None:
    """``who`` named with no mark of a source (after a dash, alone in brackets): a side's body
    by its name alone, or an official; None otherwise."""
    return _body(who, False)


# The lower-case words a body's name may hold ("Kherson city military administration", "DSNS of
# Ukraine in Odesa region"); a headline naming a body as what was hit holds others ("Drone
# strike on Kharkiv administration building")
_NAME_WORDS = frozenset(
    "of the in for and region oblast city district town village regional military civil state "
    "administration council service police office headquarters press department emergency "
    "national municipal settlement hromada community operational head main directorate".split()
)


def name_only(name: str) -> bool:
    """Whether ``name`` is a body's name and no more: its words capitalised or of a name."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_WORDS for w in name.split())


# "Kharkiv RMA: a guided bomb hit a shop ...": a digest's item opening with its body's name; or
# its official's, where he posted it ("Governor X, in a post on Telegram: a drone hit ...")
_NAME_COLON = re.compile(r"^\W*(?P<who>[A-Z][^:.;,\n]{1,60}?)\s*(?::|\s[—–-])\s+\S")
_POSTED_COLON = re.compile(
    r"^\W*(?P<who>[A-Z][^:.;,\n]{1,80}?),\s*(?:(?:in|on)\s+(?:an?|his|her|its|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:post|statement|message|update|video|address|Telegram|Facebook)"
    r"(?:\s+on\s+(?:Telegram|Facebook|X))?\s*:\s+\S"
)


# a body's kind just before a bracket, which glosses it: "the grid operator (Ukrenergo)"
_GLOSSED = re.compile(
    r"\b(?:administration|council|service|staff|police|ministry|operator|company|utility|agency|"
    r"department|office|command|forces|guard|army|navy|headquarters|governor|mayor|railways?)\s*$",
    re.I,
)


# "Eighteen dead and 78 injured: the figures from the State Emergency Service", "data from the
# regional police", "the toll comes from the city council"
_FIGURES_FROM = re.compile(
    r"\b(?:figures?|data|numbers|toll|count|tally)\s+(?:(?:come|comes|came)\s+)?from\s+"
    r"(?P<who>[^,.;:()\n]{2,80}?)\s*(?:[,.;]|$)",
    re.I,
)
_FORMS = (
    (_MARKED_BRACKET, ("(",)),
    (_PER, ("per ", "via", "source:")),
    (_GIVEN_BY, (" by ",)),
    (_FIGURES_FROM, (" from ",)),
)


def sourced_to(text: str) -> str | None:
    """Who a sentence's record is sourced to by its form: a bracket at its end (or a body's name
    alone in one between clauses), "per X", "the information was provided by X", a body's name
    before a colon or a dash opening it."""
    m = _BRACKET.search(text) or _BARE_BRACKET.search(text)
    marked = bool(m and m.groupdict().get("mark"))
    who = _body(m.group("who"), marked) if m else None
    if m and who and not marked and _GLOSSED.search(text, max(0, m.start() - 60), m.start()):
        who = None  # a body's abbreviation after its name: "hit the regional administration (ODA)"
    lower = text.lower()  # (each form asked only where its word stands: a quick look first)
    for form, marks in _FORMS:
        if who is None and any(w in lower for w in marks):
            m = form.search(text)
            who = _body(m.group("who")) if m else None
    if who is None and (m := _NAME_COLON.match(text)):
        who = _body(m.group("who"), False)  # (a side's: "Geolocated: 48.35, 37.20" names none)
        who = None if independent(who) else who
    if who is None and (m := _POSTED_COLON.match(text)):
        who = _body(m.group("who"))  # (where it was posted marks him as its source)
    return who


def claimant_of(text: str) -> str | None:
    """Who a sentence attributes its content to: by a verb ("X said", "according to X",
    :func:`~geo.extract.attribution.claimant_in`), else by its form (:func:`sourced_to`), else
    as the subject of a verb of recording (:func:`~geo.extract.body_record.recorded_by`), else by
    another verb of saying or a phrase naming whose words they are
    (:func:`~geo.extract.other_sayings.voiced_by`)."""
    return (
        inverted_speaker(text)
        or claimant_in(text)
        or sourced_to(text)
        or recorded_by(text)
        or voiced_by(text)
        or quoted_speaker(text)
    )


# A line closing the post that names its source: "Source: Kherson Regional Military
# Administration", "Via: Sumy OVA Telegram", "Sources - the regional administration"
_SOURCE_LINE = re.compile(
    r"^\W*(?:(?:sources?|via|data|information)\s*(?::|[—–-])|sources?\s+(?:is|are)\s+|"
    r"(?:posted|published)\s+by:?|"
    # "Information from the Dnipropetrovsk RMA.", "This is reported by the city council."
    r"(?:information|data|figures)\s+(?:from|of)|(?:this\s+(?:is|was)\s+|as\s+)?reported\s+by|"
    r"according\s+to)\s*"
    r"(?P<who>.+)$",
    re.I,
)
_CLOSING_WORDS = 14


def _closing_source(text: str) -> str | None:
    """The side's body a post's last line names as its source ("Source: X", "Via: X")."""
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    who = source_line(last)
    return who if who and "," not in who else None


def source_line(line: str) -> str | None:
    """The side's body a short line names as its source ("Source: X", "Figures from X")."""
    line = line.strip()
    m = _SOURCE_LINE.match(line) if len(line) <= HEADER_CHARS else None
    if m is None:
        return None
    # (the words up to the source's clause: a remark after it is the publisher's)
    who = declared_who(m.group("who"))
    if not who or len(line[: m.start("who")].split()) + len(who.split()) > _CLOSING_WORDS:
        return None
    found = _body(who.rstrip("."))
    return found if found and not independent(found) else None


# A header's noise around the body's name: an e-mail's address, a channel's badge, "Forwarded
# from", "From:", a document's kind after a dash ("Sumy oblast administration - morning summary")
_ADDRESS = re.compile(r"\s*<[^<>]*>|\s*\S+@\S+")
_BEFORE_NAME = re.compile(
    r"^\W*(?:(?:(?:forwarded|reposted|shared)\s+(?:message\s+)?from|repost\s+from|from|subject|"
    r"re|fwd?|sources?|via|(?:posted|published)\s+by|according\s+to)\b\s*:?\s*)?",
    re.I,
)
_AFTER_NAME = re.compile(r"(?:\s+[—–-]+\s+|\s*:\s+)(?P<rest>.*)$")
_BADGE = re.compile(r"[^\w)’'.]+$")


# "Kharkiv RMA / Telegram / 3 June", "Summary of the Kharkiv RMA for 3 June": its day, not who
_PARTS = re.compile(
    r"\s+[/|]\s+|:\s+|(?<=[a-z]{3})\.\s+(?=[A-Z])"
)  # "Ministry of X. Update on ..."
_FOR_DAY = re.compile(
    rf"\s+(?:for|as\s+of|on)\s+(?:\d|(?:{MONTH_RE})\b|(?:{WEEKDAY_RE})\b).*$", re.I
)


def _clean(author: str) -> str:
    """The body's name in a header that gives it with an e-mail's, a channel's or a title's
    noise ("Odesa City Military Administration ✅", "Kharkiv RMA: drones downed overnight")."""
    name = _BADGE.sub("", _BEFORE_NAME.sub("", _ADDRESS.sub("", author))).strip()
    name = name[:-1] if re.search(r"[a-z]{3}\.$", name) else name  # "Ukrenergo."
    name = next((p for p in _PARTS.split(name) if speaks_for_itself(p)), name)
    m = _AFTER_NAME.search(name)
    if m and speaks_for_itself(name[: m.start()].strip()):
        name = name[: m.start()].strip()
    return _FOR_DAY.sub("", name) or author


# A translator's note before a header's source line: "Translated from Russian. Source: ...",
# "[Unofficial translation from Ukrainian] Source: ..." (verif32)
_TRANSLATED = re.compile(
    r"^\W*(?:unofficial\s+|machine\s+)?translat(?:ed|ion)\s+(?:from|of)\s+[A-Za-z]+\W*(?=\w|$)",
    re.I,
)
# "press service of the Governor of X": the governor's word
_PRESS_SERVICE = re.compile(r"^(?:the\s+)?press\s+(?:service|office)\s+of\s+(?:the\s+)?", re.I)
_SOURCE_LABEL = re.compile(r"^\W*(?:sources?|via)\s*(?::|[—–-])\s*\w", re.I)


def _header_bracket(text: str) -> str | None:
    """A side's body a first line names in brackets at its end ("Situation in the region as of
    08:00 (Kharkiv RMA)")."""
    for line in (_TRANSLATED.sub("", x.strip()) for x in text.splitlines()[:3]):
        # (a title, not a sentence: "A missile hit the regional administration (ODA).")
        short = len(line) <= HEADER_CHARS and not line.endswith(".")
        # (a source line may close on its full stop: "Source: press service of the Governor.")
        labelled = len(line) <= HEADER_CHARS and bool(_SOURCE_LABEL.match(line))
        if (short or labelled) and (m := _SOURCE_LINE.match(line)):  # "Posted by: Kharkiv RMA"
            who = _body(_PRESS_SERVICE.sub("", m.group("who").rstrip(".")))
        else:
            m = _BRACKET.search(line) if short else None
            who = _body(m.group("who"), bool(m.group("mark"))) if m else None
            who = None if m and _GLOSSED.search(line, 0, m.start()) else who
        if who and not independent(who):
            return who
    return None


def issued_by(text: str) -> str | None:
    """Who issued the report: an official signing it, a side's body its header or its closing
    mark names, its last line as the source ("Source: X"), or its opening in the forms of
    :func:`~geo.extract.post_opening.opened_by`, or a channel's name in Cyrillic heading it
    (:func:`~geo.extract.native_channel.native_channel`)."""
    author = signed_author(text) or side_author(text) or signing_body(text)
    if author and not speaks_for_itself(_clean(author)):  # a title, its body in brackets
        author = _header_bracket(text) or author
    author = author or _header_bracket(text)
    return (
        _clean(author)
        if author
        else _closing_source(text)
        or opened_by(text)
        or own_notice(text)
        or letter_signer(text)  # "With respect," over the signer of a letter on its own harm
        or native_channel(text)
        or letterhead_body(text)  # "UKRAINIAN SEA PORTS AUTHORITY" above its notice
        or post_author(text)  # "Vyacheslav Gladkov, 20 December" above his post
    )


# A line that is a body's name alone ("Kharkiv RMA:", "Zaporizhzhia Regional Military
# Administration") heads that body's post in a digest
# (behind a messenger's mark: "↪️ Forwarded from Kharkiv RMA")
_NAME_LINE = re.compile(
    r"[ \t]*(?:[^\w\s]{1,4}[ \t]*)?(?P<name>[A-Z][^.!?:\n\"“]{2,80}?)[ \t]*:?[ \t]*"
)
# ... and so no longer than this: a line of a few words and a long run of spaces, matched from
# its start, retried the run from each length of the name (8,000 spaces 8 s)
_NAME_LINE_CHARS = 120
_BLANK = re.compile(r"\S\s*?\n[ \t]*\n")


def body_sections(text: str) -> list[tuple[int, int, str]]:
    """The stretches (start, end, body) of a digest that a body's name line heads, each to the
    next such line or the end of the paragraph below it."""
    heads = []
    start = 0
    for line in text.split("\n"):
        m = _NAME_LINE.fullmatch(line) if len(line) <= _NAME_LINE_CHARS else None
        name = _clean(m.group("name").strip()) if m is not None else ""
        if (
            m is not None
            and len(name.split()) <= 8
            and speaks_for_itself(m.group("name").strip())
            and name_only(name)
        ):
            heads.append((start, start + len(line), name))
        start += len(line) + 1
    if not heads:
        return []
    sections = []
    for k, (_, end, body) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        blank = _BLANK.search(text, end, stop)
        if text[end:stop].strip():  # (not a signature closing the text: "Head of the ... Name")
            sections.append((end, blank.end() if blank else stop, body))
    return sections


# A source line inside the text: "Source — regional police.", "Sources: Kharkiv RMA" (after a
# sentence's mark a blank must follow, looked ahead and then read once: "[ \t]+[ \t]*" tried
# every split of a long run of spaces, 20,000 spaces after a full stop 23 s)
_SOURCE_IN = re.compile(
    r"(?:^|(?<=[.!?])(?=[ \t]))[ \t]*(?:sources?|via)\s*(?::|[—–-])\s*(?P<who>[^.\n]{2,80})\.?[ \t]*$",
    re.I | re.M,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _open(d: Draft) -> bool:
    return not (d.claimed_by or d.hedged or d.confirmed)


def claim_sections(drafts: list[Draft], text: str, author: str | None) -> None:
    """The events told under a body's name line, or before a source line in their paragraph
    ("... two officers were hurt. Source — regional police."), with no speaker of their own
    (or only the report's issuer, ``author``: a digest's first body), are that body's claim."""
    for start, end, body in body_sections(text):
        if author and author in text[text.rfind("\n", 0, start) + 1 : start]:
            continue  # the issuer's own header line
        for d in drafts:
            mine = _open(d) or (d.claimed_by == author and not (d.hedged or d.confirmed))
            if start <= d.sentence.start < end and mine:
                d.claimed_by, d.attributed = body, True
    since = 0
    for m in _SOURCE_IN.finditer(text):
        para = max((p.end() for p in _PARAGRAPH.finditer(text, 0, m.start())), default=0)
        who = _body(m.group("who"))
        for d in drafts if who and not independent(who) else []:
            if max(para, since) <= d.sentence.start < m.start() and _open(d):
                d.claimed_by, d.attributed = who, True
        since = m.end()


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_SOURCE_IN = cued(_SOURCE_IN)
