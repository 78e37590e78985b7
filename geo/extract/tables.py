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
from geo.extract.casualties import casualty_figures
from geo.extract.dates import When, date_in, default_date
from geo.extract.draft import Draft
from geo.extract.hedges import HEDGE
from geo.extract.interception_figures import interception_counts
from geo.extract.lexicon import triggers_in
from geo.extract.places import PlaceHit, short_mention
from geo.extract.publication import Publication
from geo.extract.sentences import Sentence
from geo.extract.title_days import period_in
from geo.extract.wording import words

_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
# What a column holds, by its header; the first kind that fits ("Drones launched" is a count
# launched, "Claimed by" a source, "Change on week 9" nothing).
_COLUMNS = [
    ("source", words("(?:claimed|given|reported|stated) by", "sources?", "figures from", "according to")),
    ("check", words("check", "checked", "verified", "verification", "status")),
    ("day", words("day", "date", "when", "night ending")),
    ("killed", _KILLED := words("killed", "dead", "deaths", "fatalities", "died")),
    ("injured", _INJURED := words("injured", "wounded", "hurt")),
    ("launched", words("launched", "fired")),
    ("destroyed", words("downed", "shot down", "destroyed", "intercepted")),
    ("weapon", words("weapon", "weapons", "means", "what")),
    ("place", words("region", "place", "village", "town", "city", "settlement", "location",
                    "area", "oblast", "province", "target", "where", "locality")),
]  # fmt: skip
_NOT_CONFIRMED = words("not confirmed", "not checked", "no confirmation", "none", "no", "unclear")
_CONFIRMED = words("confirmed", "geolocated", "verified", "checked")
AREAS = ("admin1", "admin2", "region")
_REGION_COLUMN = words("region", "oblast", "province", "district", "raion")
_TOTAL = words("total", "totals", "all regions", "other regions", "overall")
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
_TOLL = re.compile(r"\s*(?P<k>\d+)\s*/\s*(?P<i>\d+)\s*")
_FIGURE = re.compile(r"[*\s]*(?P<n>\d[\d,]*)[*\s]*")


@dataclass(slots=True)
class _Cell:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Table:
    """One table: what the lines above it say (heading, source line), its columns' kinds and its
    body rows (each a line of cells)."""

    heading: str
    source: str | None
    kinds: list[str | None]
    headers: list[str]
    rows: list[tuple[Sentence, list[_Cell]]]
    start: int
    end: int


# What may cut a line into cells: bars (with or without a rule row under the header), a spaced
# dash of any length, a semicolon or a tab; a header line chooses one and its rows must share it.
# (each begins where the spaces before it begin, or at its mark: tried at every space of a long
# run, "\s*;" read the rest of the run each time, and a line of 24,000 blanked tags took 7 s)
_SEPARATORS = [
    re.compile(p)
    for p in (
        r"(?:(?<!\s)|(?=\|))\s*\|\s*",
        r"(?<!\s)\s+[-\u2013\u2014]\s+",
        r"(?:(?<!\s)|(?=;))\s*;\s*",
        r"\t+\s*",
    )
]
# a spreadsheet's comma-separated export: "date,town,weapon" (bare commas; a quoted cell may
# hold commas of its own); a prose list's commas are followed by spaces
_COMMA = re.compile(",")


