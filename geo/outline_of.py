"""Which country and region a point lies in, by the map's own outlines (the basemap's countries
and approximate regions, ``geo.assets``): a point typed or imported is in the country whose
outline holds it, not the nearest town's (51.16, 35.18 is in Russia's Kursk region, though Sumy's
towns are nearer). The nearest town only names the point ("12 km from X")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from geo import assets, theatre

# How far outside its own country's regions a point may lie and still take the nearest one (the
# approximate regions are cells of each country's towns: one country's cells reach over a border).
REGION_REACH_DEG = 0.6


@dataclass(frozen=True)
class _Outlines:
    countries: object  # shapely STRtree of the country outlines
    country_a3: list[str]
    country_names: list[str]
    # each country's region outlines with their admin1 names (alpha-2 country -> [(shape, name)])
    regions: dict[str, list[tuple[Any, str]]]


@lru_cache(maxsize=1)
def _outlines() -> _Outlines | None:
    """The basemap's outlines, read once; None when set-up has not made them."""
    import shapely
    from shapely.geometry import shape

    try:
        countries = assets.load_geojson(assets.outlines_path())["features"]
        regions = assets.load_geojson(assets.regions_path())["features"]
    except assets.AssetsMissingError:
        return None
    countries = [f for f in countries if f.get("geometry")]  # (a few tiny lands have none)
    by_country: dict[str, list[tuple[Any, str]]] = {}
    for f in regions:
        if f.get("geometry"):
            outline = shape(f["geometry"])
            shapely.prepare(outline)  # (covered points are asked for again and again on imports)
            by_country.setdefault(f["properties"]["country"], []).append(
                (outline, f["properties"]["admin1"])
            )
    return _Outlines(
        shapely.STRtree([shape(f["geometry"]) for f in countries]),
        [str(f["properties"].get("a3") or "") for f in countries],
        [str(f["properties"].get("name") or "") for f in countries],
        by_country,
    )


def countries_at(lats: list[float], lons: list[float]) -> list[str | None]:
    """The alpha-2 code of the country whose outline holds each point; None at sea or outside
    every outline, :data:`UNCODED` in an outline whose country has no code here (a few
    territories whose short names the gazetteer spells otherwise: "S. Sudan")."""
    import shapely

    shapes = _outlines()
    if shapes is None or not len(lats):
        return [None] * len(lats)
    points = shapely.points(list(lons), list(lats))
    point, country = shapes.countries.query(points, predicate="within")  # type: ignore[attr-defined]
    out: list[str | None] = [None] * len(lats)
    by_a3 = {a3: a2 for a2, a3 in theatre.current().outlines.items()}  # (the theatre may change)
    for p, c in sorted(zip(point.tolist(), country.tolist(), strict=True), reverse=True):
        a3, name = shapes.country_a3[c], shapes.country_names[c]  # (the lowest c last)
        out[p] = by_a3.get(a3) or _gazetteer_codes().get(name.casefold(), UNCODED)
    return out


UNCODED = "?"


def country_at(lat: float, lon: float) -> str | None:
    """:func:`countries_at` for one point."""
    return countries_at([lat], [lon])[0]


def region_at(lat: float, lon: float, country: str | None) -> str | None:
    """The first-level region of ``country`` that holds the point (the approximate regions of the
    theatre's countries), else that country's region nearest it within
    :data:`REGION_REACH_DEG`; None for a country without region outlines."""
    from shapely import Point

    shapes = _outlines()
    if shapes is None or not country:
        return None
    point = Point(lon, lat)
    own = shapes.regions.get(country, [])
    for outline, admin1 in own:
        if outline.covers(point):
            return admin1
    near = sorted((outline.distance(point), admin1) for outline, admin1 in own)
    return near[0][1] if near and near[0][0] <= REGION_REACH_DEG else None


@lru_cache(maxsize=1)
def _gazetteer_codes() -> dict[str, str]:
    """English country name (casefolded) -> alpha-2 code, from the gazetteer's countries."""
    from geo.gazetteer import Gazetteer, GazetteerMissingError

    try:
        codes = Gazetteer().country_codes()
    except GazetteerMissingError:  # (the theatre's countries are still coded)
        return {}
    return {name.casefold(): a2 for a2, (name, _) in codes.items()}
