"""Outlines that cross the 180° meridian, cut there: each side drawn on its own side of the map.

Natural Earth's outlines as the world atlas ships them run straight on from 179.9° E to 179.9° W
(Russia's Chukotka, Fiji, Antarctica). Drawn on a flat map such an edge crosses the whole world:
the grey lines across a zoomed-out map. :func:`cut_at_antimeridian` unwraps such a polygon's
longitudes (closing a ring around a pole along the pole) and cuts it into its parts west and east
of the meridian; every other outline is kept as it is.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry


def crosses(ring: np.ndarray) -> bool:
    """Whether a ring of (lon, lat) points has an edge longer than half the world east-west."""
    return bool(len(ring) > 1 and (np.abs(np.diff(ring[:, 0])) > 180).any())


def unwrapped(ring: np.ndarray) -> np.ndarray:
    """The ring with its longitudes made continuous (past ±180° where it goes on round the
    world); a ring around a pole (ending a whole turn from where it began) is closed along it."""
    x = ring[:, 0].astype(float)
    x[1:] -= 360 * np.cumsum(np.round(np.diff(x) / 360))
    out = np.column_stack([x, ring[:, 1]])
    if abs(x[-1] - x[0]) > 180:
        pole = -90.0 if ring[:, 1].mean() < 0 else 90.0
        out = np.vstack([out, [[x[-1], pole], [x[0], pole], out[0]]])
    return out


def _cut(polygon: Polygon) -> list[Polygon]:
    rings = [np.asarray(polygon.exterior.coords)] + [
        np.asarray(r.coords) for r in polygon.interiors
    ]
    if not any(crosses(r) for r in rings):
        return [polygon]
    outer, *holes = [unwrapped(r) for r in rings]
    middle = outer[:, 0].mean()
    holes = [h - [360 * round((h[:, 0].mean() - middle) / 360), 0] for h in holes]
    whole = shapely.make_valid(Polygon(outer, holes))
    parts = []
    for turn in (-1, 0, 1):  # the part of each copy of the world, moved onto the one map
        side = whole.intersection(box(-180 + 360 * turn, -90, 180 + 360 * turn, 90))
        parts += polygons(translate(side, xoff=-360 * turn))
    return parts


def polygons(geometry: BaseGeometry) -> list[Polygon]:
    """The polygons of ``geometry`` (none for lines or points left by a cut)."""
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [geometry]
    return [p for g in getattr(geometry, "geoms", []) for p in polygons(g)]


def cut_at_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """``geometry`` (a polygon or multipolygon in lon/lat) with every part that crosses the
    180° meridian cut there into its western and eastern parts."""
    parts = polygons(geometry)
    if not any(crosses(np.asarray(p.exterior.coords)) for p in parts):
        return geometry
    return MultiPolygon([q for p in parts for q in _cut(p)])