def _cells(line: str, base: int, sep: re.Pattern[str] = _SEPARATORS[0]) -> list[_Cell]:
    """The cells of ``line`` cut by ``sep``; bars at the ends of the line open and close it."""
    if sep is _COMMA:
        return _comma_cells(line, base)
    out: list[_Cell] = []
    pos = 0
    for m in [*sep.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        out.append(_Cell(raw.strip(), base + pos + lead, base + pos + lead + len(raw.strip())))
        pos = m.end() if m is not None else pos
    if sep is _SEPARATORS[0]:
        out = out[1:] if out and not out[0].text and line.lstrip().startswith("|") else out
        out = out[:-1] if out and not out[-1].text and line.rstrip().endswith("|") else out
    return out


def _comma_cells(line: str, base: int) -> list[_Cell]:
    """The cells of a comma-separated line, a quoted cell's commas kept inside it (one pass)."""
    out: list[_Cell] = []
    pos, quoted = 0, False
    for i, ch in enumerate(line + ","):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and (not quoted or i == len(line)):
            raw = line[pos:i]
            text = raw.strip().strip('"').strip()
            lead = raw.find(text) if text else 0
            out.append(_Cell(text, base + pos + lead, base + pos + lead + len(text)))
            pos = i + 1
    return out


def _sourced(line: str) -> str | None:
    """Whose figures a sourcing line names: "the regional police" of "built from the daily
    reports of the regional police", "the governor" of "taken from the governor's posts"."""
    m = _SOURCED.search(line)
    if m is None:
        return None
    who = re.split(r",|\s+and\s+(?:from\s+)?|\s+where\s+", m.group("who"))[0].strip()
    who = _OUTLET.sub("", who)
    who = _POSSESSOR.sub("", who).strip()
    return who or None


def _kind(header: str) -> str | None:
    if _KILLED.search(header) and _INJURED.search(header):
        return "toll"  # "Killed/Injured", "Dead and hurt": one cell gives both, "2/6"
    return next((kind for kind, pattern in _COLUMNS if pattern.search(header)), None)


def _header(line: str, base: int, below: str) -> tuple[re.Pattern[str], list[_Cell]] | None:
    """The separator and cells of ``line`` when it reads as a table's header: a bar line over a
    markdown rule row, or three or more short cells without figures, one naming a place and one
    more naming another kind of column."""
    if line.lstrip().startswith("|") and _RULE.fullmatch(below) and "|" in below:
        return _SEPARATORS[0], _cells(line, base)
    for sep in (*_SEPARATORS, _COMMA):
        if sep is _COMMA and ", " in line:
            continue  # a prose list, not a spreadsheet's header
        cells = _cells(line, base, sep)
        if len(cells) < 3 or any(not c.text or len(c.text.split()) > 4 for c in cells):
            continue
        if any(ch.isdigit() for ch in line):
            continue
        kinds = [_kind(c.text) for c in cells]
        if "place" in kinds and sum(k is not None for k in kinds) >= 2:
            return sep, cells
    return None


def find_tables(text: str) -> list[Table]:
    """The tables of ``text``: a header line naming columns, then body lines cut into as many
    cells by the same separator (a markdown rule row under the header is skipped), with offsets."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    tables, i = [], 1
    while i < len(lines) - 1:
        line, base = lines[i]
        found = _header(line, base, lines[i + 1][0])
        if found is None:
            i += 1
            continue
        sep, cells = found
        headers = [c.text for c in cells]
        heading, source = _above(lines, i)
        j, rows = i + 1, []
        if _RULE.fullmatch(lines[j][0]) and "|" in lines[j][0]:
            j += 1
        while j < len(lines):
            row, start = lines[j]
            row_cells = _cells(row, start, sep)
            if len(row_cells) != len(cells) or not any(c.text for c in row_cells):
                break
            s = Sentence(row.strip(), start + len(row) - len(row.lstrip()), start + len(row), j)
            rows.append((s, row_cells))
            j += 1
        if not rows:
            i += 1
            continue
        kinds = [_kind(h) for h in headers]
        last, at = lines[j - 1]
        tables.append(Table(heading, source, kinds, headers, rows, base, at + len(last)))
        i = j
    return tables


def _above(lines: list[tuple[str, int]], i: int) -> tuple[str, str | None]:
    """The heading over the table at line ``i`` (the nearest title line above, within five
    lines) and the source a "Source: ..." line between them names."""
    source = None
    for line, _ in reversed(lines[max(0, i - 5) : i]):
        text = line.strip()
        m = _SOURCE_LINE.match(text)
        if m:
            source = m.group("who").strip()
        elif _SOURCED.search(text) and source is None:
            source = _sourced(text)
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
    period = period_in(head, pub)
    for table in tables:
        triggers = triggers_in(table.heading) or triggers_in(" | ".join(table.headers))
        if "place" not in table.kinds:
            continue
        around = wv.find_weapons(table.heading) or wv.find_weapons(" ".join(table.headers))
        etype = triggers[0][0] if triggers else None
        if "destroyed" in table.kinds and any(_aerial(w.category) for w in around):
            etype = "interception"  # "Drones reported destroyed, by region"
        if etype == "meeting":
            continue
        for s, cells in table.rows:
            # a table whose title names no event: each row's own words, or its weapon, say it
            row_type = etype or next(iter(t for t, _ in triggers_in(s.text)), None)
            row_type = row_type or ("strike" if wv.find_weapons(s.text) else None)
            if row_type is None or row_type == "meeting":
                continue
            draft = _row(table, row_type, s, cells, hits, pub, period)
            if draft is None:
                continue
            if draft.category is None and row_type != "fighting" and around:
                draft.weapon, draft.category = around[0].weapon, around[0].category
            out.append(draft)
    return out


def _row(
    table: Table,
    etype: str,
    s: Sentence,
    cells: list[_Cell],
    hits: list[PlaceHit],
    pub: Publication,
    period: When | None,
) -> Draft | None:
    # "Location | Oblast" (or "Oblast | Settlement"): two place columns; the town names the
    # place, the region only a row whose town is not found
    col: dict[str | None, _Cell] = {}
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
    day = date_in(col["day"].text, pub) if "day" in col else None
    region = hit.place.feature in AREAS
    who = col["source"].text if "source" in col else table.source or claimant_in(table.heading)
    check = col["check"].text if "check" in col else ""
    hedged = bool(_NOT_CONFIRMED.search(check) or HEDGE.search(check))
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
        confirmed=not hedged and bool(_CONFIRMED.search(check)),
        sentences=[s],
    )
    found = wv.find_weapons(col["weapon"].text if "weapon" in col else s.text)
    if found and etype != "fighting":
        draft.weapon, draft.category = found[0].weapon, found[0].category
    draft.fatalities = _figure(col.get("killed"))
    draft.injured = _figure(col.get("injured"))
    toll = _TOLL.fullmatch(col["toll"].text) if "toll" in col else None
    if toll:  # "2/6": killed, then injured
        draft.fatalities, draft.injured = int(toll.group("k")), int(toll.group("i"))
    if etype == "interception":
        draft.launched, draft.destroyed = (
            _figure(col.get("launched")),
            _figure(col.get("destroyed")),
        )
    _figures_told(draft, table.kinds, cells)
    return draft


_TOLD_IN = (None, "weapon")  # the cells that tell what happened in words ("What", "Number")


def _figures_told(draft: Draft, kinds: list[str | None], cells: list[_Cell]) -> None:
    """The figures a row tells in words when no column of its own holds them: "| shelling | 1
    killed, 3 injured |", "| drones shot down | 4 |" (a "What" column, a "Number" column)."""
    told = ", ".join(c.text for k, c in zip(kinds, cells, strict=False) if k in _TOLD_IN)
    if not {"killed", "injured", "toll"} & set(kinds):
        figures = casualty_figures(told)
        draft.fatalities, draft.injured = figures.get("killed"), figures.get("injured")
    if draft.event_type == "interception" and not {"launched", "destroyed"} & set(kinds):
        draft.launched, draft.destroyed = interception_counts(told, told)


def _aerial(category: str | None) -> bool:
    return category is not None and ("drone" in category or "missile" in category)


def _figure(cell: _Cell | None) -> int | None:
    m = _FIGURE.fullmatch(cell.text) if cell is not None else None
    return int(m.group("n").replace(",", "")) if m else None


def covered(tables: list[Table], start: int) -> bool:
    """Whether the text at ``start`` lies on a table's lines (its rows are read here)."""
    return any(t.start <= start < t.end for t in tables)
