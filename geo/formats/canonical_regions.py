"""One name per first-level region, whichever dataset an event came from.

UCDP writes "Donetsk oblast", "Zaporizhzhya oblast", "Kiev Special Republican city"; ACLED
writes "Donetsk"; GeoNames, whose names the store, the outlines and extracted events use, has
"Donetsk", "Zaporizhia", "Kyiv". With both imported into one store, an export carried 168 rows
of "Donetsk oblast" and 6 of "Donetsk": a researcher's group-by split one region in two (the
Region box already joined them). An imported region field is stored under GeoNames' name for
the region it names (matched as the outlines are, :func:`geo.region_keys.outline_keys`), and
the file's own spelling, when it differs, is kept in ``extra`` as ``source_admin1``.
"""

from __future__ import annotations

import json

import pandas as pd

from geo.region_keys import outline_keys

SOURCE_KEY = "source_admin1"


def canonical_regions(frame: pd.DataFrame, gazetteer) -> pd.DataFrame:
    """``frame`` (events read from a file) with each region field GeoNames spells otherwise put
    under GeoNames' name, the file's spelling kept in ``extra``; the frame itself when none."""
    if gazetteer is None or not len(frame) or not {"country", "admin1"} <= set(frame.columns):
        return frame
    renamed = _renamed(frame, gazetteer)
    if not renamed:
        return frame
    keys = list(zip(frame["country"].astype(object), frame["admin1"].astype(object), strict=True))
    admin = [renamed.get(k, k[1]) for k in keys]
    extras = frame["extra"] if "extra" in frame.columns else pd.Series(None, index=frame.index)
    kept = [
        _with_source(extra, k[1]) if k in renamed else extra
        for k, extra in zip(keys, extras.astype(object), strict=True)
    ]
    return frame.assign(
        admin1=pd.Series(admin, index=frame.index, dtype=object),
        extra=pd.Series(kept, index=frame.index, dtype=object),
    )


def _renamed(frame: pd.DataFrame, gazetteer) -> dict[tuple[str, str], str]:
    """GeoNames' name of each (country, region field) of ``frame`` it spells otherwise."""
    pairs = frame[["country", "admin1"]].astype(object).drop_duplicates()
    out: dict[tuple[str, str], str] = {}
    known: dict[str, tuple[str, ...]] = {}  # a country's outline keys, read once
    for country, admin1 in pairs.itertuples(index=False, name=None):
        if not (isinstance(country, str) and isinstance(admin1, str) and admin1.strip()):
            continue
        if country not in known:
            known[country] = tuple(f"{country}|{n}" for n in gazetteer.admin1_names(country))
        if f"{country}|{admin1}" in known[country]:
            continue
        found = outline_keys([f"{country}|{admin1}"], known[country]).get(f"{country}|{admin1}")
        if found is not None:
            out[(country, admin1)] = found.partition("|")[2]
    return out


def _with_source(extra: object, written: str) -> str:
    """``extra`` (JSON text or empty) with the file's region spelling, unless it has one."""
    held = json.loads(extra) if isinstance(extra, str) and extra.strip() else {}
    if not isinstance(held, dict):
        return extra  # type: ignore[return-value]
    held.setdefault(SOURCE_KEY, written)
    return json.dumps(held, ensure_ascii=False)
