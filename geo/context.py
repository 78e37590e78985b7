"""Context layers: named, dated polygon layers (the occupied areas on a day) kept beside the store.

A layer is imported from a GeoJSON, KML or GeoPackage polygon file (:mod:`geo.context_files`
tells them by their bytes), its areas merged into one (multi)polygon in EPSG:4326, and saved with
its name and date in a GeoPackage next to the event store (``data/store.gpkg`` ->
``data/store.context.gpkg``, layer ``context_layers``), or in the PostGIS store itself
(:mod:`geo.context_postgis`). Events are then tagged against them by :mod:`geo.sides`. Writes
replace the file in one rename.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import area_union
from geo.paths import context_path
from geo.store import is_postgres, location

LAYER = "context_layers"
MAX_NAME = 100
# Names reach the map's legend and tooltips: no markup or template characters at all.
_NAME = re.compile(rf"[\w .,()/-]{{1,{MAX_NAME}}}")


class ContextError(ValueError):
    """A context layer file or request that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class ContextLayer:
    """One dated layer: its name, day, merged areas and where they came from."""

    name: str
    date: str  # YYYY-MM-DD
    geometry: shapely.Geometry
    source: str
    imported_at: str

    @property
    def parts(self) -> int:
        return int(shapely.get_num_geometries(self.geometry))

    @property
    def vertices(self) -> int:
        return int(shapely.get_num_coordinates(self.geometry))


def path_for(store: str | Path | None = None) -> Path | str:
    """Where the context layers of the store ``store`` (default: ``$SITREP_STORE``) are: a
    GeoPackage beside a GeoPackage store, or the PostGIS store's own address (its table
    ``context_layers``, :mod:`geo.context_postgis`)."""
    where = store if store else location()
    if is_postgres(where):
        return str(where)
    return context_path(Path(where))


def stamp(where: Path | str | None = None) -> int:
    """A number that changes whenever the layers do (a key for caches of them)."""
    where = where if where else path_for()
    if is_postgres(where):
        from geo import context_postgis

        return context_postgis.stamp(str(where))
    path = Path(where)
    return path.stat().st_mtime_ns if path.exists() else 0


def read_areas(path: Path) -> shapely.Geometry:
    """Every polygon of every layer of ``path`` merged into one valid geometry in EPSG:4326.

    Raises
    ------
    ContextError
        The file is missing, unreadable, or holds no polygons.
    """
    import pyogrio

    from geo import context_files, formats
    from geo.formats import computed
    from geo.formats.geoparquet import in_degrees

    path = Path(path)
    size = _plain_file_size(path)
    limit = size // formats.MIN_BYTES_PER_ROW  # a GeoPackage view may multiply rows: never all
    try:
        said = context_files.refusal(path, path.name) or computed.refusal(path, path.name)
        if said:
            raise ContextError(said)
        layers = [str(row[0]) for row in pyogrio.list_layers(path)]
        with np.errstate(all="ignore"):  # NaN or huge coordinates: refused below, not warned of
            frames = [
                gpd.read_file(path, layer=name, engine="pyogrio", max_features=limit + 1)
                for name in layers
            ]
    except ContextError:
        raise
    except Exception as exc:  # GDAL's errors come in many classes; one line is what we owe
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ContextError(
            f"{path.name}: cannot be read as a GeoJSON, KML or GeoPackage file ({first})"
        ) from None
    parts = []
    for frame in frames:
        if frame.empty or not isinstance(frame, gpd.GeoDataFrame):  # a table without shapes
            continue
        try:
            formats.row_limit(size, path.name, len(frame))
            frame = in_degrees(frame, path.name)
        except formats.ImportFormatError as exc:
            raise ContextError(str(exc)) from None
        parts.extend(_polygons(frame.geometry.dropna().to_numpy(), path.name))
    if not parts:
        raise ContextError(
            f"{path.name} holds no polygons: a context layer is areas (e.g. the occupied "
            "territory), not lines or points"
        )
    merged = area_union.union_all(parts)
    west, south, east, north = merged.bounds
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ContextError(
            f"{path.name}: coordinates outside longitude/latitude ({west:.7g}, {south:.7g}, "
            f"{east:.7g}, {north:.7g}); give the file a CRS or save it in EPSG:4326"
        )
    return merged


