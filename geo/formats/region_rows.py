"""Events placed somewhere in a first-level region, as files write and read them.

Such an event is stored under GeoNames' name and point for the region ("Kharkiv", the city's
point for most regions). newuser21 exported one and QGIS put it on the city, named "Kharkiv".
Every export writes it as the map draws it: at the region's own point and named as the popups
name it ("Kharkiv region"), as :func:`geo.drawn_regions.drawn_region` says for every output. Reading a file back,
a row somewhere in a region (precision 3) that names its own region ("Kharkiv region", "Kharkiv
Oblast", the map's label) is that region's event again: GeoNames' name and point, as stored, so
an export imports back to the same events. Its coordinates say nothing more (the map draws every
such event at the region's point), whether our export or another tool wrote them.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.drawn_regions import drawn_region
from geo.english_regions import earlier_label
from geo.event_names import event_place, region_name
from geo.gazetteer.names import normalize
from geo.precision import GeoPrecision
from geo.soft_signs import SOFT_SIGNED, without_soft_signs

_NEEDED = {"place", "geo_precision", "country", "admin1"}


def _regional(frame: pd.DataFrame) -> np.ndarray:
    """Rows placed at a first-level region with a country and a region named."""
    level = pd.to_numeric(frame["geo_precision"], errors="coerce")
    named = frame["country"].notna() & frame["admin1"].notna()
    return ((level == int(GeoPrecision.REGION)) & named).to_numpy(dtype=bool)


def as_drawn(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` with each event stored at its own region ("Kharkiv" at GeoNames' point) named
    and placed as the map shows it ("Kharkiv region" at the region's point); the frame itself
    when it has none."""
    if not len(frame) or not _NEEDED <= set(frame.columns):
        return frame
    regional = _regional(frame)
    if not regional.any():
        return frame
    place = frame["place"].astype(object).to_numpy()
    countries, admins = frame["country"].to_numpy(), frame["admin1"].to_numpy()
    level = int(GeoPrecision.REGION)
    drawn: dict[tuple, tuple | None] = {}  # worked out once per distinct region row
    moved = []
    for i in np.flatnonzero(regional):
        key = (place[i], countries[i], admins[i])
        if key not in drawn:
            drawn[key] = drawn_region(*key, level)
        # a region event under another name (a district's, the sea's) keeps its name and point
        if (found := drawn[key]) is not None:
            moved.append((i, found))
    if not moved:
        return frame
    out = frame.copy()
    out_place = place.copy()
    geometry = out.geometry.to_numpy().copy()
    for i, (name, at) in moved:
        out_place[i] = name
        if at is not None:
            geometry[i] = shapely.Point(at[1], at[0])
    # object, not the frame's own dtype: the store's frame holds places as categories, and a
    # category not among them ("Zaporizhzhya region") would be written empty
    out["place"] = pd.Series(out_place, index=out.index, dtype=object)
    return out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=frame.crs))


def as_stored(frame: gpd.GeoDataFrame, gazetteer) -> gpd.GeoDataFrame:
    """``frame`` (events read from a file) with each row somewhere in a region that names its own
    region put back at GeoNames' name and point for it, as an extracted region event is stored."""
    if not len(frame) or not _NEEDED <= set(frame.columns):
        return frame
    regional = _regional(frame)
    if not regional.any():
        return frame
    place = frame["place"].astype(object).to_numpy()
    keys = _keys(frame)
    countries, admins = frame["country"].to_numpy(), frame["admin1"].to_numpy()
    out_place = place.copy()
    geometry = frame.geometry.to_numpy().copy()
    changed = False
    found: dict[str, object] = {}
    for i in np.flatnonzero(regional):
        if not isinstance(place[i], str) or not names_region(place[i], countries[i], admins[i]):
            continue
        if keys[i] not in found:
            found[keys[i]] = _region_place(gazetteer, str(countries[i]), str(admins[i]))
        region = found[keys[i]]
        if region is None:
            # a region GeoNames does not spell so (UCDP's "Kherson oblast"): the event is stored
            # under the region field's own name, at its own point; our export's "Kherson region"
            # came back as an update of 25 of one month's UCDP events (newuser38)
            changed = changed or out_place[i] != admins[i]
            out_place[i] = admins[i]
            continue
        name = region.name  # type: ignore[attr-defined]
        out_place[i] = without_soft_signs(name) if countries[i] in SOFT_SIGNED else name
        geometry[i] = shapely.Point(region.lon, region.lat)  # type: ignore[attr-defined]
        changed = True
    if not changed:
        return frame
    out = frame.copy()
    out["place"] = pd.Series(out_place, index=out.index, dtype=object)
    return out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=frame.crs))


