"""What a table's row tells besides its place, day and plain figures (tables33): the status its
check column gives ("pending", "claimed by RU MoD", "reported by General Staff"), the type its
"Type" or "Event" column names ("Interception", "Meeting"), the weapons its header counts ("UAV",
"Kh-101": one record per weapon with a figure) or its cells name together ("artillery, FPV
drones": a record each, the figures on the first), and the note under the table that doubts the
figures ("we could not confirm them"; "none has been checked independently")."""

from __future__ import annotations

import re
from dataclasses import replace

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.hedges import HEDGE
from geo.extract.lexicon import triggers_in
from geo.extract.wording import words

# a row's mark that its figures are not checked yet (a legend's "(unconf.)", a status "pending")
_UNCHECKED = words(
    "pending",
    r"unconf\.?",
    "unconfirmed",
    "unverified",
    "not (?:yet )?(?:confirmed|verified|checked)",
    "single[- ]source",
    "awaiting (?:confirmation|verification)",
)
# a note under a table doubting its figures, in the forms a data desk writes them
_NOTE_DOUBT = words(
    "(?:could|can) not (?:yet )?be (?:independently )?(?:verified|confirmed|checked)",
    "(?:none|no figure|nothing) (?:has|have) been (?:independently )?(?:checked|verified|confirmed)",
    "not (?:yet )?(?:been )?(?:independently )?(?:checked|verified|confirmed)",
)
# a table's heading or the line over it telling of downings: its counted weapons were downed
_DOWNINGS = words(
    "interceptions?",
    "intercepted",
    "shot down",
    "downed",
    "destroyed",
    "neutrali[sz]ed",
    "air defen[cs]es?",
)
# "claimed by RU MoD", "reported by General Staff": the side whose word the row is
_CLAIMANT = re.compile(
    r"(?i)\b(?:claimed|reported|stated|announced|given)\s+by\s+(?:the\s+)?"
    r"(?P<who>[^;,()]+?)\s*(?=[;,()]|$)"
)
# the short names trackers give the sides' claimants
_SHORT = {
    "ru mod": "Russian Ministry of Defence",
    "rf mod": "Russian Ministry of Defence",
    "ua gs": "General Staff of the Armed Forces of Ukraine",
    "ua general staff": "General Staff of the Armed Forces of Ukraine",
    "general staff": "General Staff of the Armed Forces of Ukraine",
}
# a cell counting a weapon: "1 Tochka-U", "2 Vampire rockets"
COUNT_CELL = re.compile(r"\s*(?P<n>\d+)\s+\S")
_FIGURE = re.compile(r"[*\s]*(?P<n>\d+)[*\s]*")


def counted_weapon(header: str) -> wv.WeaponMention | None:
    """The weapon a column's header names alone ("UAV", "Kh-101", "Drones"): its cells count it."""
    if len(header.split()) > 3:
        return None
    found = wv.find_weapons(header)
    return found[0] if found else None


def status_of(check: str, row: str) -> tuple[bool, str | None]:
    """Whether a row's figures are unchecked (its check cell, or a mark anywhere in the row:
    "(unconf.)"), and the claimant its check cell names ("claimed by RU MoD")."""
    m = _CLAIMANT.search(check)
    who = m.group("who").strip() if m else None
    who = _SHORT.get(who.lower(), who) if who else None
    return bool(_UNCHECKED.search(check) or _UNCHECKED.search(row)), who


def source_of(cell: str) -> tuple[bool, str | None]:
    """A source cell's word: whether it marks the row unchecked ("pending", "police
    (unconfirmed)"), and the claimant it names without its status ("claimed by RU MoD" is the
    Russian ministry, "pending" no one)."""
    unchecked, who = status_of(cell, "")
    if who is None:
        who = _UNCHECKED.sub(" ", cell).strip(" ()[],;:-–—") or None
    return unchecked, who


def downings(*told: str) -> bool:
    """Whether a heading, or the line over a table, tells of downings ("AIR DEFENCE WEEK IN
    REVIEW", "the ministry reported these interceptions")."""
    return any(_DOWNINGS.search(x) for x in told)


def doubted(note: str) -> bool:
    """Whether the line under a table doubts its figures."""
    return bool(HEDGE.search(note) or _NOTE_DOUBT.search(note))


def type_told(kinds: list[str | None], cells: list[str]) -> str | None:
    """The type a row's "Type" or "Event" cell names ("Interception", "Ground fighting")."""
    for kind, cell in zip(kinds, cells, strict=False):
        if kind == "type" and (found := triggers_in(cell)):
            return found[0][0]
    return None


def row_drafts(
    draft: Draft, kinds: list[str | None], headers: list[str], cells: list[str], told: str
) -> list[Draft]:
    """The records of one row's draft: one per counted weapon with a figure (a table of
    weapons counted by region: "Kyiv | 24 | 2" under "Oblast | UAV | Kh-101"), else, for a
    day's row, one per kind of weapon ``told`` (its weapon cell, or the row) names, the figures
    on the first."""
    if "counted" in kinds:
        return _counted(draft, kinds, headers, cells)
    if draft.event_type not in ("strike", "interception") or draft.category is None:
        return [draft]
    if draft.when.precision > 1:
        return [draft]  # a week's row of a region: its "main weapons", not one attack's
    kinds_told = _categories(told)
    if len(kinds_told) < 2 or draft.category not in (kinds_told[0].category, "missile"):
        return [draft]
    draft.weapon, draft.category = kinds_told[0].weapon, kinds_told[0].category
    out = [draft]
    for w in kinds_told[1:]:
        more = replace(draft, weapon=w.weapon, category=w.category, sentences=[*draft.sentences])
        more.fatalities = more.injured = more.launched = more.destroyed = None
        out.append(more)
    return out


def _categories(text: str) -> list[wv.WeaponMention]:
    """The weapons of ``text``, one per category in the order named, a generic word ("missile",
    "artillery") taken by the kind of it named beside it ("Missile/drone strike: ballistic
    missiles ...", "rocket artillery")."""
    order: list[wv.WeaponMention] = []
    for w in wv.find_weapons(text):
        wider = next((k for k, o in enumerate(order) if w.category.endswith(o.category)), None)
        if wider is not None:
            order[wider] = w  # the kind after its generic word
        elif not any(o.category.endswith(w.category) for o in order):
            order.append(w)
    return order


def _counted(
    draft: Draft, kinds: list[str | None], headers: list[str], cells: list[str]
) -> list[Draft]:
    """A record per weapon a row counts (none for "-" or 0): the header's weapon, or a count
    cell's own ("1 Tochka-U" in an "Other" column)."""
    out = []
    for kind, header, cell in zip(kinds, headers, cells, strict=False):
        if kind == "counted" and (m := _FIGURE.fullmatch(cell)):
            weapon, n = counted_weapon(header), int(m.group("n"))
        elif kind is None and (m := COUNT_CELL.match(cell)) and wv.find_weapons(cell):
            weapon, n = wv.find_weapons(cell)[0], int(m.group("n"))
        else:
            continue
        if weapon is None or n == 0:
            continue
        more = replace(
            draft, weapon=weapon.weapon, category=weapon.category, sentences=[*draft.sentences]
        )
        if more.event_type == "interception":
            more.destroyed = n
        out.append(more)
    return out
