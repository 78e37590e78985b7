"""Figures told in a cell or a card's field, in the telegraphic words of logs, registers and
forms, where the sentence reader finds none: people named by role and fate ("driver wounded",
"pickup driver killed", "driver and passenger wounded", "woman killed, husband injured"), a
count and a role ("1 electrician injured"), a log's abbreviations ("2 inj", "1 KIA / 3 WIA"),
nobody harmed ("crew safe", "none hurt", "Bodily injury: none reported"), a field whose key
names the fate ("Persons injured at address: 0"; a "-" there is unknown), and an update's
later death ("+1 died in hospital" after "1 killed, 2 injured": one of the injured died).

A cell is short: these forms are read only in a cell of a row or a field of a card, never in
prose, where "driver wounded" may be a headline's subject."""

from __future__ import annotations

import re

from geo.extract.casualties import casualty_figures
from geo.extract.numbers import NUMBER, number
from geo.extract.people import ONE_PERSON
from geo.extract.wording import words

_FATE = r"(?P<fate>killed|dead|died|perished|wounded|injured|hurt|injuries)"
_KILLED = ("killed", "dead", "died", "perished")
# who: a role of one person, a word or two before it ("tractor driver", "night watchman")
_WHO = rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{ONE_PERSON})"
_AGE = r"(?:,?\s*(?:aged\s+)?\d{1,3}(?:\s*y\.?o\.?)?,?)?"
# at a clause's start: "driver wounded", "driver and passenger wounded", "1 electrician injured"
_ROLE_FATE = re.compile(
    rf"(?:^|[,;(]\s*)(?:(?P<n>{NUMBER})\s+)?(?:an?\s+|the\s+|one\s+)?(?P<who>{_WHO})s?{_AGE}"
    rf"(?P<and>\s+and\s+(?:an?\s+|the\s+|his\s+|her\s+)?{_WHO}{_AGE})?"
    rf"\s+(?:(?:was|were|is|are)\s+)?(?:\w+ly\s+)?{_FATE}\b",
    re.I,
)
# a log's shorthand: "2 inj", "3 wnd", "1 KIA", "3 WIA" (not a type's "MiG-31K")
_SHORT = re.compile(r"(?<![\w/-])(?P<n>\d{1,4})\s*(?P<what>inj|injd|wnd|wia|kia)\b\.?(?!/)", re.I)
_SHORT_KILLED = ("kia",)
# nobody harmed in a cell's words: "crew safe", "none hurt", "all unharmed"; a field's bare
# "none" or "nil" under a key of figures ("Victims: none")
_SAFE = (
    r"(?:crew|staff|personnel|people|passengers|residents|workers|employees|everyone|all|family)"
    r"\s+(?:(?:are|were|is|was)\s+)?(?:safe|unharmed|unhurt|uninjured|ok)|"
    r"(?:none|nobody|no\s+one)\s+(?:hurt|injured|wounded|harmed)"
)
_NOBODY = re.compile(rf"(?:{_SAFE})\W*", re.I)
_NOBODY_KEYED = re.compile(
    rf"(?:{_SAFE}|(?:none|nil|nobody|no\s+one|no)(?:\s+(?:reported|known|recorded))?)\W*", re.I
)
# "none killed": none of the dead, nothing said of the hurt
_NONE_KILLED = re.compile(r"(?:none|nobody|no\s+one)\s+(?:killed|dead|died)\W*", re.I)
# a key naming the figure's fate or the people harmed: "Persons injured at address", "Killed",
# "Casualties", "Victims", "Bodily injury", "Personnel", "Losses"
FIGURE_KEY = words(
    "casualt(?:y|ies)",
    "victims?",
    "injur(?:y|ies|ed)",
    "wounded",
    "hurt",
    "killed",
    "dead",
    "deaths?",
    "fatalit(?:y|ies)",
    "personnel",
    "losses",
    "people",
    "toll",
)
_FIELD = re.compile(r"\s*(?P<key>[A-Za-z][\w .()/'’-]{0,40}?)\s*:\s*(?P<value>.*)", re.S)
_UNKNOWN = re.compile(r"\W*|n/?a|unknown|tbc|not\s+known", re.I)
_PLUS_DIED = re.compile(rf"\+\s*(?P<n>{NUMBER})\s+(?:more\s+)?(?:died|dead|killed)\b", re.I)


def cell_figures(cell: str) -> dict[str, int]:
    """Killed and injured a cell tells ("driver wounded": 1 injured; "crew safe": 0 and 0;
    "1 KIA / 3 WIA": 1 and 3); a field's key may name the fate ("Persons killed at address:
    0")."""
    field = _FIELD.fullmatch(cell)
    if field is not None and FIGURE_KEY.search(field.group("key")):
        key, value = field.group("key").lower(), field.group("value").strip()
        fate = "killed" if re.search(r"kill|dead|death|fatal", key) else None
        fate = fate or ("injured" if re.search(r"injured|wound|hurt", key) else None)
        if fate and value.isdigit():
            return {fate: int(value)}
        if fate and _UNKNOWN.fullmatch(value):
            return {}
        if _NOBODY_KEYED.fullmatch(value):
            return {fate: 0} if fate else {"killed": 0, "injured": 0}
        cell = value
    out = casualty_figures(cell)
    for key, n in _told_short(cell).items():
        out.setdefault(key, n)  # "railway worker killed, 2 wounded": the role's too
    return out


def _told_short(cell: str) -> dict[str, int]:
    """The telegraphic figures of a cell the sentence reader found none in."""
    if _NONE_KILLED.fullmatch(cell):
        return {"killed": 0}
    if _NOBODY.fullmatch(cell):
        return {"killed": 0, "injured": 0}
    out: dict[str, int] = {}
    for m in _SHORT.finditer(cell):
        key = "killed" if m.group("what").lower() in _SHORT_KILLED else "injured"
        out[key] = out.get(key, 0) + int(m.group("n"))
    for m in _ROLE_FATE.finditer(cell):
        n = number(m.group("n")) if m.group("n") else 1
        if n is None:
            continue
        n += 1 if m.group("and") else 0
        key = "killed" if m.group("fate").lower() in _KILLED else "injured"
        out[key] = out.get(key, 0) + n
    return out


def row_figures(cells: list[str]) -> dict[str, int]:
    """The figures of a row's or a card's cells together: each cell's, a later cell's count of
    the same fate kept over an earlier one's, and an update's "+1 died in hospital" moving one
    of the injured to the dead."""
    out: dict[str, int] = {}
    for cell in cells:
        plus = _PLUS_DIED.search(cell)
        if plus is not None and (n := number(plus.group("n"))) is not None and out:
            out["killed"] = out.get("killed", 0) + n
            if out.get("injured"):
                out["injured"] = max(0, out["injured"] - n)
            continue
        out.update(cell_figures(cell))
    return out
