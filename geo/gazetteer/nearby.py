"""The gazetteer's towns and villages by latitude, read once: the ids of those in a box of the map
without a scan of the whole places table (which has no index on points; a query scanned its
300,000 rows, some 40-90 ms, once per imported row with a point)."""

from __future__ import annotations

import sqlite3

import numpy as np

TOWN_FEATURES = ("city", "capital", "village")


class TownsByLatitude:
    """Ids, latitudes and longitudes of the places of :data:`TOWN_FEATURES`, sorted by latitude."""

    def __init__(self, db: sqlite3.Connection) -> None:
        rows = db.execute(
            "SELECT id, lat, lon FROM places WHERE feature IN (?, ?, ?)", TOWN_FEATURES
        ).fetchall()
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        lat = np.array([r[1] for r in rows], dtype=float)  # (a NULL is NaN: in no box)
        lon = np.array([r[2] for r in rows], dtype=float)
        order = np.argsort(lat, kind="stable")
        self.ids, self.lat, self.lon = ids[order], lat[order], lon[order]

    def ids_in(self, south: float, north: float, west: float, east: float) -> list[int]:
        """Ids of the places with ``south <= lat <= north`` and a longitude from ``west`` to
        ``east``, or beyond the antimeridian (``lon >= west + 360`` or ``lon <= east - 360``),
        as the SQL ``BETWEEN`` of those bounds selects them; in the order of their ids."""
        lo = int(np.searchsorted(self.lat, south, side="left"))
        hi = int(np.searchsorted(self.lat, north, side="right"))
        lon = self.lon[lo:hi]
        keep = ((lon >= west) & (lon <= east)) | (lon >= west + 360.0) | (lon <= east - 360.0)
        return sorted(self.ids[lo:hi][keep].tolist())
