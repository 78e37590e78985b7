"""Tables of a data piece, markdown or written as text lines ("Date - Place - What -
Killed/Injured"): under a heading that names the events ("The week's deadliest strikes", "Drones
shot down, by region"), or with rows that name a weapon, each row with a place in its place column
is one event there, with the day, weapon, figures, source and check that the columns' headers
name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import weapons as wv
from geo.extract.attribution import claimant_in, independent
from geo.extract.casualties import casualty_figures, running_total
from geo.extract.cell_figures import row_figures
from geo.extract.dates import When, date_in, default_date
from geo.extract.draft import Draft
from geo.extract.hedges import HEDGE
from geo.extract.interception_figures import interception_counts
from geo.extract.lexicon import triggers_in
from geo.extract.numeric_days import column_day
from geo.extract.place_hits import PlaceHit, short_mention
from geo.extract.publication import MONTH_RE, Publication
from geo.extract.sentences import MAX_SENTENCE, Sentence
from geo.extract.table_cells import Cell, cells_of
from geo.extract.table_headers import RULE, column_kind, header_of
from geo.extract.table_rows import (
    doubted,
    downings,
    row_drafts,
    source_of,
    status_of,
    type_told,
)
from geo.extract.title_days import heading_period, month_report, period_in
from geo.extract.wording import words

_NOT_CONFIRMED = words("not confirmed", "not checked", "no confirmation", "none", "no", "unclear")
_CONFIRMED = words("confirmed", "geolocated", "verified", "checked")
AREAS = ("admin1", "admin2", "region")
_REGION_COLUMN = words("region", "oblast", "province", "district", "raion")
_TOTAL = words("total", "totals", "all regions", "other regions", "overall")
# a heading of soldiers' losses ("Russian military losses by region (killed and injured soldiers)")
_SOLDIERS = words(
    "soldiers?", "troops", "servicem[ae]n", "military losses", "personnel", "combatants"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(rf"(?i)\b(?:{MONTH_RE})\b")
_SOURCE_LINE = re.compile(r"(?i)^\s*sources?:\s*(?P<who>[^.\n]+)")
# A line saying where a table's figures come from: "built from the daily reports of X", "taken
# from X's posts", "draws on the statements of X", "compiled from X's updates".
_SOURCED = re.compile(
    r"(?i)\b(?:built|compiled|drawn|taken|based|draws?|relies|comes?)\s+(?:up\s+)?(?:on|from)\s+"
    r"(?P<who>[^;.]+)"
)
_OUTLET = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:daily|weekly|morning|evening|nightly|official|regular)\s+)*"
    r"(?:reports?|posts?|statements?|updates?|figures|data|briefings?|bulletins?)\s+(?:of|by)\s+"
)
_POSSESSOR = re.compile(
    r"(?i)['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|posts?|statements?|updates?|figures|data|briefings?|bulletins?)$"
)
TOLL = re.compile(r"\s*(?P<k>\d+|n/a|[-\u2013\u2014?])\s*/\s*(?P<i>\d+|n/a|[-\u2013\u2014?])\s*")
_FIGURE = re.compile(r"[*\s]*(?P<n>\d[\d,]*)[*\s]*")


@dataclass(slots=True)
class Table:
    """One table: what the lines above it say (heading, source line), its columns' kinds and its
    body rows (each a line of cells)."""

    heading: str
    source: str | None
    kinds: list[str | None]
    headers: list[str]
    rows: list[tuple[Sentence, list[Cell]]]
    start: int
    end: int
    intro: str = ""  # the line just over it ("The ministry reported these interceptions:")
    note: str = ""  # the line just under it ("Figures as the administrations gave them ...")
    author: str | None = None  # who issued the report: a row of no source is its word


def compiled_from(line: str) -> str | None:
    """Whose figures a sourcing line names: "the regional police" of "built from the daily
    reports of the regional police", "the governor" of "taken from the governor's posts"."""
    m = _SOURCED.search(line)
    if m is None:
        return None
    who = re.split(r",|\s+and\s+(?:from\s+)?|\s+where\s+", m.group("who"))[0].strip()
    who = _OUTLET.sub("", who)
    who = _POSSESSOR.sub("", who).strip()
    return who or None


