"""Records told as cards: an incident card, a register's entry, a blotter's entry, a form, each
event a few "Key: value" lines ("Location: Kupiansk", "Time: 04:10", "Means: guided bomb",
"Casualties: 2 injured"), cards parted by blank lines or rules. One card is one record: its
place field says where, its means or incident field what, its day field when, its casualty
fields the figures.

``flatten_cards`` rewrites each card in place as one line, its line breaks made bars (the text
keeps its length: every offset still points into the report), so that the card is one sentence
and the row reader (``row_events``) reads its fields as the cells of a row; ``card_fields``
gives that reader the fields by their keys' kinds, the keys read as a table's headers
(``table_headers.column_kind``). A run of fields with no place field and no field of means or figures
(a letter's "From:/To:/Subject:", a contact card, an equipment sheet, a schedule) is no card."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.extract.cell_figures import FIGURE_KEY
from geo.extract.sentences import MAX_SENTENCE, Sentence, line_bounds
from geo.extract.table_cells import Cell
from geo.extract.table_headers import column_kind
from geo.extract.wording import words

# a key is short and title-like ("Date of loss", "Cause of damage"); a subject and its verb
# before the colon are prose ("The council wrote: the strike on X ...", "Officials said: ..."):
# a key led by an article or a pronoun, or ended by a verb of saying, is no key
_PROSE_KEY_START = (
    r"(?!(?:The|A|An|This|That|These|Those|Our|My|His|Her|Their|He|She|They|We|It)[ \t])"
)
_SAYING = "said says wrote writes added adds told stated announced explained warned posted tweeted"
_PROSE_KEY_END = "".join(rf"(?<![ \t]{verb})" for verb in _SAYING.split())
# a field line: a key of at most five words, a colon, a value ("Date of loss: 03.05.2025")
FIELD = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+)?{_PROSE_KEY_START}"
    r"(?P<key>[A-Z][\w.()/'’-]*(?:[ \t]+[\w.()/'’-]+){0,4}?)"
    rf"{_PROSE_KEY_END}[ \t]*:[ \t]+(?P<value>\S.*)"
)
# keys a table's headers do not name: what hit ("Cause of damage", "Peril"), where ("Address")
_MEANS_KEY = words("cause", "peril", "attack", "munition", "hit by", "description")
_PLACE_KEY = words("address", "site", "scene")
# an area named before a colon is a tally's line, not a key ("Chernihiv region: 24 UAVs")
_NAMED_AREA = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:region|oblast|district|raion|province|area|"
    r"community|hromada|city|town|village|county)"
)
_MEANS = ("weapon", "type")  # a table's column kinds that tell what happened
_FIGURES = ("killed", "injured", "toll")
_FIELDS = 2  # fields a card has at least
_BAR = "|"


@dataclass(slots=True)
class Field:
    """A card's field: its key's kind ("place", "day", "means", "figures", "check", "source" or
    None), the value as a cell, and the whole field as a cell (a figure's key says its fate)."""

    kind: str | None
    value: Cell
    whole: Cell


# a check field's answer: "Verified: yes (team visit)", "Confirmed: no"
_YES = re.compile(r"(?:yes|y|true|confirmed|verified)\b", re.I)
_NO = re.compile(r"(?:no|n|false|not\s+(?:yet\s+)?(?:verified|confirmed|checked))\b", re.I)
_CHECK_KEY = words("verified", "confirmed", "checked", "verification")


def checked(fields: list[Field]) -> bool | None:
    """What a card's check field says of it: True for "Verified: yes", False for "Verified:
    no", None when it has none or says neither."""
    for f in fields:
        if f.kind == "check" and _CHECK_KEY.search(_key(f)):
            if _YES.match(f.value.text):
                return True
            if _NO.match(f.value.text):
                return False
    return None


def field_kind(key: str) -> str | None:
    """What a field holds by its key, read as a table's header ("Loss location" a place, "Date
    of incident" a day, "Means" what hit), with the keys of cards tables lack ("Peril",
    "Address", "Victims", "Bodily injury", "Personnel")."""
    if _NAMED_AREA.fullmatch(key):
        return None
    kind = column_kind(key)
    if kind in _MEANS:
        return "means"
    if kind in _FIGURES or (kind is None and FIGURE_KEY.search(key)):
        return "figures"
    if kind is None and _MEANS_KEY.search(key):
        return "means"
    if kind is None and _PLACE_KEY.search(key):
        return "place"
    return kind


def is_card(keys: list[str]) -> bool:
    """Whether fields of these keys are a card of an event: a place field, and a field of means
    or of figures."""
    return _card_kinds([field_kind(k) for k in keys])


def _card_kinds(kinds: list[str | None]) -> bool:
    found = set(kinds)
    return len(kinds) >= _FIELDS and "place" in found and bool({"means", "figures"} & found)


def flatten_cards(text: str) -> str:
    """``text`` with each card on one line, its line breaks made bars (the same length). A run
    of field lines is a card from its first line, or from the line after its last one holding a
    bar (a card holds none); each key is read once (a long run of "Speaker: words" lines that is
    no card was read again from each of its lines: quadratic)."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    keys = [m.group("key") if (m := FIELD.fullmatch(line)) else None for line in lines]
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and keys[j] is not None:
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        start = max((n + 1 for n in range(i, j) if _BAR in lines[n]), default=i)
        out.extend(lines[i:start])
        kinds = [field_kind(k) for k in keys[start:j] if k is not None]
        out.extend([_BAR.join(lines[start:j])] if _card_kinds(kinds) else lines[start:j])
        i = j
    return "\n".join(out)


def card_fields(line: str, base: int) -> list[Field] | None:
    """The fields of a line that is a flattened card, with their offsets (``base`` is where the
    line starts), or None."""
    if _BAR not in line or ":" not in line or len(line) > MAX_SENTENCE:
        return None  # (a card is no longer than a sentence may be: the readers' patterns assume it)
    out, pos = [], 0
    for part in line.split(_BAR):
        m = FIELD.fullmatch(part)
        if m is None:
            return None
        value = m.group("value").rstrip()
        start = base + pos + m.start("value")
        whole = part.strip()
        out.append(
            Field(
                field_kind(m.group("key")),
                Cell(value, start, start + len(value)),
                Cell(whole, base + pos + part.index(whole), base + pos + len(part.rstrip())),
            )
        )
        pos += len(part) + 1
    return out if is_card([_key(f) for f in out]) else None


def _key(field: Field) -> str:
    return field.whole.text[: field.value.start - field.whole.start].rstrip(" :\t")


def whole_cards(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with those of one flattened card joined into one ("Address: Sobornosti
    St. 14|Incident: ..." is cut after no full stop inside it); each joined sentence is cut from
    the text once, when its card's last sentence is known."""
    spans: list[tuple[int, int, int, Sentence | None]] = []  # start, end, paragraph, as split
    cards: dict[int, bool] = {}  # each line read once
    for s in sentences:
        last = spans[-1] if spans else None
        if last is not None and last[2] == s.paragraph and _card_line(text, s, cards):
            spans[-1] = (last[0], s.end, s.paragraph, None)
            continue
        spans.append((s.start, s.end, s.paragraph, s))
    return [s or Sentence(text[a:b], a, b, p) for a, b, p, s in spans]


def _card_line(text: str, s: Sentence, cards: dict[int, bool]) -> bool:
    if s.paragraph not in cards:
        start, end = line_bounds(text, s.start)
        cards[s.paragraph] = card_fields(text[start:end], start) is not None
    return cards[s.paragraph]
