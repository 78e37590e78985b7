"""Where the offline basemap may write a region's name: points inside the region away from its
large towns, the best first.

A region's own representative point often falls on its capital ("Kyiv region" was written over
Kyiv's point and an event there). The map (``geo/static/basemap.js``) takes the first of these
points where the name covers no town's point, no name already written and no event marker, and
writes no name for the region when none is clear.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import shapely
from shapely.geometry.base import BaseGeometry

CLEARANCE = 0.35  # degrees around a large town where its region's name is not put first
GRID = 3  # the region's box cut into GRID x GRID cells, a point in each piece of it
MOST = 6  # points per region


def label_points(
    region: BaseGeometry, towns: Sequence[tuple[float, float]], clearance: float = CLEARANCE
) -> list[tuple[float, float]]:
    """Points of ``region`` to write its name at, as ``(lat, lon)`` rounded to 0.001 degree,
    the best first: inside it and away from ``towns`` (``(lon, lat)`` of its large towns),
    largest free piece first, then a point of each cell of a grid over it (larger pieces
    first), then its own representative point (the name's place before)."""
    # each point once, NaN none (1,000 towns on one point were 1,000 circles to join for each
    # region holding them: 1,000 regions and towns over 300 s)
    kept = [t for t in dict.fromkeys(towns) if all(math.isfinite(v) for v in t)]
    near = shapely.union_all(_circles(kept, clearance)) if kept else None
    return _points(region, near)


def _circles(towns: Sequence[tuple[float, float]], clearance: float) -> list[BaseGeometry]:
    return list(shapely.buffer(shapely.points(list(towns)), clearance, quad_segs=8))


def _points(region: BaseGeometry, near: BaseGeometry | None) -> list[tuple[float, float]]:
    """:func:`label_points` with the circles around the region's towns joined (None: no town)."""
    if region.is_empty:
        return []
    region = shapely.make_valid(region)
    free = region.difference(near) if near is not None else region
    pieces = [p for p in getattr(free, "geoms", [free]) if p.area > 0]
    out = [max(pieces, key=lambda p: p.area).representative_point()] if pieces else []
    west, south, east, north = region.bounds
    cells = []
    for i in range(GRID):
        for j in range(GRID):
            box = shapely.box(
                west + (east - west) * i / GRID,
                south + (north - south) * j / GRID,
                west + (east - west) * (i + 1) / GRID,
                south + (north - south) * (j + 1) / GRID,
            )
            piece = free.intersection(box)
            if piece.area > 0:
                cells.append(piece)
    out += [c.representative_point() for c in sorted(cells, key=lambda c: -c.area)]
    out.append(region.representative_point())
    points = dict.fromkeys((round(p.y, 3), round(p.x, 3)) for p in out)
    return list(points)[:MOST]


LARGE = 150_000  # a town this large is named where region names are (zoom 7)
JOINED = 256  # sets of towns whose joined circles are kept for the next regions


def region_rows(
    names: Sequence[str], shapes: Sequence[BaseGeometry], towns: Sequence[tuple[float, float, int]]
) -> list[list]:
    """The basemap's region entries: ``[name, lat, lon, lat, lon, ...]``, the points of
    :func:`label_points` (``towns``: ``(lat, lon, population)``; those of :data:`LARGE` or more
    inhabitants are kept clear)."""
    large = [
        t
        for t in dict.fromkeys((lon, lat) for lat, lon, population in towns if population >= LARGE)
        if all(math.isfinite(v) for v in t)
    ]
    tree = shapely.STRtree(shapely.points(large)) if large else None
    circles = _circles(large, CLEARANCE) if large else []
    # the circles of one set of towns are joined once, whichever regions hold that set: each
    # region joined its own (1,000 regions over the same 1,000 towns 43 s at the assets build)
    joined: dict[tuple[int, ...], BaseGeometry] = {}
    out = []
    for name, shape in zip(names, shapes, strict=True):
        inside = tuple(sorted(tree.query(shape, predicate="intersects"))) if tree else ()
        if inside and inside not in joined:
            if len(joined) >= JOINED:
                joined.clear()
            joined[inside] = shapely.union_all([circles[i] for i in inside])
        points = _points(shape, joined[inside] if inside else None)
        out.append([str(name), *(v for p in points for v in p)])
    return out
