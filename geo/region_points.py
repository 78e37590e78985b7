"""Where the map draws the marker of events placed somewhere in a first-level region.

Such an event is stored at GeoNames' point for the region, which for most regions is its capital's
(newuser20: the Odesa region's strike sat on the city of Odesa, as if it were there). The marker
is drawn at the first point the basemap would write the region's name at (:mod:`geo.label_points`:
inside the region, away from its large towns); the event keeps its stored point.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geo import assets
from geo.precision import GeoPrecision
from geo.region_keys import outline_keys

if TYPE_CHECKING:  # (extracted records are drawn without a frame library)
    import pandas as pd


def region_points() -> dict[str, tuple[float, float]]:
    """``(lat, lon)`` of each approximate region by its key (country|admin1); {} before the
    basemap is built."""
    regions, labels = assets.regions_path(), assets.labels_path()
    if not (regions.is_file() and labels.is_file()):
        return {}
    stamp = (regions.stat().st_mtime_ns, labels.stat().st_mtime_ns)
    return _points(str(regions), str(labels), stamp)


@functools.lru_cache(maxsize=2)
def _points(regions: str, labels: str, stamp: tuple[int, int]) -> dict[str, tuple[float, float]]:
    features = assets.load_geojson(Path(regions))["features"]
    rows = json.loads(Path(labels).read_text(encoding="utf-8")).get("regions", [])
    out = {}
    # the labels file lists the regions file's regions in its order (assets.build_labels)
    for feature, row in zip(features, rows, strict=False):
        props = feature["properties"]
        if row and row[0] == props.get("label") and len(row) >= 3:
            out[f"{props['country']}|{props['admin1']}"] = (float(row[1]), float(row[2]))
    return out


def region_stack_points(
    frame: pd.DataFrame, stack: np.ndarray, lat: np.ndarray, lon: np.ndarray, scale: int
) -> tuple[np.ndarray, np.ndarray]:
    """``lat`` and ``lon`` (one per stack, integers of 1/``scale`` degree) with each region-level stack
    moved to its region's point (:func:`region_points`) when the basemap has one."""
    import pandas as pd

    if not len(frame) or not {"geo_precision", "country", "admin1"} <= set(frame.columns):
        return lat, lon
    points = region_points()
    level = pd.to_numeric(frame["geo_precision"], errors="coerce").to_numpy()
    first = pd.Series(np.arange(len(stack))).groupby(stack, sort=True).first().to_numpy()
    lat, lon = lat.copy(), lon.copy()
    countries, admins = frame["country"].to_numpy(), frame["admin1"].to_numpy()
    region_of = {
        s: f"{countries[i]}|{admins[i]}"
        for s, i in enumerate(first)
        if level[i] == int(GeoPrecision.REGION) and isinstance(admins[i], str)
    }
    # an imported file's spelling ("UA|Kherson oblast": UCDP's 639 region-level rows) is the
    # outline's region too; looked up as written, its stack stayed on UCDP's point, the capital's,
    # under the city's marker (newuser35: Kherson's three region-wide shellings read as the city's)
    outline = outline_keys(set(region_of.values()), points)
    for s, key in region_of.items():
        point = points.get(outline.get(key, key))
        if point is not None:
            lat[s], lon[s] = (round(v * scale) for v in point)
    return lat, lon
