"""Great-circle distances."""

from __future__ import annotations

import math

import numpy as np

EARTH_RADIUS_KM = 6371.0088


def distances_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distances (haversine) in km between points given in degrees, as arrays that
    broadcast (every candidate against every place: a column against a row)."""
    p1 = np.radians(lat1)
    return haversine_km(p1, np.cos(p1), lon1, lat2, lon2)


def closeness(km, scale_km: float) -> np.ndarray:
    """1 at no distance, falling on a log scale to 0 at ``scale_km`` and beyond: how near a
    candidate lies to a place the text points it to (what is near, a yardstick)."""
    return np.maximum(0.0, 1.0 - np.log10(1.0 + km) / math.log10(scale_km))


def haversine_km(p1, cos_p1, lon1, lat2, lon2) -> np.ndarray:
    """:func:`distances_km` with the first points' latitudes given in radians with their cosines,
    computed once for points measured again and again (a text's candidates, once per round
    against the places chosen in it); the same operations, so the same distances to the bit."""
    p2 = np.radians(lat2)
    return haversine_radians_km(p1, cos_p1, lon1, p2, np.cos(p2), lon2)


def haversine_radians_km(p1, cos_p1, lon1, p2, cos_p2, lon2) -> np.ndarray:
    """:func:`haversine_km` with the second points' latitudes in radians with their cosines too
    (points that are some of the first ones: a text's chosen places among its candidates)."""
    dp, dl = p2 - p1, np.radians(np.subtract(lon2, lon1))
    h = np.sin(dp / 2) ** 2 + cos_p1 * cos_p2 * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in km."""
    return float(distances_km(lat1, lon1, lat2, lon2))
