"""A formal document's frame: the parts of a letter, a note, a notice, an act or minutes that
name places and attacks without telling an event.

- the addressee's and the contacts' fields ("To: Head of the Office ... / Kyiv", "Cc:", "Attn:",
  "Contact: duty officer, 7 Pryvokzalna Street, Izmail", "Enquiries", "Media contact:") with the
  lines that continue them up to a blank line or the next field: addresses, not events;
- a minutes' agenda ("AGENDA" or "Agenda:" and its items up to a blank line): the items restate
  what the minutes then tell, in the body, item by item;
- the letterhead: a side's state organ named on the document's first line by its country ("UKRAINIAN
  SEA PORTS AUTHORITY", "State Environmental Inspectorate of Ukraine") issues the whole document,
  its claim (:func:`letterhead_body`), as the side's bodies :mod:`geo.extract.issuer` knows by
  name do;
- a letter's or a note's opening formula ("presents its compliments to the Delegation in Kyiv",
  "has the honour to", "I am writing to bring to your attention the attacks"): it announces the
  list of events that follows and is none itself.

Place names inside those parts are no event's place (:func:`outside_frame`); the issuer, the
date line and the headings are read where they already are (:mod:`geo.extract.issuer`,
:mod:`geo.extract.publication`, :mod:`geo.extract.blocks`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.attribution import independent
from geo.extract.pattern_cues import cued

if TYPE_CHECKING:
    from geo.extract.place_hits import PlaceHit

__all__ = [
    "field_line",
    "frame_spans",
    "letterhead_body",
    "outside_frame",
    "sender_field",
]

# a field that addresses the document or tells how to reach its issuer: a colon after a short
# name, or a contacts' heading alone on its line ("Enquiries", "Media contact")
_ADDRESS_FIELD = re.compile(
    r"^[ \t]*(?:(?:to|cc|bcc|attn\.?|attention|addressee|for the attention of|copy to|"
    r"address(?:ed to)?|registered office|tel\.?|phone|fax|e-?mail)[ \t]*:|"
    r"(?:contacts?|enquiries|inquiries|media contacts?|press contacts?|media enquiries)"
    r"[ \t]*(?::|$))",
    re.I | re.M,
)
# any other field of a header: "Re:", "From:", "Subject:", "Date of notice:" (ends a field's run)
_ANY_FIELD = re.compile(r"^[ \t]*[A-Z][\w .'’-]{0,30}:", re.M)
_AGENDA = re.compile(
    r"^[ \t]*(?:agenda|order of business|items? on the agenda)[ \t]*:?[ \t]*$", re.I | re.M
)
# a note's or a letter's opening formula, to the end of its sentence
_FORMULA = re.compile(
    r"\b(?:(?:presents|sends) its compliments|has the honou?r to|I have the honou?r to|"
    # (not a writer's own whereabouts: "I am writing to you from the fourth floor in X")
    r"(?:(?:I am|we are) writing|I write|we write)\s+to\s+(?:you\s+)?(?:inform|bring|draw|notify|"
    r"report|advise|alert))\b[^.\n]*",
    re.I,
)


# a memo's, a letter's or a notice's header field by its label ("To: Country Director, Kyiv",
# "Subject: ...", "Ref. No.: 01-27/4418", "Classification: ...", "From: Logistics team")
_FIELD_LABEL = re.compile(
    r"[ \t]*(?P<label>to|from|cc|bcc|attn|date|subject|re|ref(?:erence)?|our ref|your ref|"
    r"classification|distribution|copy|memo)\.?(?:[ \t]+no\.?)?[ \t]*:[ \t]*",
    re.I,
)


def field_line(line: str) -> bool:
    """Whether a header line is one of a memo's or a letter's fields ("To: ...", "Re: ...")."""
    return _FIELD_LABEL.match(line) is not None


def sender_field(line: str) -> str | None:
    """The sender a header's field names: the value of a "From:" field ("From: People & Care
    team" -> "People & Care team"); None for any other line, and "" for another field, whose
    label and value name no issuer ("To: Country Director")."""
    m = _FIELD_LABEL.match(line)
    if m is None:
        return None
    return line[m.end() :].strip() if m.group("label").lower() == "from" else ""


def _run_end(text: str, start: int, fields_end: bool) -> int:
    """Where the run of lines from ``start`` ends: at a blank line, or (``fields_end``) at the
    next line that opens a field of its own."""
    pos = text.find("\n", start)
    while pos != -1:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1 : nxt if nxt != -1 else len(text)]
        if not line.strip() or (fields_end and _ANY_FIELD.match(line)):
            return pos
        pos = nxt
    return len(text)


def frame_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that belong to its frame and tell no event (module doc)."""
    spans = [(m.start(), _run_end(text, m.start(), True)) for m in _ADDRESS_FIELD.finditer(text)]
    spans += [(m.start(), _run_end(text, m.end(), False)) for m in _AGENDA.finditer(text)]
    spans += [(m.start(), m.end()) for m in _FORMULA.finditer(text)]
    return spans


def outside_frame(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The place hits that lie outside the frame's addresses, agenda and formulas."""
    spans = frame_spans(text)
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


# a state organ by its kind, named with a side's country on a letterhead
_ORGAN = re.compile(
    r"\b(?:Authority|Inspectorate|Agency|Service|Administration|Ministry|Committee|Department|"
    r"Command|Office|Council|Guard)\b",
    re.I,
)
_SIDE_COUNTRY = re.compile(
    r"^(?:Ukrainian|Russian|State)\b|\bof\s+(?:Ukraine|the\s+Russian\s+Federation|Russia)$", re.I
)
_LETTERHEAD_WORDS = 10
_NAME_JOINS = {"of", "the", "and", "for", "on", "in"}


# what parts a letterhead's name from what follows it ("... of Ukraine — update", "X | notice"),
# and a gloss in brackets ("(SNRIU)")
_AFTER_NAME = re.compile(r"\s+[|\u2013\u2014-]+\s.*$|[:,;].*$")
_GLOSS = re.compile(r"\([^()]*\)")


def _name_part(line: str) -> str:
    """The words of a letterhead's name: before a dash, a bar or a colon, less its glosses."""
    return _GLOSS.sub(" ", _AFTER_NAME.sub("", line))


def letterhead_body(text: str) -> str | None:
    """The side's state organ the document's first line names (module doc), else None."""
    line = next((x.strip() for x in text.splitlines()[:3] if x.strip()), "")
    if (
        len(line) > 120
        or len(line.split()) > _LETTERHEAD_WORDS
        or line.endswith((".", "!", "?", ":"))
        or not (_ORGAN.search(line) and _SIDE_COUNTRY.search(line))
        or any(not (w[:1].isupper() or w in _NAME_JOINS) for w in _name_part(line).split())
        or independent(line)
    ):  # (a name, each word capitalised: not a headline "Russian missile hits X administration")
        return None
    return " ".join(_name_part(line).split())


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_FORMULA = cued(_FORMULA)
