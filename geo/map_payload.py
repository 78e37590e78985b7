"""The map's payload: events as typed arrays and string tables, and which are drawn as one.

The browser (``geo/static/data.js``) inflates it (gzip, base64) and reads the arrays in place."""

from __future__ import annotations

import base64
import gzip
import json

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.event_names import shown_places
from geo.events import LOW_CARDINALITY
from geo.filtering import text_codes
from geo.long_text import shown
from geo.precision import GeoPrecision, wider_than_region
from geo.records import DERIVED
from geo.region_points import region_stack_points

# Columns the browser gets, dictionary-encoded (distinct values once, then one code per event):
# the few-valued ones, which are also the store's categories.
PAYLOAD_TEXT = (*LOW_CARDINALITY, *DERIVED)  # side_of_line: when context layers exist
# Text that is different for nearly every event: sent while it fits TEXT_BUDGET_BYTES, else the
# popups say it is in the table and the exports (100,000 sentences would be 10 MB of page).
PAYLOAD_LONG_TEXT = ("place_mention", "source_text", "notes")
PAYLOAD_NUMBERS = (
    "time_precision",
    "geo_precision",
    "fatalities",
    "injured",
    "launched",  # an interception's counts, in its popup's heading (newuser21: in none)
    "destroyed",
    "radius_m",
)
# radius_m: a NEAR event's own circle, from ``extra.precision_km`` (geo.offsets), in metres
_PRECISION_KM = r'"precision_km"\s*:\s*([0-9]+(?:\.[0-9]+)?)'
MAX_RADIUS_M = 20_000_000  # half the globe's circumference, about
TEXT_BUDGET_BYTES = 1_500_000
COORD_SCALE = 100_000  # coordinates travel as integers of 1e-5 degree (about 1 m)


def _smallest_int(values: np.ndarray) -> np.ndarray:
    for dtype in (np.int8, np.int16, np.int32):
        info = np.iinfo(dtype)
        if not len(values) or (values.min() >= info.min and values.max() <= info.max):
            return values.astype(dtype)
    raise ValueError("a column of the map payload does not fit in 32 bits")


def encode_events(frame: gpd.GeoDataFrame, text_budget: int = TEXT_BUDGET_BYTES) -> str:
    """The events as the map's payload: typed arrays and string tables, gzip, base64.

    Layout (little-endian): a uint32 header length, the header as UTF-8 JSON (the distinct
    values of each text column and where each column's array lies), then the arrays, each
    aligned to 4 bytes. Text columns are factorised (vectorised, no loop per event) into their
    distinct values and one code per event (-1 for empty); numbers are integers (-1 for "not
    reported"); coordinates are int32 of 1e-5 degree. The browser inflates it with fflate
    and reads the arrays in place. Report text stays data: it is only
    ever set as ``textContent``.
    """
    n = len(frame)
    arrays: list[tuple[str, np.ndarray]] = [
        # x is longitude: shapely's order, not Leaflet's
        ("lon", np.round(frame.geometry.x.to_numpy() * COORD_SCALE).astype(np.int32)),
        ("lat", np.round(frame.geometry.y.to_numpy() * COORD_SCALE).astype(np.int32)),
    ]
    header: dict = {"n": n, "values": {}, "arrays": {}, "omitted": []}
    budget = text_budget
    for name in (*PAYLOAD_TEXT, *PAYLOAD_LONG_TEXT):
        codes, values = text_codes(_text_column(frame, name))
        values = [shown(v) for v in values]  # a 1,000,000-character cell covered the map
        if name in PAYLOAD_LONG_TEXT:
            size = sum(len(v) for v in values)
            if size > budget:
                header["omitted"].append(name)
                continue
            budget -= size
        header["values"][name] = values
        arrays.append((name, _smallest_int(codes)))
    for name in PAYLOAD_NUMBERS:
        column = (
            precision_radius_m(frame)
            if name == "radius_m"
            else pd.array(frame[name] if name in frame else [None] * n, dtype="Int64")
        )
        numbers = np.asarray(column.fillna(-1), dtype=np.int64)
        # a figure stored before ranges were checked (3,000,000,000 dead) shows as not reported
        numbers[(numbers < -1) | (numbers > np.iinfo(np.int32).max)] = -1
        arrays.append((name, _smallest_int(numbers)))
    stack = stack_codes(frame, arrays[1][1], arrays[0][1])
    arrays.append(("stack", stack))
    arrays.append(("report", report_codes(frame, stack)))
    arrays += _per_stack(frame, stack, arrays[1][1], arrays[0][1])
    blobs, offset = [], 0
    for name, array in arrays:
        data = array.astype(array.dtype.newbyteorder("<")).tobytes()
        header["arrays"][name] = [array.dtype.name, offset, len(array)]
        blobs.append(data + bytes(-len(data) % 4))
        offset += len(data) + (-len(data) % 4)
    head = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    head += b" " * (-len(head) % 4)
    raw = b"".join([len(head).to_bytes(4, "little"), head, *blobs])
    return base64.b64encode(gzip.compress(raw, compresslevel=1, mtime=0)).decode("ascii")


