"""Event density on screen: counts per hexagon of a grid laid over the map at one zoom, or per region (pure, numpy and shapely).

The map's density view (``geo/static/density.js``) bins the events it shows this way in the
browser, at every redraw; this module is the same binning for Python, so that tests, scripts and
notebooks get the counts the map draws. Hexagons are pointy-topped, ``radius`` screen pixels from
centre to corner, laid over Web Mercator world pixels (256 at zoom 0, doubling per zoom level), so
a hexagon stays where it is while the map pans. Cell ``(i, j)`` is centred at
``((i + (j & 1) / 2) * radius * sqrt(3), j * radius * 1.5)``.

Events placed only at a country or an area across regions
(:func:`geo.precision.wider_than_region`) are in neither: the map leaves them out and says how
many; filter them out before calling these to get its counts.

:func:`region_counts` is the view's other choice (``geo/static/choropleth.js``): events per
first-level region of the basemap's regions file, each point in the first region that holds it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TILE_PX = 256
MAX_LAT = 85.0511287798  # Web Mercator's edge


def world_pixels(lat: np.ndarray, lon: np.ndarray, zoom: int) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixel coordinates (x east, y south) of points at ``zoom``, as Leaflet's."""
    lat = np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT)
    size = TILE_PX * 2.0**zoom
    sin = np.sin(np.radians(lat))
    x = (np.asarray(lon, dtype=float) / 360 + 0.5) * size
    y = (0.5 - np.log((1 + sin) / (1 - sin)) / (4 * np.pi)) * size
    return x, y


def hex_cells(x: np.ndarray, y: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """The hexagon ``(i, j)`` each pixel point falls in (the nearest centre of the grid).

    Parameters
    ----------
    x, y : ndarray
        World pixel coordinates (:func:`world_pixels`).
    radius : float
        Centre to corner, in pixels; more than 0.

    Returns
    -------
    tuple of ndarray
        Column ``i`` and row ``j`` (int64) of each point's hexagon.
    """
    if not radius > 0:
        raise ValueError(f"'radius' should be more than 0, got {radius!r} instead")
    dx, dy = radius * np.sqrt(3), radius * 1.5
    py = np.asarray(y, dtype=float) / dy
    j = np.round(py)
    odd = (j.astype(np.int64) & 1).astype(float)
    px = np.asarray(x, dtype=float) / dx - odd / 2
    i = np.round(px)
    # Near a row's edge the nearest centre may be in the row above or below.
    j2 = j + np.where(py < j, -1.0, 1.0)
    odd2 = (j2.astype(np.int64) & 1).astype(float)
    i2 = np.round(np.asarray(x, dtype=float) / dx - odd2 / 2)
    d1 = ((i + odd / 2) * dx - x) ** 2 + (j * dy - y) ** 2
    d2 = ((i2 + odd2 / 2) * dx - x) ** 2 + (j2 * dy - y) ** 2
    other = d2 < d1
    return np.where(other, i2, i).astype(np.int64), np.where(other, j2, j).astype(np.int64)


def hex_centre(i: np.ndarray, j: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """World pixel coordinates of the centres of hexagons ``(i, j)``."""
    j = np.asarray(j, dtype=np.int64)
    return (np.asarray(i) + (j & 1) / 2) * radius * np.sqrt(3), j * radius * 1.5


def hex_counts(
    lat: np.ndarray, lon: np.ndarray, zoom: int, radius: float, weights: np.ndarray | None = None
) -> pd.DataFrame:
    """Events per hexagon at ``zoom``.

    Parameters
    ----------
    lat, lon : ndarray
        Points in degrees (WGS 84).
    zoom : int
        The map's zoom level.
    radius : float
        The hexagons' size on screen, centre to corner, in pixels.
    weights : ndarray, optional
        Events at each point (default one).

    Returns
    -------
    DataFrame
        ``i``, ``j`` (the hexagon) and ``count``, one row per hexagon with events, sorted by
        ``i`` then ``j``.
    """
    x, y = world_pixels(lat, lon, zoom)
    i, j = hex_cells(x, y, radius)
    w = np.ones(len(i), dtype=np.int64) if weights is None else np.asarray(weights, np.int64)
    table = pd.DataFrame({"i": i, "j": j, "count": w})
    counts = table.groupby(["i", "j"], as_index=False).agg(count=("count", "sum"))
    return counts.sort_values(by=["i", "j"])


def region_counts(
    lat: np.ndarray, lon: np.ndarray, features: list[dict], weights: np.ndarray | None = None
) -> pd.DataFrame:
    """Events per region: each point counts in the first of ``features`` (in their order) whose
    outline holds it; points in none are left out.

    Parameters
    ----------
    lat, lon : ndarray
        Points in degrees (WGS 84).
    features : list of dict
        GeoJSON features with polygon geometries and ``country`` and ``admin1`` properties (the
        regions file, ``geo.assets.regions_path()``).
    weights : ndarray, optional
        Events at each point (default one).

    Returns
    -------
    DataFrame
        ``region`` (the feature's position), ``key`` (``"country|admin1"``) and ``count``, one
        row per region with events, in feature order.
    """
    import shapely
    from shapely.geometry import shape

    shapes = [shape(f["geometry"]) for f in features]
    points = shapely.points(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    point, region = shapely.STRtree(shapes).query(points, predicate="within")
    w = np.ones(len(points), dtype=np.int64) if weights is None else np.asarray(weights, np.int64)
    first = pd.DataFrame({"point": point, "region": region}).groupby("point")["region"].min()
    counts = pd.Series(w[first.index.to_numpy()]).groupby(first.to_numpy()).sum()
    keys = [f"{f['properties']['country']}|{f['properties']['admin1']}" for f in features]
    return pd.DataFrame(
        {
            "region": counts.index.to_numpy(np.int64),
            "key": [keys[k] for k in counts.index],
            "count": counts.to_numpy(np.int64),
        }
    )
