"""The "near a place" filter's centre and radius, as typed: a place name or "lat, lon", and a
distance in km. One reading for the Map page's link and box and ``geo export --near``.

A security officer asks what hit within 25 km of each office; no filter, link or command could
say so (a box of degrees, ``--bbox``, was the nearest). :attr:`geo.filtering.Filters.near` takes
the point and radius this module reads."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from geo.geocode import Geocoder
from geo.geocode.town_in_region import geocode_typed
from geo.records import EventError
from geo.typed_points import typed_point
from geo.vocabulary import shortened

DEFAULT_KM = 25.0
# the Map page's "Within km" box goes no lower: a link's ?km=0.05 filtered at 0.05 km while the
# box showed its least value and the page's line "within 0.05 km" (attack39b)
MIN_KM = 0.1
MAX_KM = 1000.0


class NearError(ValueError):
    """A centre or a radius that cannot be read; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Centre:
    """Where the distances are measured from: the name as shown, and the point."""

    name: str
    lat: float
    lon: float


def radius_km(text: str | float | None) -> float:
    """A radius in km from ``text`` ("25", "25 km", "7.5"); :data:`DEFAULT_KM` when empty.

    Raises
    ------
    NearError
        When it is no number, or not from :data:`MIN_KM` to :data:`MAX_KM`.
    """
    if text is None or str(text).strip() == "":
        return DEFAULT_KM
    words = str(text).strip().lower().removesuffix("km").strip()
    shown = shortened(repr(str(text)))  # (a link's km of 1 MB was said whole)
    try:
        if "_" in words:  # (float() reads "1_0" as 10: a link's km=1_0 was a 10 km ring)
            raise ValueError(words)
        km = float(words)
    except ValueError:
        raise NearError(f"km should be a distance in km such as 25, got {shown} instead") from None
    if not MIN_KM <= km <= MAX_KM:
        raise NearError(f"km should be from {MIN_KM:g} to {MAX_KM:,.0f}, got {shown} instead")
    return km


def centre(geocoder: Geocoder, typed: str, theatre: Set[str] = frozenset()) -> Centre:
    """The point ``typed`` names: "lat, lon", or a place read as the app's place boxes read it
    (for the theatre: "Mykolaiv" is the city on the Southern Bug).

    Raises
    ------
    NearError
        When the text is empty, bad coordinates, or a name the gazetteer does not hold.
    """
    words = " ".join(typed.split())
    if not words:
        raise NearError("needs a place or lat, lon: it is empty")
    try:
        point = typed_point(words)
    except EventError as exc:
        raise NearError(str(exc)) from None
    if point is not None:
        return Centre(f"{point[0]:.4f}, {point[1]:.4f}", point[0], point[1])
    found = geocode_typed(geocoder, words, "", theatre).place
    if found is None:
        raise NearError(
            f"{shortened(repr(words))} is not in the gazetteer: try another spelling, a larger town, or lat, lon"
        )
    return Centre(words, found.lat, found.lon)


def words(centre: Centre, km: float) -> str:
    """The filter in words, as the Map page's line names it: "within 25 km of Kharkiv"."""
    return f"within {km:g} km of {centre.name}"
