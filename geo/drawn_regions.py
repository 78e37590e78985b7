"""Where and under what name every output puts an event placed somewhere in a first-level region:
the map's marker, each export of the store and ``geo extract``'s GeoJSON of a report.

Such an event is stored under GeoNames' name and point for its region ("Bryansk", the city's
point). The map draws it at the region's own point (:mod:`geo.region_points`) and names it as
the popups do ("Bryansk region", :mod:`geo.event_names`); the exports wrote it so, but ``geo
extract -o`` wrote the stored point: newuser23 found the same event 120 km apart in the two
files. :func:`drawn_region` is the one answer both take (no frame library: the command line's
extract loads none, unless its output names another format than GeoJSON: :func:`drawn_file`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.event_names import event_place
from geo.geojson_text import records_geojson
from geo.precision import GeoPrecision
from geo.region_points import region_points


def drawn_region(
    place: object, country: object, admin1: object, level: object
) -> tuple[str, tuple[float, float] | None] | None:
    """``(name, (lat, lon))`` an event stored at its own first-level region is written with
    ("Bryansk region" at the region's point; the point None before the basemap is built); None
    for any other event (a town, a region event under another name: the sea's, a district's)."""
    if not (isinstance(country, str) and country and isinstance(admin1, str) and admin1):
        return None
    try:
        if int(level) != int(GeoPrecision.REGION):  # type: ignore[call-overload]
            return None
    except (TypeError, ValueError, OverflowError):
        return None
    record = {"place": place, "country": country, "admin1": admin1, "geo_precision": level}
    shown = event_place(record)
    if shown == place:
        return None
    return shown, region_points().get(f"{country}|{admin1}")


def drawn_records(records: Sequence[dict]) -> list[dict]:
    """``records`` (validated, as extracted) with each one stored at its own region renamed and
    moved as :func:`drawn_region` says; the others as they are."""
    out = []
    for record in records:
        drawn = drawn_region(
            record.get("place"),
            record.get("country"),
            record.get("admin1"),
            record.get("geo_precision"),
        )
        if drawn is None:
            out.append(record)
            continue
        name, point = drawn
        moved = {**record, "place": name}
        if point is not None:
            moved["lat"], moved["lon"] = point
        out.append(moved)
    return out


def drawn_geojson(records: Sequence[dict]) -> str:
    """GeoJSON text of extracted ``records`` as the export of the store writes the same events
    (:func:`drawn_records`): ``geo extract``'s output."""
    return records_geojson(drawn_records(records)).decode("utf-8")


def drawn_file(records: Sequence[dict], output: object) -> tuple[str | bytes, bool]:
    """``geo extract``'s output for the file ``output`` names, and whether it is binary: the
    format its extension names, written by the export's writers (``-o out.csv`` wrote GeoJSON
    into a .csv file: newuser25); GeoJSON for standard output, .geojson/.json or any other name."""
    from geo.formats.table import by_suffix

    fmt = by_suffix(str(output)) if output is not None and str(output) != "-" else None
    if fmt is None or fmt.name == "geojson":
        return drawn_geojson(records), False
    from geo.events import to_frame
    from geo.export import export_bytes
    from geo.gazetteer import Gazetteer

    data = export_bytes(to_frame(list(records)), fmt.name, Gazetteer().country_codes())
    return data, fmt.binary
