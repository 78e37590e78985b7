"""What an import did, every figure as it happened: the rows of the file, the events read (those
put at the place they name, those named by their point), the rows refused and why, and what the
store did with the events (new, updated, already there, deleted earlier and left out)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.formats import ImportResult
    from geo.store import SaveResult

# what a reason says of the value that came ("got '2024-13-40' instead", the point out of range,
# the name not in the gazetteer) and the row or feature it names: the same kind of refusal
# whatever the value (each unknown name or point was a kind of its own: 2,000 rows refused for
# 2,000 names were "1: ...; 1: ...; 1: ...; 1,997: other reasons")
_VALUE = (
    (re.compile(r",? got .*? instead|^(?:row|feature|placemark) \d+: |\s*\(event_id [^)]*\)"), ""),
    (re.compile(r", got .*"), ""),  # ("geometry should be a Point object, got 'Line'")
    (re.compile(r"^(coordinates out of range): .*"), r"\1"),
    (
        re.compile(r"^(no coordinates, and the gazetteer has no) .*?( \(give latitude[^(]*)$"),
        r"\1 such place\2",
    ),
)
SHOWN = 3  # kinds of refusal said in the summary line; the rest as "other"


def refusal_kinds(refused: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The kinds of reason rows were refused for, most rows first, each with its count."""
    from geo.formats.refusals import Refusals

    if isinstance(refused, Refusals):
        reasons = Counter(refused.counts())
    else:
        reasons = Counter(reason for _, reason in refused)
    kinds: Counter[str] = Counter()
    for reason, n in reasons.items():
        for pattern, put in _VALUE:
            reason = pattern.sub(put, reason)
        kinds[reason.strip()] += n
    return kinds.most_common()


def refused_words(refused: Sequence[tuple[int, str]], more: int = 0) -> str:
    """ "2 refused (1: 'event_date' should be a date, 1: no coordinates and no place name ...)":
    ``more`` rows refused by the store (an import may not replace the reference events)."""
    kinds = refusal_kinds(refused)
    if more:
        kinds.append(("an import cannot replace a reference event", more))
    total = sum(n for _, n in kinds)
    if not total:
        return "0 refused"
    shown = [f"{n}: {kind}" for kind, n in kinds[:SHOWN]]
    rest = sum(n for _, n in kinds[SHOWN:])
    return f"{total} refused ({'; '.join(shown)}{f'; {rest}: other reasons' if rest else ''})"


def import_line(name: str, result: ImportResult, saved: SaveResult) -> str:
    """The command line's summary of importing file ``name``."""
    placed = [
        f"{result.located} put at the place they name" if result.located else "",
        f"{result.named_by_point} without a place name named by their point"
        if result.named_by_point
        else "",
    ]
    how = ", ".join(p for p in placed if p)
    withheld = f", {len(saved.withheld)} deleted earlier left out" if saved.withheld else ""
    return (
        f"{name} ({result.format}): {result.rows} row{'' if result.rows == 1 else 's'}, "
        f"{len(result.frame)} read{f' ({how})' if how else ''}, "
        f"{refused_words(result.refused, len(saved.refused))}; store: {saved.added} new, "
        f"{saved.updated} updated, {saved.unchanged} already there{withheld}, "
        f"{saved.total} events in all"
    )


def nothing_read(name: str, result: ImportResult) -> str:
    """The one line for a file of which no event could be read: one with nothing in it ("holds no
    features": an empty FeatureCollection read "0 rows, 0 refused, see the refused rows above",
    newuser25), or one whose rows were all refused (their reasons are listed)."""
    if not result.rows:
        things = {"geojson": "features", "kml": "placemarks"}.get(result.format, "rows")
        return f"{name} holds no {things}: nothing to import"
    return f"{name}: no event could be read ({len(result.refused):,} rows refused)"
