"""The theatre: which sides fight, what they are called and where the map opens, read from data.

Facts of one war live in ``data/theatre.toml`` (``$SITREP_THEATRE`` points at another file), so
that mapping another war is a data change, not a code change.
"""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from geo.paths import DATA_DIR

DEFAULT_PATH = DATA_DIR / "theatre.toml"


class TheatreError(ValueError):
    """The theatre file is missing or does not say what it must."""


@dataclass(frozen=True)
class Side:
    """One belligerent: its country code, its name and the adjectives used for it."""

    country: str
    iso3: str
    name: str
    demonyms: tuple[str, ...] = ()
    opponent: str | None = None


@dataclass(frozen=True)
class Theatre:
    """The war being mapped."""

    name: str
    sides: tuple[Side, ...]
    centre: tuple[float, float]
    zoom: int
    outlines: dict[str, str]
    ground: frozenset[str] = frozenset()

    @property
    def countries(self) -> set[str]:
        """The belligerents' country codes."""
        return {s.country for s in self.sides}

    def attacker_of(self, country: str | None) -> str | None:
        """The side that would strike a place in ``country``, when the report names nobody.

        Parameters
        ----------
        country : str or None
            ISO 3166-1 alpha-2 code of the place struck.

        Returns
        -------
        str or None
            The other side's name, or None when ``country`` is no belligerent's or the
            opponent is not clear (more than two sides and no ``opponent`` given).
        """
        side = next((s for s in self.sides if s.country == country), None)
        if side is None:
            return None
        if side.opponent:
            return side.opponent
        others = [s.name for s in self.sides if s is not side]
        return others[0] if len(others) == 1 else None


def load(path: Path | str | None = None) -> Theatre:
    """Read a theatre file (``$SITREP_THEATRE``, else ``data/theatre.toml``).

    Raises
    ------
    TheatreError
        The file cannot be read or lacks a required entry; the message names it.
    """
    path = Path(path or os.environ.get("SITREP_THEATRE") or DEFAULT_PATH)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TheatreError(f"cannot read the theatre file {path}: {exc}") from None
    try:
        return _parse(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise TheatreError(f"the theatre file {path} is not valid: {exc}") from None


def _parse(raw: dict) -> Theatre:
    sides = tuple(
        Side(
            country=str(s["country"]).upper(),
            iso3=str(s["iso3"]).upper(),
            name=str(s["name"]),
            demonyms=tuple(str(d) for d in s.get("demonyms", ())),
            opponent=s.get("opponent"),
        )
        for s in raw["sides"]
    )
    if len(sides) < 2:
        raise ValueError(f"'sides' should list at least two belligerents, got {len(sides)}")
    lat, lon = (float(v) for v in raw["view"]["centre"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"'view.centre' should be [latitude, longitude], got {[lat, lon]}")
    outlines = {str(k).upper(): str(v).upper() for k, v in raw.get("outlines", {}).items()}
    for s in sides:
        outlines.setdefault(s.country, s.iso3)
    ground = {str(c).upper() for c in raw.get("ground", ())} | set(outlines)
    return Theatre(
        name=str(raw["name"]),
        sides=sides,
        centre=(lat, lon),
        zoom=int(raw["view"].get("zoom", 5)),
        outlines=outlines,
        ground=frozenset(ground),
    )


@functools.cache
def _cached(path: str) -> Theatre:
    return load(path)


def current() -> Theatre:
    """The theatre in use, read once per file."""
    return _cached(os.environ.get("SITREP_THEATRE") or str(DEFAULT_PATH))


def for_names(on: bool) -> tuple[set[str], str]:
    """The countries ``geo geocode`` puts first among namesakes, and the line its output gives
    to say so: with ``--theatre`` the theatre's, else none, and how to choose (newuser20:
    "Odessa" alone answered Odessa, Texas, saying nothing of why)."""
    if on:
        mine = current()
        return mine.countries, f"{mine.name} ({', '.join(sorted(mine.countries))}): --theatre"
    return set(), (
        f"none: the world's best-known place of the name; --theatre reads names as a report "
        f"of {current().name} does (its countries first)"
    )
