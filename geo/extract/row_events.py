"""The row reader (rows34): a line whose cells are the event, with no event word of its own. A
volunteer's sheet ("08.03<tab>Marhanets<tab>FPV drone<tab>car burnt out<tab>driver wounded"), a
register ("12.03.2025; Bilopillia; guided bomb; school; 0/3"), a digest ("Sumy · Shahed ·
1 wounded"), a timeline ("23:48 — Kharkiv — ballistic missile — 3 injured"), a bullet ("▪️ Antonivka:
FPV drone, one killed"), a tally under "Shot down over our area:" ("Kyiv oblast — 14 UAVs"): the
line is cut into cells (bars, tabs, semicolons, spaced dashes, middle dots, aligned blanks:
``table_cells``' separators, a colon after the place), each cell read for its kind (a day or
clock, the place, a weapon, a toll), and a place cell followed by a weapon or toll cell is an
event at that place: a strike, or an interception when the row or the line heading its block
says downed. Tables with a header are ``tables``' business; this reader takes the rows of logs,
lists and headerless tables, which the sentence reader reads line by line, and the cards that
``cards`` flattened to one line ("Location: Kupiansk|Means: guided bomb|Casualties: 2 injured"):
one card, one record, its fields read by their keys. A toll cell's figures are read by
``cell_figures`` ("driver wounded", "1 KIA / 3 WIA", "crew safe"); a row's day by ``row_days``.

Not a row: prose (a cell of more than a dozen words), a line whose first cells are not a day, a
row number or a short label before the place, a place with no weapon or toll after it
(contacts, schedules, prices, inspections, "Affected areas: Kyiv, Lviv")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geo import weapons as wv
from geo.extract.cards import Field, card_fields, checked
from geo.extract.cell_figures import cell_figures, row_figures
from geo.extract.colon_lists import chain_town
from geo.extract.dates import When
from geo.extract.lexicon import Trigger, triggers_in
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.publication import Publication
from geo.extract.row_days import MARKS, STAMP_CELL, block_up, row_cells_day, row_day
from geo.extract.sentences import Sentence, line_bounds
from geo.extract.sourced import source_line
from geo.extract.table_cells import SEPARATORS, Cell, cells_of
from geo.extract.table_rows import COUNT_CELL, downings, status_of
from geo.extract.tables import AREAS, TOLL, cell_day, compiled_from

_DOT = re.compile(r"(?<!\s)\s+·\s+")  # a digest's middle dot between cells
# tried in this order: the first that cuts the line into a row wins
_ORDER = (SEPARATORS[0], SEPARATORS[3], SEPARATORS[2], SEPARATORS[1], _DOT, SEPARATORS[4])
# a cell that only dates or numbers its row: "08.03", "23:48", "- 01 Sep", "#1432", "No. 4"
# what may open the place cell: a bullet, an emoji, a list's number ("1. ", "3) ")
_CELL_OPEN = re.compile(rf"{MARKS}(?:\d{{1,3}}[.)]\s+)?")
# the place cell's own colon before the rest of the row ("Antonivka: FPV drone, one killed")
# what may follow the place in its cell: nothing, a comma or a bracket before where in it, or
# the kind of area ("Kyiv oblast", "Nikopol, Shevchenka St.", "Kherson (Dniprovskyi district)")
_LOCATING = re.compile(
    r"\s*(?:$|[,(]|(?:oblast|region|district|raion|city|town|village|hromada|community|obl\.|"
    r"area|outskirts|suburbs?|environs|vicinity)(?!\w))",
    re.I,
)
_COLON = re.compile(r":\s+")
_CLAUSES = re.compile(r"[,;]\s+")
# a row's own word that its weapon came down: an interception there
_DOWNED = re.compile(
    r"\b(?:downed|shot\s+down|brought\s+down|intercepted|debris|wreckage|fragments)\b", re.I
)
# a row telling that nothing happened (an alert, a threat, "all clear", "no incident") or
# weapons still in flight ("Shahed heading west", "moving towards Kremenchuk")
_NOTHING = re.compile(
    r"\b(?:alerts?|threats?|warnings?|all[- ]clear|no\s+(?:incidents?|targets?|hits?)|quiet|"
    r"heading|moving|flying|towards?|course)\b",
    re.I,
)
_CELL_TEXT = re.compile(r".+")  # a cell's text as a match: the row's event word
_LONGEST = 12  # words a cell may hold (a longer one is prose)
_ASIDE = 4  # words the place cell may hold after its place ("Shevchenka St.", "Kyivskyi district")
_LEAD = 2  # words before a weapon cell's weapon ("2 drones", "enemy UAV on a substation")
_SHORT = 6  # words of a cell whose event word is the row's own ("council pickup destroyed")
_LABEL = 3  # words a label before the place may hold ("Surgery 2", "ICU")


@dataclass(slots=True)
class RowEvent:
    """What a row tells: its place, the type of its event, the cell that stands as the event
    word, and the figures of its toll cell ("0/3")."""

    place: PlaceHit
    etype: str  # "" for a row telling that nothing happened
    word: re.Match | None
    casualties: dict[str, int]
    cell: tuple[int, int]  # the place cell: its first place is where, the rest locates it
    day: When | None = None  # its day cell's, else its block's heading's (not under a clock)
    unchecked: bool = False  # a status cell's "pending", "unconfirmed"
    destroyed: int | None = None  # the count of its one weapon cell ("9 UAVs") under a downing
    told: int = 0  # where the cells after the place cell start
    short: list[tuple[int, int]] | None = None  # those of them of a few words ("one killed")
    own: bool = False  # its cells tell its event (``read``)
    tells: bool = False  # and the sentence has no event word but a fire's: the row's type stands
    source: str | None = None  # whose word the report's source line says its rows are
    card: bool = False  # a card's fields (``cards``): its place field is where, whatever else
    vouched: bool = False  # a card's "Verified: yes"

    def read(
        self,
        s: Sentence,
        triggers: list[Trigger],
        when: When | None,
        casualties: dict[str, int],
        claimant: str | None,
    ) -> tuple[list[Trigger], When | None, dict[str, int], str | None]:
        """The sentence's event words, day, figures and claimant as the row reads them: its
        type as the event word when its cells tell the event and the sentence has none (a row
        saying nothing happened drops the event word its lead-in carried: "Cherkasy oblast —
        no targets"); its day over one carried from before; its toll cell's figures and the
        report's source line when the sentence gives none."""
        self.own = self.word is not None and (self.card or self.owns(s, triggers))
        if self.card and self.word is not None:  # a card's event words: its means fields'
            told = [(t, m) for t, m in triggers if self.told_in(s.start + m.start())]
            triggers = told if told and self.etype != "interception" else [(self.etype, self.word)]
        elif self.word is None and all(not m.group(0) for _, m in triggers):
            triggers = []
        elif self.own and self.word is not None and all(t == "other" for t, _ in triggers):
            triggers, self.tells = [(self.etype, self.word)], True
        when = row_day(self.day, when)
        return triggers, when, self.casualties or casualties, claimant or self.source

    def told_in(self, pos: int) -> bool:
        """Whether ``pos`` lies in one of the row's short cells (a card's fields)."""
        return any(a <= pos < b for a, b in self.short or ())

    def owns(self, s: Sentence, triggers: list[Trigger]) -> bool:
        """Whether the row's cells tell its event: every event word of the sentence is a fire's
        ("other") or stands in a short cell after the place ("guided bomb", "one killed", "pickup
        destroyed")."""
        return all(t == "other" or self.told_in(s.start + m.start()) for t, m in triggers)


def row_event(text: str, s: Sentence, s_hits: list[PlaceHit], pub: Publication) -> RowEvent | None:
    """The event the line of ``s`` tells by its cells, when ``s`` is the whole line and the line
    is a row: a place cell after at most two day, number or label cells, and a weapon or toll
    cell after it."""
    start, end = line_bounds(text, s.start)
    line = text[start:end]
    if not s_hits or line.strip() != s.text.strip():
        return None
    if (fields := card_fields(line, start)) is not None:
        return _card(text, s, fields, s_hits, pub)
    for cells in (*(cells_of(line, start, sep) for sep in _ORDER), [Cell(s.text, s.start, s.end)]):
        found = _read(text, s, [c for c in cells if c.text], s_hits)
        if found is not None:
            found.day = row_cells_day(
                text, s, [c.text for c in cells if c.start < found.cell[0]], pub
            )
            found.unchecked = status_of("", s.text)[0]
            found.source = report_source(text)
            return found
    return None


def _card(
    text: str, s: Sentence, fields: list[Field], s_hits: list[PlaceHit], pub: Publication
) -> RowEvent | None:
    """The event of a card: at the first place of its place field, told by its other fields
    (a field of figures read with its key: "Persons injured at address: 0"), on the day of its
    day field, else the day over its block."""
    place = next((f.value for f in fields if f.kind == "place"), None)
    hit = next((h for h in s_hits if place and place.start <= h.start < place.end), None)
    if hit is None or place is None:
        return None
    rest = [
        f.whole if f.kind == "figures" else f.value
        for f in fields
        if f.kind not in ("place", "day", "check", "source")
    ]
    means = [f.value.text for f in fields if f.kind == "means"]
    if means and not any(wv.find_weapons(m) or _war(m) for m in means):
        return None  # "Peril: flooding from a burst water main", "Incident: bicycle stolen"
    found = _event(text, s, hit, rest, place.end, False)
    if found is None:
        return None
    found.card, found.told = True, hit.end
    found.short = [(f.whole.start, f.whole.end) for f in fields if f.kind in ("means", "figures")]
    days = [d for f in fields if f.kind == "day" and (d := cell_day(f.value.text, pub))]
    found.day = days[0] if days else row_cells_day(text, s, [], pub)
    said = checked(fields)  # "Verified: no"
    found.unchecked, found.vouched = status_of("", s.text)[0] or said is False, said is True
    found.source = report_source(text)
    return found


def _war(told: str) -> bool:
    """Whether a card's means field tells an event of war ("shelling", "air strike")."""
    return any(t != "other" for t, _ in triggers_in(told))


@lru_cache(maxsize=4)
def report_source(text: str) -> str | None:
    """Whose word a report of rows says they are, on a line of its own ("Source: the Sumy
    regional administration", "Figures from the mayor", "Compiled from the regional
    administration's posts"): the first such line's (each text read once)."""
    for line in text.splitlines():
        if who := source_line(line) or compiled_from(line):
            return who
    return None


def _read(text: str, s: Sentence, cells: list[Cell], s_hits: list[PlaceHit]) -> RowEvent | None:
    if any(len(c.text.split()) > _LONGEST for c in cells):
        return None
    for k, cell in enumerate(cells[:3]):
        hit = _opening_place(cell, s_hits)
        if hit is None:
            if STAMP_CELL.fullmatch(cell.text) or _label(cell.text):
                continue
            return None
        rest = cells[k + 1 :]
        colon = _COLON.search(text, hit.end, cell.end)
        aside = text[hit.end : colon.start() if colon else cell.end]
        if len(aside.split()) > _ASIDE or not _LOCATING.match(aside) or _kind(aside):
            return None  # a title's or a sentence's subject, not a place cell
        if colon is not None:  # "Kherson (Dniprovskyi district): KAB, two wounded"
            rest = _split(text, colon.end(), cell.end) + rest
        elif len(cells) == 1:
            return None
        found = _event(text, s, hit, rest, colon.start() if colon else cell.end, bool(colon))
        if found is not None and rest:
            found.told = rest[0].start
            found.short = [(c.start, c.end) for c in rest if len(c.text.split()) <= _SHORT]
        return found
    return None


def _opening_place(cell: Cell, s_hits: list[PlaceHit]) -> PlaceHit | None:
    """The place that opens the cell, after its bullet or list number."""
    opening = cell.start + _CELL_OPEN.match(cell.text).end()  # type: ignore[union-attr]
    return next((h for h in s_hits if h.start == opening), None)


def _label(cell: str) -> bool:
    """A short label before the row's place ("Surgery 2", "ICU"): no weapon, no toll."""
    return len(cell.split()) <= _LABEL and _kind(cell) is None


def _split(text: str, start: int, end: int) -> list[Cell]:
    """The clauses of a place cell's rest after its colon, as cells."""
    out, pos = [], start
    for m in [*_CLAUSES.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
        out.append(Cell(text[pos:stop].strip(), pos, stop))
        pos = m.end() if m is not None else pos
    return out


def _kind(cell: str) -> str | None:
    """A cell's kind: "toll" ("0/3", "two wounded", "nobody hurt"), "weapon", or None."""
    if TOLL.fullmatch(cell) or cell_figures(cell):
        return "toll"
    return "weapon" if wv.find_weapons(cell) else None


def _leads(cell: str) -> bool:
    """Whether a cell opens with its weapon, after a count or a word ("2 drones", "enemy UAV")."""
    found = wv.find_weapons(cell)
    return bool(found) and len(cell[: found[0].start].split()) <= _LEAD


def _event(
    text: str, s: Sentence, hit: PlaceHit, rest: list[Cell], cell_end: int, colon: bool
) -> RowEvent | None:
    row = text[s.start : s.end]
    if _NOTHING.search(row):  # "Cherkasy oblast — no targets": no event, whatever heads it
        return RowEvent(hit, "", None, {}, (hit.start, cell_end))
    kinds = [_kind(c.text) for c in rest]
    if colon:  # after a colon, a weapon cell opens with its weapon (not "a year of drone hunting")
        kinds = [
            k if k != "weapon" or _leads(c.text) else None for c, k in zip(rest, kinds, strict=True)
        ]
    told = [c for c, k in zip(rest, kinds, strict=True) if k is not None]
    if not told:
        return None
    word = _CELL_TEXT.match(s.text, told[0].start - s.start, told[0].end - s.start)
    if word is None:
        return None
    lines = block_up(text, line_bounds(text, s.start)[0])
    lead = lines[0] if lines and lines[0].rstrip().endswith(":") else ""
    downed = _DOWNED.search(row) or _DOWNED.search(lead) or downings(lead)
    etype = "interception" if downed else "strike"
    if etype == "strike" and hit.place.feature in AREAS and "toll" not in kinds:
        return None  # "Lviv region — 4 missiles": a tally's count, no strike on a whole region
    # the toll cells' figures, also of a downing's debris ("1 electrician injured")
    casualties = row_figures([c.text for c, k in zip(rest, kinds, strict=True) if k == "toll"])
    for c, k in zip(rest, kinds, strict=True):  # (a tally's "12/10" is launched and downed)
        toll = TOLL.fullmatch(c.text) if k == "toll" and etype == "strike" else None
        if toll is not None:
            casualties = {
                key: int(toll.group(g))
                for key, g in (("killed", "k"), ("injured", "i"))
                if toll.group(g).isdigit()
            }
    found = RowEvent(hit, etype, word, casualties, (hit.start, cell_end))
    weapons = [c for c, k in zip(rest, kinds, strict=True) if k == "weapon"]
    count = COUNT_CELL.match(weapons[0].text) if len(weapons) == 1 and etype != "strike" else None
    if count is not None and len({w.category for w in wv.find_weapons(weapons[0].text)}) == 1:
        found.destroyed = int(count.group("n"))
    return found


def row_roles(roles: list[PlaceHit], row: RowEvent | None) -> list[PlaceHit]:
    """The roles of a row's places: the place opening its place cell is where the event was,
    the others in that cell only locate it ("Kharkiv, Saltivka", "Zolochiv, Kharkiv region");
    not when the sentence's reading places its event in a later cell ("Izium district: the
    village of Borova was hit" is Borova's)."""
    if row is not None and row.card:  # a card's place field: its other places only locate
        return [replace_hit(h, h.geo_precision, h.start == row.cell[0]) for h in roles]
    if row is None or not row.own or any(h.event_place for h in roles if h.start >= row.told):
        return roles
    start, end = row.cell
    town = chain_town([h for h in roles if start <= h.start < end])  # "Kherson oblast, Beryslav"
    at = town.start if town is not None else start
    return [
        replace_hit(h, h.geo_precision, h.start == at) if start <= h.start < end else h
        for h in roles
    ]
