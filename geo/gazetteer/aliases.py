"""Build step, ``data/aliases.csv``: hand-made names no package has."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from geo.gazetteer.collect import COUNTRY, FEATURE, POPULATION, Builder
from geo.gazetteer.names import ALTERNATE, DEMONYM, normalize


def add_aliases(b: Builder, path: Path, strict: bool = True) -> None:
    """Each row is either another name for an indexed place (``target`` set: the most populous
    place of that name, in ``country`` and of ``feature`` when given; an adjective when ``kind`` is
    "demonym") or a place of its own. A target not indexed is an error in the file when
    ``strict`` (the full build), else a town the build left out (``--min-population 15000``
    ended after minutes in a ValueError traceback for Graivoron's 30,000 people): passed over."""
    if not path.is_file():
        return
    by_key: dict[str, list[int]] = defaultdict(list)
    for key, place_id in b.names:
        by_key[key].append(place_id)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(r for r in f if not r.startswith("#")):
            if row["target"]:
                ids = [
                    i
                    for i in by_key.get(normalize(row["target"]), [])
                    if not row["country"] or b.places[i - 1][COUNTRY] == row["country"]
                ]
                if row["feature"]:
                    ids = [i for i in ids if b.places[i - 1][FEATURE] == row["feature"]]
                if not ids and not strict:
                    continue
                if not ids:
                    raise ValueError(f"aliases.csv: no place {row['target']!r} for {row['name']!r}")
                best = max(ids, key=lambda i: b.places[i - 1][POPULATION])
                # "demonym" in the last column: an adjective ("South Ossetian"), read as the
                # place only where demonyms are asked for, as countries' are.
                kind = DEMONYM if row.get("kind") == "demonym" else ALTERNATE
                b.add_name(best, row["name"], kind)
            else:
                new_id = b.add(
                    row["name"],
                    float(row["lat"]),
                    float(row["lon"]),
                    row["country"],
                    row["feature"] or "region",
                    int(row["population"] or 0),
                    admin1=row.get("admin1") or "",
                )
                by_key[normalize(row["name"])].append(new_id)
