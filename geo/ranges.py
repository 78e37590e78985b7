"""Weapon reach: the geodesic ring of a weapon's nominal range around a point.

Ranges are the vocabulary's public nominal figures (:mod:`geo.weapons`), for reading a map, not
for targeting. A ring is the set of points at that distance along the WGS84 geodesic (pyproj's
``Geod``), so it is no circle on the Mercator map: it widens towards the pole.
"""

from __future__ import annotations

import numpy as np
from pyproj import Geod

from geo import weapons

_WGS84 = Geod(ellps="WGS84")
MAX_RING_KM = 10_000  # beyond this a ring wraps around the globe and no longer reads as a reach


def reach(name: str) -> tuple[str, float]:
    """A weapon's vocabulary name and nominal range in km (aliases understood).

    Raises
    ------
    ValueError
        When the vocabulary does not know it or gives it no range.
    """
    weapon = weapons.lookup(name)
    if weapon is None or not weapon.range_km:
        known = ", ".join(str(w.name) for w in ranged())
        raise ValueError(f"'weapon' should be one of {known}, got {name!r} instead")
    return str(weapon.name), float(weapon.range_km)


def ranged() -> list[weapons.Weapon]:
    """The vocabulary's systems with a nominal range a ring can show, shortest first."""
    return sorted(
        (w for w in weapons.SYSTEMS if w.range_km and w.range_km <= MAX_RING_KM),
        key=lambda w: (w.range_km, w.name),
    )


def ring(lat: float, lon: float, km: float, points: int = 180) -> list[tuple[float, float]]:
    """``points`` (lat, lon) pairs at ``km`` from (``lat``, ``lon``) along the geodesic, every
    360/``points`` degrees of bearing from north, closed (the first pair repeated last)."""
    if not 0 < km <= MAX_RING_KM:
        raise ValueError(f"'km' should be over 0 and at most {MAX_RING_KM}, got {km} instead")
    bearings = np.linspace(0.0, 360.0, points, endpoint=False)
    # pyproj takes longitude first
    lons, lats, _ = _WGS84.fwd(
        np.full(points, lon), np.full(points, lat), bearings, np.full(points, km * 1000.0)
    )
    pairs = list(zip(lats.tolist(), np.unwrap(lons, period=360).tolist(), strict=True))
    return [*pairs, pairs[0]]
