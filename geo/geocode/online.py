"""Online backend (opt-in): Nominatim for what the gazetteer has no entry for."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from geo.gazetteer import Place, normalize
from geo.paths import cache_dir


class NominatimBackend:
    """Nominatim through geopy, throttled to its policy and cached on disk.

    Parameters
    ----------
    domain : str
        Host (and port) of the Nominatim service.
    scheme : str
        "https" for the public service; "http" for a local one.
    min_delay_seconds : float
        Pause between requests; Nominatim's usage policy asks for at least 1 s.
    cache_path : Path, optional
        SQLite file keeping every answer, so no query is sent twice.
    """

    def __init__(
        self,
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        min_delay_seconds: float = 1.0,
        cache_path: Path | None = None,
        user_agent: str = "sitrep-map/0.1 (offline-first conflict map)",
    ) -> None:
        try:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim
        except ImportError as exc:  # pragma: no cover - geopy is a core requirement
            raise ImportError("the online geocoder needs geopy: pip install geopy") from exc
        self._nominatim = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=10)
        # errors are not swallowed: an unreachable service must not read as "no such place"
        self._limited = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=1,
            swallow_exceptions=False,
        )
        self.min_delay_seconds = min_delay_seconds
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "nominatim.sqlite"
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.cache_path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, json TEXT)")
        self.requests_sent = 0

    def geocode(self, query: str) -> Place | None:
        """The first Nominatim answer for ``query`` as a Place, or None. Only real answers are
        cached (an empty one too); a service that cannot be reached gives None, kept nowhere."""
        key = normalize(query)
        row = self._db.execute("SELECT json FROM answers WHERE query = ?", (key,)).fetchone()
        if row is not None:
            raw = json.loads(row[0])
        else:
            from geopy.exc import GeopyError

            self.requests_sent += 1
            try:
                location = self._limited(query, addressdetails=True, language="en")
            except GeopyError:
                return None  # unreachable or refusing: a miss this time, nothing cached
            raw = location.raw if location is not None else None
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, json.dumps(raw))
                )
        return place_from_nominatim(raw)


def place_from_nominatim(raw: dict | None) -> Place | None:
    """Shape one Nominatim JSON answer into a Place (pure function)."""
    if not raw:
        return None
    address = raw.get("address") or {}
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0]
    return Place(
        id=-int(raw.get("place_id") or 0),
        name=name,
        lat=float(raw["lat"]),  # Nominatim gives strings, lat first
        lon=float(raw["lon"]),
        country=str(address.get("country_code", "")).upper(),
        admin1=address.get("state", ""),
        admin2=address.get("county", ""),
        feature="online",
        population=0,
    )