def _per_stack(
    frame: gpd.GeoDataFrame, stack: np.ndarray, lat: np.ndarray, lon: np.ndarray
) -> list[tuple[str, np.ndarray]]:
    """One array entry per stack, not per event: where the stack is drawn (a region's at a point
    of its own, not its capital's: geo.region_points), and whether it is "wide"."""
    stack_lat, stack_lon = stack_points(stack, lat, lon)
    stack_lat, stack_lon = region_stack_points(frame, stack, stack_lat, stack_lon, COORD_SCALE)
    # per stack: 1 where its events are placed only at a country or an area across regions
    # (a stack never mixes them with others: stack_codes keys on the region named)
    wide = np.zeros(len(stack_lat), dtype=np.int8)
    wide[stack[wider_than_region(frame)]] = 1
    return [("stack_lat", stack_lat), ("stack_lon", stack_lon), ("stack_wide", wide)]


def _text_column(frame: gpd.GeoDataFrame, name: str) -> pd.Series:
    """A text column as the map shows it: a region-level event's place as "Odesa region"."""
    if name == "place":
        return shown_places(frame)
    return frame[name] if name in frame else pd.Series([None] * len(frame), dtype=object)


def precision_radius_m(frame: gpd.GeoDataFrame) -> pd.arrays.IntegerArray:
    """The radius (whole metres) of each event's precision circle as its extractor measured it
    (``extra`` ``{"precision_km": 21.2, ...}``), NA where it did not (the map's default then).

    Read with one vectorised pattern match over the column, not one JSON parse per event."""
    if "extra" not in frame or not len(frame):
        return pd.array([None] * len(frame), dtype="Int64")
    km = frame["extra"].astype("string").str.extract(_PRECISION_KM, expand=False)
    metres = (pd.to_numeric(km, errors="coerce") * 1000).round()
    # a circle wider than half the globe is no measure (an imported "precision_km" of 10^23
    # stopped the Map page: "cannot safely cast non-equivalent float64 to int64")
    return pd.array(metres.where((metres > 0) & (metres <= MAX_RADIUS_M)), dtype="Int64")


def stack_codes(frame: gpd.GeoDataFrame, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Which events the map draws as one: the same region for region-level events, else the
    same point at the same precision. Numbered 0.. in order of first appearance.

    Parameters
    ----------
    frame : GeoDataFrame
        The events.
    lat, lon : ndarray
        Their coordinates as the payload carries them (int32 of 1e-5 degree).

    Returns
    -------
    ndarray
        One int32 stack number per event.
    """
    n = len(frame)
    if not n:
        return np.zeros(0, dtype=np.int32)
    level = pd.array(frame["geo_precision"], dtype="Int64").fillna(0).to_numpy(np.int64)
    region = level == GeoPrecision.REGION
    if "admin1" in frame:
        named = (
            frame["country"].astype("string").fillna("") + "|" + frame["admin1"].astype("string")
        )
        region &= named.notna().to_numpy()
        region_code = np.where(region, pd.factorize(named.fillna(""))[0], -1)
    else:
        region, region_code = np.zeros(n, dtype=bool), np.full(n, -1)
    keys = pd.DataFrame(
        {
            "region": region_code,
            "precision": np.where(region, 0, level),
            "lat": np.where(region, 0, lat),
            "lon": np.where(region, 0, lon),
        }
    )
    return keys.groupby(list(keys.columns), sort=False).ngroup().to_numpy(np.int32)


def report_codes(frame: gpd.GeoDataFrame, stack: np.ndarray) -> np.ndarray:
    """Which events of a stack are records of one report at one place and one date (a "missile
    and drone attack" is stored as one record per weapon category): the map shows them as one
    entry listing each record. One int32 code per event, -1 for an event alone in its group or
    without a source (imports name each row's source: a UCDP or ACLED row is never grouped)."""
    n = len(frame)
    if not n or "source" not in frame:
        return np.full(n, -1, dtype=np.int32)
    source = frame["source"].astype("string")
    keys = pd.DataFrame(
        {
            "s": stack,
            "source": source.fillna(""),
            "date": frame["event_date"].astype("string").fillna(""),
            "place": shown_places(frame).astype("string").fillna(""),
        }
    )
    group = keys.groupby(list(keys.columns), sort=False).ngroup().to_numpy(np.int64)
    size = np.bincount(group)[group]
    alone = (size < 2) | source.isna().to_numpy() | (source.fillna("") == "").to_numpy()
    return np.where(alone, -1, group).astype(np.int32)


def stack_points(stack: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, ...]:
    """Where each stack is drawn: the point most of its events share (of equals, the first met).

    A region's events may carry different points (UCDP puts 374 of Donetsk oblast's at one and
    38 at another); the stack is one marker, at one point, for clustering and drawing alike.

    Returns
    -------
    tuple of ndarray
        The latitudes and longitudes (int32, as ``lat`` and ``lon``), one per stack number.
    """
    keys = pd.DataFrame({"s": stack, "lat": lat, "lon": lon})
    sizes = keys.groupby(["s", "lat", "lon"], sort=False).size().reset_index(name="n")
    best = sizes.sort_values(["s", "n"], ascending=[True, False], kind="stable")
    best = best.drop_duplicates("s")
    return best["lat"].to_numpy(np.int32), best["lon"].to_numpy(np.int32)
