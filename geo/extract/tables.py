"""Markdown tables of a data piece: under a heading that names the events ("The week's deadliest
strikes", "Drones shot down, by region"), each row with a place in its place column is one event
there, with the day, weapon, figures, source and check that the columns' headers name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import weapons as wv
from geo.extract.attribution import HEDGE, claimant_in, independent
from geo.extract.dates import When, date_in, default_date, period_in
from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in
from geo.extract.places import PlaceHit, short_mention
from geo.extract.publication import Publication
from geo.extract.sentences import Sentence
from geo.extract.wording import words

_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
# What a column holds, by its header; the first kind that fits ("Drones launched" is a count
# launched, "Claimed by" a source, "Change on week 9" nothing).
_COLUMNS = [
    ("source", words("(?:claimed|given|reported|stated) by", "sources?", "figures from", "according to")),
    ("check", words("check", "checked", "verified", "verification", "status")),
    ("day", words("day", "date", "when", "night ending")),
    ("killed", words("killed", "dead", "deaths", "fatalities", "died")),
    ("injured", words("injured", "wounded", "hurt")),
    ("launched", words("launched", "fired")),
    ("destroyed", words("downed", "shot down", "destroyed", "intercepted")),
    ("weapon", words("weapon", "weapons", "means")),
    ("place", words("region", "place", "village", "town", "city", "settlement", "location",
                    "area", "oblast", "province", "target", "where", "locality")),
]  # fmt: skip
_NOT_CONFIRMED = words("not confirmed", "no confirmation", "none", "no", "unclear")
_CONFIRMED = words("confirmed", "geolocated", "verified")
_TOTAL = words("total", "totals", "all regions", "other regions", "overall")
_SOURCE_LINE = re.compile(r"(?i)^\s*sources?:\s*(?P<who>[^.\n]+)")
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


def _cells(line: str, base: int) -> list[_Cell]:
    out: list[_Cell] = []
    pos = line.index("|") + 1
    while True:
        bar = line.find("|", pos)
        if bar < 0:
            return out
        raw = line[pos:bar]
        lead = len(raw) - len(raw.lstrip())
        out.append(_Cell(raw.strip(), base + pos + lead, base + pos + lead + len(raw.strip())))
        pos = bar + 1


def _kind(header: str) -> str | None:
    return next((kind for kind, pattern in _COLUMNS if pattern.search(header)), None)


def find_tables(text: str) -> list[Table]:
    """The markdown tables of ``text`` (a header row, a rule row, body rows), with offsets."""
    if "|" not in text:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    tables, i = [], 1
    while i < len(lines) - 1:
        line, base = lines[i]
        rule = _RULE.fullmatch(lines[i + 1][0])
        if not (line.lstrip().startswith("|") and rule and "|" in lines[i + 1][0]):
            i += 1
            continue
        headers = [c.text for c in _cells(line, base)]
        heading, source = _above(lines, i)
        j, rows = i + 2, []
        while j < len(lines) and lines[j][0].lstrip().startswith("|"):
            row, start = lines[j]
            s = Sentence(row.strip(), start + len(row) - len(row.lstrip()), start + len(row), j)
            rows.append((s, _cells(row, start)))
            j += 1
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
        if not triggers or "place" not in table.kinds:
            continue
        around = wv.find_weapons(table.heading) or wv.find_weapons(" ".join(table.headers))
        etype = triggers[0][0]
        if "destroyed" in table.kinds and any(_aerial(w.category) for w in around):
            etype = "interception"  # "Drones reported destroyed, by region"
        if etype == "meeting":
            continue
        for s, cells in table.rows:
            draft = _row(table, etype, s, cells, hits, pub, period)
            if draft is None:
                continue
            if draft.category is None and etype != "fighting" and around:
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
    col = dict(zip(table.kinds, cells, strict=False))
    place = col["place"]
    if "**" in s.text or _TOTAL.search(place.text):
        return None
    hit = next((h for h in hits if place.start <= h.start < place.end), None)
    if hit is None or (hit.place.feature == "sea" and etype != "interception"):
        return None
    day = date_in(col["day"].text, pub) if "day" in col else None
    region = hit.place.feature in ("admin1", "admin2", "region")
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
    if etype == "interception":
        draft.launched, draft.destroyed = (
            _figure(col.get("launched")),
            _figure(col.get("destroyed")),
        )
    return draft


def _aerial(category: str | None) -> bool:
    return category is not None and ("drone" in category or "missile" in category)


def _figure(cell: _Cell | None) -> int | None:
    m = _FIGURE.fullmatch(cell.text) if cell is not None else None
    return int(m.group("n").replace(",", "")) if m else None


def covered(tables: list[Table], start: int) -> bool:
    """Whether the text at ``start`` lies on a table's lines (its rows are read here)."""
    return any(t.start <= start < t.end for t in tables)
