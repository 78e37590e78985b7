"""The rows an import put far from the rest of the file: a place name the gazetteer found only
abroad (newuser21's "Atlantis" became Atlantis, Western Cape, South Africa, with no warning,
and the map opened on the theatre with it out of view). Each is named, with where it went."""

from __future__ import annotations

from geo.formats.table import refused_unit
from geo.geocode.distance import distance_km
from geo.vocabulary import shortened

FAR_KM = 1500  # farther than this from every other row of the file: worth a look
SHOWN = 5  # rows named one by one; the rest counted


def far_notes(fmt: str, placed: list[tuple[int, dict]], every: list[dict]) -> list[str]:
    """Notes naming each row of ``placed`` (row number, event put at the place its name found)
    that lies outside the theatre's countries while most of the file lies in them, or farther
    than FAR_KM from every other event of ``every`` (the file's events)."""
    from geo.theatre import current

    if len(every) < 2:
        return []
    theatre = current()
    countries = theatre.countries
    inside = sum(e.get("country") in countries for e in every)
    unit, found = refused_unit(fmt), []
    for n, event in placed:
        others = [e for e in every if e is not event]
        nearest = min(distance_km(event["lat"], event["lon"], e["lat"], e["lon"]) for e in others)
        abroad = event.get("country") not in countries and inside * 2 > len(every)
        if abroad or nearest > FAR_KM:
            where = ", ".join(
                x for x in (event["place"], event.get("admin1"), event.get("country")) if x
            )
            why = (
                f"outside {' and '.join(s.name for s in theatre.sides)}, where the file's "
                "other rows lie"
                if abroad
                else "far from the file's other rows"
            )
            found.append(
                f"{unit} {n}: {shortened(repr(event.get('place_mention') or event['place']))} "
                f"was put at {shortened(where)}, {why} ({nearest:,.0f} km from the nearest)"
            )
    if not found:
        return []
    rest = f"; and {len(found) - SHOWN:,} more" if len(found) > SHOWN else ""
    return [
        "; ".join(found[:SHOWN]) + rest + ": if that is not the place meant, give the row's "
        "coordinates, or its country and region"
    ]
