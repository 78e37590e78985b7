"""A town an export named as the pages show it, read back under the gazetteer's name.

Exports name a place as the map's popups and tables do (:func:`geo.event_names.with_shown_places`:
"Kupiansk" as the report spelt it, where GeoNames says "Kupyansk"; "Oryol" for "Orël"), while
the store keeps the gazetteer's name, as extraction stores it. A row read back whose place is
the shown name of a gazetteer place lying at the row's very point is stored under that place's
name again, so that an export imported into the store it came from finds its events "already
there", not "updated" with another spelling. A row whose name the pages would not show so (a
hand-made file's "Kupiansk" with no report's word) keeps its name."""

from __future__ import annotations

import numpy as np
import pandas as pd

from geo.event_names import event_place
from geo.precision import GeoPrecision
from geo.soft_signs import SOFT_SIGNED

_SAME_POINT = 1e-5  # degrees: the export writes six decimals


def towns_as_stored(frame: pd.DataFrame, gazetteer) -> pd.DataFrame:
    """``frame`` with each town row named as the gazetteer names the place its shown name
    stands for (see the module's note); the frame itself when none is, or with no gazetteer
    (a KML or GeoPackage read without one)."""
    needed = {"place", "country", "geo_precision", "geometry"}
    if gazetteer is None or not len(frame) or not needed <= set(frame.columns):
        return frame
    level = pd.to_numeric(frame["geo_precision"], errors="coerce")
    rows = np.flatnonzero(
        (frame["country"].isin(SOFT_SIGNED) & (level != int(GeoPrecision.REGION))).to_numpy()
    )
    places, points = frame["place"].to_numpy(), frame.geometry.to_numpy()
    found: dict[str, list] = {}  # the gazetteer's places of each name, looked up once
    names = {}
    for i in rows:
        place, point = places[i], points[i]
        if not isinstance(place, str) or point is None or point.is_empty:
            continue
        if place not in found:
            found[place] = [p for p, _ in gazetteer.lookup(place) if p.name != place]
        at = [p for p in found[place] if _at(p, point)]
        if at and (name := _shown_as(frame.iloc[i].to_dict(), at, place)) is not None:
            names[i] = name
    if not names:
        return frame
    out = frame.copy()
    column = frame["place"].to_numpy(dtype=object).copy()
    column[list(names)] = list(names.values())
    out["place"] = pd.Series(column, index=frame.index, dtype=object)
    return out


def _at(place, point) -> bool:
    """Whether the gazetteer's ``place`` lies at ``point`` (longitude x, latitude y)."""
    return abs(place.lat - point.y) <= _SAME_POINT and abs(place.lon - point.x) <= _SAME_POINT


def _shown_as(record: dict, candidates: list, place: str) -> str | None:
    """The name of the first of ``candidates`` (places at ``record``'s point) in ``record``'s
    country that the pages show as ``place``; else None."""
    for candidate in candidates:
        if candidate.country == record.get("country") and (
            event_place({**record, "place": candidate.name}) == place
        ):
            return candidate.name
    return None