def names_region(place: str, country: object, admin1: object) -> bool:
    """Whether ``place`` is a name of the first-level region ``admin1``: its bare name, the
    map's label ("Zaporizhzhya region" for GeoNames' "Zaporizhia") or either with a region word
    ("Kharkiv region", "Kharkiv Oblast")."""
    from geo.formats.places import bare_region

    admin = str(admin1)
    label = event_place({"place": admin, "country": country, "admin1": admin, "geo_precision": 3})
    # the label the map wrote before the region's English name ("Orël region", exported then)
    names = [admin, label, earlier_label(country, admin) or label]
    text = normalize(place)
    return text in {normalize(n) for n in names} or normalize(bare_region(place)) in {
        normalize(bare_region(n)) for n in names
    }


def _keys(frame: pd.DataFrame) -> list[str]:
    return [f"{c}|{a}" for c, a in zip(frame["country"], frame["admin1"], strict=True)]


def _region_place(gazetteer, country: str, admin1: str):
    """GeoNames' entry for a first-level region (None when the gazetteer has none)."""
    for place, _ in gazetteer.lookup(admin1):
        if place.feature == "admin1" and place.country == country and place.admin1 == admin1:
            return place
    return None


def spelled_regions(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each region field spelled as the product spells the region, as the place
    column names a region event ("Odesa" and "Odesa region", not GeoNames' "Odessa": newuser24);
    the frame itself when it has no region field."""
    if not len(frame) or not {"country", "admin1"} <= set(frame.columns):
        return frame
    pairs = zip(frame["country"].astype(object), frame["admin1"].astype(object), strict=True)
    names: dict[tuple, object] = {}
    spelled = []
    for key in pairs:
        if key not in names:
            country, admin1 = key
            known = isinstance(country, str) and isinstance(admin1, str) and bool(admin1)
            names[key] = region_name(country, admin1, as_written=True) if known else admin1
        spelled.append(names[key])
    return frame.assign(admin1=pd.Series(spelled, index=frame.index, dtype=object))


def geonames_regions(frame: pd.DataFrame, gazetteer) -> pd.DataFrame:
    """``frame`` (events read from a file) with each region field the product spells its own way
    (:func:`spelled_regions`: "Odesa", "Kyiv region") put back to GeoNames' name, as stored."""
    if gazetteer is None or not len(frame) or not {"country", "admin1"} <= set(frame.columns):
        return frame  # (a file read with no gazetteer keeps its fields as written)
    pairs = frame[["country", "admin1"]].astype(object).drop_duplicates()
    back: dict[tuple, str] = {}
    spelled: dict[str, dict[str, str]] = {}  # a country's product spellings, read once
    for country, admin1 in pairs.itertuples(index=False, name=None):
        if not (isinstance(country, str) and isinstance(admin1, str)):
            continue
        own = gazetteer.admin1_names(country)
        if admin1 in own:
            continue
        if country not in spelled:
            spelled[country] = {normalize(region_name(country, a, gazetteer)): a for a in own}
        if (found := spelled[country].get(normalize(admin1))) is not None:
            back[(country, admin1)] = found
    if not back:
        return frame
    keys = zip(frame["country"].astype(object), frame["admin1"].astype(object), strict=True)
    admin = [back.get(k, k[1]) for k in keys]
    return frame.assign(admin1=pd.Series(admin, index=frame.index, dtype=object))