def find_tables(text: str, author: str | None = None) -> list[Table]:
    """The tables of ``text``: a header line naming columns, then body lines cut into as many
    cells by the same separator (rule rows skipped: markdown's, a grid's borders), with offsets;
    ``author`` is who issued the report, whose word a row of no source is."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    tables, i = [], 1
    while i < len(lines) - 1:
        line, base = lines[i]
        found = header_of(line, base, lines[i + 1][0])
        if found is None:
            i += 1
            continue
        sep, cells = found
        headers = [c.text for c in cells]
        heading, source = _above(lines, i)
        j, rows = i + 1, []
        while j < len(lines):
            row, start = lines[j]
            if RULE.fullmatch(row):  # a rule under the header, a grid's border, a rule over totals
                j += 1
                continue
            if len(row) > MAX_SENTENCE:  # a row is read as a sentence, and is no longer than one
                break  # (a 16 kB cell of "a-a-..." took 6 s, x14 for x4: prose reads it in pieces)
            row_cells = cells_of(row, start, sep)
            if len(row_cells) != len(cells) or not any(c.text for c in row_cells):
                break
            s = Sentence(row.strip(), start + len(row) - len(row.lstrip()), start + len(row), j)
            rows.append((s, row_cells))
            j += 1
        if not rows:
            i += 1
            continue
        kinds = [column_kind(h) for h in headers]
        last, at = lines[j - 1]
        table = Table(heading, source, kinds, headers, rows, base, at + len(last), author=author)
        table.intro = next((x for x, _ in reversed(lines[:i]) if _told(x)), "").strip()
        table.note = next((x for x, _ in lines[j:] if _told(x)), "").strip()
        tables.append(table)
        i = j
    return tables


def _told(line: str) -> bool:
    """Whether a line above a table says something (not a blank, not a rule)."""
    return bool(line.strip()) and not RULE.fullmatch(line)


def _above(lines: list[tuple[str, int]], i: int) -> tuple[str, str | None]:
    """The heading over the table at line ``i`` (the nearest title line above, within five
    lines) and the source a "Source: ..." line between them names."""
    source = None
    for line, _ in reversed(lines[max(0, i - 5) : i]):
        text = line.strip()
        if RULE.fullmatch(text):
            continue  # a grid's top border
        m = _SOURCE_LINE.match(text)
        if m:
            source = m.group("who").strip()
        elif _SOURCED.search(text) and source is None:
            source = compiled_from(text)
        elif text and (text.startswith("#") or not text.endswith((".", "!", "?"))):
            return text.lstrip("#* ").strip(), source
    return "", source


def table_drafts(
    tables: list[Table], hits: list[PlaceHit], pub: Publication, head: str
) -> list[Draft]:
    """One draft per row of each table whose heading or headers name an event, at the first
    place of the row's place column; ``head`` is the report's first lines (the week a title
    covers dates the rows without a day)."""
    out: list[Draft] = []
    period = period_in(head, pub) or month_report(head, pub)  # a week; a monthly note's month
    for table in tables:
        if "place" not in table.kinds:
            continue
        etype, around = _table_type(table)
        # once a table, not once a row (a 64 kB heading over many rows was quadratic; review38)
        harm_when = period or heading_period(table.heading, pub)
        harm = harm_by_place(table.kinds, table.heading, harm_when)
        above = claimant_in(table.heading)
        for s, cells in table.rows:
            # a row's "Type" cell; else a table whose title names no event: each row's own words,
            # or its weapon, say it
            own = type_told(table.kinds, [c.text for c in cells])
            row_type = own or etype or next(iter(t for t, _ in triggers_in(s.text)), None)
            row_type = row_type or ("strike" if wv.find_weapons(s.text) else None)
            dated = period
            if row_type is None and harm is not None:
                row_type, dated = harm, harm_when  # the week or month the table counts
            if row_type is None or (row_type == "meeting" and own is None):
                continue
            draft = _row(table, row_type, s, cells, hits, pub, dated, above)
            if draft is None:
                continue
            if draft.category is None and row_type not in ("fighting", "meeting") and around:
                draft.weapon, draft.category = around[0].weapon, around[0].category
            col = dict(zip(table.kinds, cells, strict=False))
            told = col["weapon"].text if "weapon" in col else s.text
            out += row_drafts(draft, table.kinds, table.headers, [c.text for c in cells], told)
    return out


def harm_by_place(kinds: list[str | None], heading: str, when: When | None) -> str | None:
    """ "strike" for a table of the harm counted by place ("Region | Killed | Injured" under
    "civilian casualties verified in October 2025, by region"): each row's dead and hurt are
    the attacks' there, whose rows name no event, when the week or month counted is known
    (``when``: the title's or the heading's); None for any other table, for a running total
    ("since 24 February 2022, by oblast"), a whole year's ("in 2023, by region") and soldiers'
    losses: no event of the period (review38)."""
    if "place" not in kinds or not {"killed", "injured"} & set(kinds) or when is None:
        return None
    if running_total(heading) or _SOLDIERS.search(heading):
        return None
    if _YEAR.search(heading) and not _MONTH.search(heading):
        return None
    return "strike"


def _table_type(table: Table) -> tuple[str | None, list[wv.WeaponMention]]:
    """The type of event a table's heading or headers name (for a table counting weapons by
    place, the line over it: "The ministry reported these interceptions"), and the weapons."""
    told = [table.heading, " | ".join(table.headers)]
    triggers = next((found for x in told if (found := triggers_in(x))), [])
    around = wv.find_weapons(table.heading) or wv.find_weapons(" ".join(table.headers))
    etype = triggers[0][0] if triggers else None
    if "destroyed" in table.kinds and any(_aerial(w.category) for w in around):
        etype = "interception"  # "Drones reported destroyed, by region"
    if "counted" in table.kinds and downings(table.heading, table.intro):
        etype = "interception"  # "Oblast | UAV | Kh-101" under "BY OBLAST (shot down)"
    return etype, around


def _row(
    table: Table,
    etype: str,
    s: Sentence,
    cells: list[Cell],
    hits: list[PlaceHit],
    pub: Publication,
    period: When | None,
    above: str | None,
) -> Draft | None:
    # "Location | Oblast" (or "Oblast | Settlement"): two place columns; the town names the
    # place, the region only a row whose town is not found
    col: dict[str | None, Cell] = {}
    for kind, cell in zip(table.kinds, cells, strict=False):
        col.setdefault(kind, cell)
    places = [
        c
        for _, k, c in sorted(
            zip(table.headers, table.kinds, cells, strict=False),
            key=lambda hkc: bool(_REGION_COLUMN.search(hkc[0])),
        )
        if k == "place"
    ]
    if "**" in s.text or any(_TOTAL.search(c.text) for c in places):
        return None
    hit = next((h for c in places for h in hits if c.start <= h.start < c.end), None)
    if hit is None or (hit.place.feature == "sea" and etype != "interception"):
        return None
    day = cell_day(col["day"].text, pub) if "day" in col else None
    region = hit.place.feature in AREAS
    who, hedged, vouched = _word_of(table, col, s, above)
    draft = Draft(
        event_type=etype,
        place=hit.place,
        place_mention=short_mention(hit.mention),
        geo_precision=3 if region else hit.geo_precision,
        sentence=s,
        when=day or period or default_date(s.text, pub, None, True),
        claimed_by=who or None,
        attributed=bool(who) and not independent(who),
        hedged=hedged,
        confirmed=not hedged and vouched,
        sentences=[s],
    )
    found = wv.find_weapons(col["weapon"].text if "weapon" in col else s.text)
    if found and etype != "fighting":
        draft.weapon, draft.category = found[0].weapon, found[0].category
    draft.fatalities = _figure(col.get("killed"))
    draft.injured = _figure(col.get("injured"))
    toll = TOLL.fullmatch(col["toll"].text) if "toll" in col else None
    if toll:  # "2/6": killed, then injured ("n/a / 2": unknown, then 2)
        draft.fatalities, draft.injured = (_number(toll.group(k)) for k in ("k", "i"))
    if etype == "interception":
        draft.launched, draft.destroyed = (
            _figure(col.get("launched")),
            _figure(col.get("destroyed")),
        )
    _figures_told(draft, table.kinds, cells)
    return draft


def _word_of(
    table: Table, col: dict[str | None, Cell], s: Sentence, above: str | None
) -> tuple[str | None, bool, bool]:
    """Whose word a row is (its check cell's claimant, its source cell, the table's source or
    the report's issuer), whether it is doubted (its check cell, a mark in the row, a note under
    the table) and whether it is vouched for ("confirmed"; a source cell's "OHCHR (verified)");
    ``above`` is whose word the table's heading names."""
    check = col["check"].text if "check" in col else ""
    unchecked, claimant = status_of(check, s.text)
    source_unchecked, source = source_of(col["source"].text) if "source" in col else (False, None)
    unchecked = unchecked or source_unchecked
    who = claimant or source
    vouched = bool(_CONFIRMED.search(f"{check} {who or ''}"))
    who = who or table.source or above or table.author
    hedged = bool(_NOT_CONFIRMED.search(check) or HEDGE.search(check) or unchecked)
    return who, hedged or (not vouched and doubted(table.note)), vouched


def _number(cell: str) -> int | None:
    return int(cell) if cell.isdigit() else None


def cell_day(cell: str, pub: Publication) -> When | None:
    """The day a day column's cell gives: in words, or in figures alone ("12.08")."""
    bare = column_day(cell, pub.day)
    return date_in(cell, pub) or (When(bare, 1, True) if bare else None)


_TOLD_IN = (None, "weapon")  # the cells that tell what happened in words ("What", "Number")


def _figures_told(draft: Draft, kinds: list[str | None], cells: list[Cell]) -> None:
    """The figures a row tells in words when no column of its own holds them: "| shelling | 1
    killed, 3 injured |", "| drones shot down | 4 |" (a "What" column, a "Number" column)."""
    said = [c.text for k, c in zip(kinds, cells, strict=False) if k in _TOLD_IN]
    told = ", ".join(said)
    if not {"killed", "injured", "toll"} & set(kinds):
        figures = casualty_figures(told) or row_figures(said)  # "1 KIA / 2 WIA", "crew safe"
        draft.fatalities, draft.injured = figures.get("killed"), figures.get("injured")
    if draft.event_type == "interception" and not {"launched", "destroyed"} & set(kinds):
        draft.launched, draft.destroyed = interception_counts(told, told)


def _aerial(category: str | None) -> bool:
    return category is not None and ("drone" in category or "missile" in category)


def _figure(cell: Cell | None) -> int | None:
    m = _FIGURE.fullmatch(cell.text) if cell is not None else None
    return int(m.group("n").replace(",", "")) if m else None


def covered(tables: list[Table], start: int) -> bool:
    """Whether the text at ``start`` lies on a table's lines (its rows are read here)."""
    return any(t.start <= start < t.end for t in tables)


def row_starts(tables: list[Table]) -> set[int]:
    """Where the rows of ``tables`` start: each is an entry of its table, not a title line."""
    return {s.start for table in tables for s, _ in table.rows}


def place_cells(tables: list[Table]) -> list[Cell]:
    """The cells of ``tables``' place columns, row by row."""
    return [
        cell
        for table in tables
        for _, cells in table.rows
        for kind, cell in zip(table.kinds, cells, strict=False)
        if kind == "place"
    ]
