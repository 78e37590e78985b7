"""A side's body named after a dash that closes a sentence or a line, with no verb of saying: a
regional news feed's item ("Drones hit a grain terminal in Reni; one worker was hurt. — Odesa
regional administration"), a wire's item closed by its source ("..., damaging a hospital —
Donetsk regional administration."). The events its paragraph told before the mark (since the
mark before it) are that body's claim, as a post signed by it on its last line is
(`geo.extract.signature.signing_body`) and a line "Source — X" is (`geo.extract.sourced`).

Only a body's name signs (a side's body or an official, :func:`geo.extract.sourced.name_only`):
"— Kharkiv, 3 June", "— reporting by Anna Bell" and a place after a dash sign nothing.
"""

from __future__ import annotations

import re

from geo.extract.attribution import independent
from geo.extract.draft import Draft
from geo.extract.introduced_blocks import claim_introduced
from geo.extract.sourced import claim_sections, source_body

# "... one worker was hurt. — Odesa regional administration", "... hospital — Donetsk RMA."; a
# hyphen only after a sentence's end ("... wounded. - Sumy OVA"); the name alone to the line's end
MARK = re.compile(
    r"(?:(?<=[.!?])[ \t]*[—–-]{1,2}|(?:^|[ \t])[—–]{1,2})[ \t]*"
    # ... to the line's end, or to the end of its sentence ("— governor. Power cuts in ...")
    r"(?P<who>[A-Za-z][^.!?\n—–:;,()\"“”]{2,80}?)[ \t]*(?:\.?[ \t]*$|\.(?=[ \t]+[A-Z]))",
    re.M,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def marked_body(line_end: str) -> str | None:
    """The side's body a dash names at the end of ``line_end`` (a sentence or a line), if any."""
    m = MARK.search(line_end)
    who = source_body(m.group("who")) if m else None
    return who if who and not independent(who) else None


def claim_closing_marks(drafts: list[Draft], text: str) -> None:
    """The events with no speaker of their own told in a paragraph before a body's closing mark
    (and after the mark before it) are that body's claim."""
    if "—" not in text and "–" not in text and " - " not in text:
        return  # (a quick look first)
    since = 0
    for m in MARK.finditer(text):
        who = source_body(m.group("who"))
        if not who or independent(who):
            continue
        para = max((p.end() for p in _PARAGRAPH.finditer(text, 0, m.start())), default=0)
        for d in drafts:
            mine = not (d.claimed_by or d.hedged or d.confirmed)
            if mine and max(para, since) <= d.sentence.start < m.start():
                d.claimed_by, d.attributed = who, True
        since = m.end()


# a wire's headline closed by who says so: "Drone attack damages port in Izmail - officials",
# "Missile kills three in Dnipro — governor"
_TITLE_SPEAKER = re.compile(r"\s[—–-]{1,2}\s*+(?P<who>[^—–|:.!?\n]{2,60}?)$")  # (line rstripped)


def claim_title_speaker(drafts: list[Draft], text: str) -> None:
    """The events with no speaker of their own in the first paragraph under a headline closed
    by a side's speaker after a dash are that speaker's claim."""
    first = text.lstrip("\n").split("\n", 1)[0]
    m = _TITLE_SPEAKER.search(first.rstrip())
    who = source_body(m.group("who")) if m else None
    if not who or independent(who):
        return
    title_end = text.find(first) + len(first)
    body = re.search(r"\S", text[title_end:])
    start = title_end + body.start() if body else len(text)
    stop = _PARAGRAPH.search(text, start)
    for d in drafts:
        mine = not (d.claimed_by or d.hedged or d.confirmed)
        if mine and start <= d.sentence.start < (stop.start() if stop else len(text)):
            d.claimed_by, d.attributed = who, True


def claim_by_form(drafts: list[Draft], text: str, author: str | None) -> None:
    """The events a body's or an official's word covers by the report's form, with no verb of
    saying: a digest's posts under each body's name line and before a source line
    (:func:`~geo.extract.sourced.claim_sections`, ``author`` the report's issuer), a paragraph
    before a body's closing mark, a headline's speaker's first paragraph, the block under a line
    introducing an official's word (:func:`~geo.extract.introduced_blocks.claim_introduced`)."""
    claim_sections(drafts, text, author)
    claim_closing_marks(drafts, text)
    claim_title_speaker(drafts, text)
    claim_introduced(drafts, text)