# A zip archive's first bytes (a file's, or an empty archive's). GDAL reads inside a .zip or .kmz
# by itself, so a file of kB may hold gigabytes of corners, which no limit set by the file's size
# bounds: a 350 kB KMZ of 40 million corners took 3.5 GB and ended in a std::bad_alloc traceback.
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def _plain_file_size(path: Path) -> int:
    """The size of ``path``, a regular file that is no archive; refused in one line
    (:class:`ContextError`) when missing, a folder, a device or a pipe (opened without waiting,
    never read), or a zip archive."""
    from geo.textio import ReportError, open_regular

    try:
        with open_regular(path, "a GeoJSON, KML or GeoPackage file") as f:
            head = f.read(4)
            size = os.fstat(f.fileno()).st_size
    except ReportError as exc:
        raise ContextError(str(exc)) from None
    if head.startswith(_ZIP_MAGIC):
        raise ContextError(
            f"{path.name} is a zip archive (a KMZ?): unzip it and add the file inside (its size "
            "cannot be told before it is unpacked)"
        )
    return size


def _polygons(geoms, name: str) -> list:
    """The polygons of a layer's shapes, repaired (``make_valid``); a NaN or infinite corner,
    on which GEOS stops, refused in one line."""
    if not np.isfinite(shapely.get_coordinates(geoms)).all():
        raise ContextError(f"{name}: a shape has a coordinate that is no number (NaN or infinity)")
    with np.errstate(all="ignore"):
        geoms = shapely.make_valid(geoms)
    # make_valid may give collections: explode twice (collection -> multipolygon -> polygons)
    flat = shapely.get_parts(shapely.get_parts(geoms))
    return flat[(shapely.get_type_id(flat) == 3) & ~shapely.is_empty(flat)].tolist()


def load(where: Path | str | None = None) -> list[ContextLayer]:
    """The context layers of the store, oldest date first (an empty list when there are none)."""
    where = where if where else path_for()
    if is_postgres(where):
        from geo import context_postgis

        return context_postgis.load(str(where))
    path = Path(where)
    if not path.exists():
        return []
    try:
        frame = gpd.read_file(path, layer=LAYER, engine="pyogrio")
    except Exception as exc:
        raise ContextError(f"{path} is not a context-layers file: {exc}") from None
    frame = frame.sort_values(["date", "imported_at"], kind="stable")
    return [
        ContextLayer(r.name, r.date, r.geometry, r.source, r.imported_at)
        for r in frame.itertuples(index=False)
    ]


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not _NAME.fullmatch(name):
        raise ContextError(
            f"'name' should be 1 to {MAX_NAME} letters, digits, spaces or - _ . , ( ) /, "
            f"got {name[:40]!r} instead"
        )
    return name


def _check_date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(str(text)).isoformat()
    except ValueError:
        raise ContextError(f"'date' should be YYYY-MM-DD, got {text!r} instead") from None


def add(
    file: Path, name: str, day: str, path: Path | str | None = None
) -> tuple[ContextLayer, bool]:
    """Import ``file``'s polygons as the layer ``name`` of ``day``; returns it and whether it
    replaced a layer of the same name and date."""
    name, day = _check_name(name), _check_date(day)
    areas = read_areas(Path(file))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    layer = ContextLayer(name, day, areas, Path(file).name, now)
    path = path if path else path_for()
    layers = load(path)
    kept = [x for x in layers if (x.name, x.date) != (name, day)]
    _write([*kept, layer], path)
    return layer, len(kept) < len(layers)


def remove(name: str, day: str | None = None, path: Path | str | None = None) -> int:
    """Remove the layers called ``name`` (only the one of ``day`` if given); how many went.

    Raises
    ------
    ContextError
        When no layer matches (nothing is changed).
    """
    path = path if path else path_for()
    day = _check_date(day) if day else None
    layers = load(path)
    kept = [x for x in layers if not (x.name == name and (day is None or x.date == day))]
    if len(kept) == len(layers):
        known = ", ".join(sorted({f"{x.name} ({x.date})" for x in layers})) or "none"
        raise ContextError(
            f"no context layer called {name!r}{' on ' + day if day else ''}; there are: {known}"
        )
    _write(kept, path)
    return len(layers) - len(kept)


def _write(layers: list[ContextLayer], where: Path | str) -> None:
    """All ``layers`` into ``where``: a file through a temporary renamed over it, or PostGIS."""
    if is_postgres(where):
        from geo import context_postgis

        context_postgis.replace_all(layers, str(where))
        return
    path = Path(where)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.gpkg")
    tmp.unlink(missing_ok=True)
    frame = gpd.GeoDataFrame(
        pd.DataFrame(
            {
                "name": [x.name for x in layers],
                "date": [x.date for x in layers],
                "source": [x.source for x in layers],
                "imported_at": [x.imported_at for x in layers],
            }
        ),
        geometry=[shapely.MultiPolygon(shapely.get_parts(x.geometry)) for x in layers],
        crs="EPSG:4326",
    )
    try:
        if layers:
            frame.to_file(tmp, layer=LAYER, driver="GPKG", engine="pyogrio")
            os.replace(tmp, path)
        else:
            path.unlink(missing_ok=True)
    finally:
        tmp.unlink(missing_ok=True)
