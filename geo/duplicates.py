"""Events of a new report that the store may already hold from another report.

Two reports often tell the same strike (a flash update and the next one, a wire story and a
governor's post). An event is *likely the same* as a stored one when both are of the same type,
dated to the day within a day of each other, no more than a town apart (a region-wide one: a
region apart), in the same country when both name one (Shebekino and Vovchansk are 8 km apart
across the border: two towns' strikes), with no weapon category that contradicts the other's, and
from another source. Two places of other names whose points both only stand in for an area (a
codifier village at its community's centre, a circle wider than a town) are not the same by
distance alone: Illinka and Novodmytrivka share one point. Nothing is merged here: the analyst is told, and decides; :func:`told` says
what matched, in the same words for a pasted report and an imported file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.event_names import event_place
from geo.geocode.distance import distances_km
from geo.map_payload import precision_radius_m
from geo.precision import GeoPrecision, TimePrecision
from geo.vocabulary import shortened as cut
from geo.weapons import family, kinds

TOWN_KM = 15.0  # two points of one town's event (a district, the outskirts)
REGION_KM = 150.0  # either is placed only at its region (as the benchmark pairs events)
DAYS = 1  # "overnight" is the eve in one report and the day in the next
IMPORT_CHECKED = 1_000  # an imported file's events looked at, at most (see imported_told)


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A stored event a new one may repeat, and how far apart they are."""

    event_id: str
    source: str
    place: str
    event_date: str
    km: float


def _within_days(sorted_days: np.ndarray, by_day: np.ndarray, day: pd.Timestamp) -> np.ndarray:
    """The stored events (positions, in the store's order) within DAYS of ``day``, from the
    stored days sorted (``sorted_days``, positions ``by_day``): each new event is compared only
    with those (every stored event for each new one took 7 ms an event against 30,000 stored, a
    5 MB paste's 16,500 events two minutes, six against 100,000; attack32)."""
    at, window = day.to_datetime64(), np.timedelta64(DAYS, "D")
    first = np.searchsorted(sorted_days, at - window, "left")
    last = np.searchsorted(sorted_days, at + window, "right")
    return np.sort(by_day[first:last])


def same_attack_categories(category: str) -> set[str]:
    """The categories another report may give one attack that ``category`` names: itself, a
    kind's word and that kind's categories ("missile", type not stated, and "ballistic missile";
    "artillery" and "rocket artillery"), and a missile not typed and rocket artillery (a "rocket
    attack" is a missile strike in Ukrainian and Russian usage, as UCDP's headlines translate it:
    a governor's "missile" in Kramatorsk on 1 Feb 2023 and UCDP's "Rocket attack on a house in
    Kramatorsk" were told as two events, newuser40)."""
    generic = {"missile", "artillery"}
    if category in generic:
        out = kinds(category)  # (the weapon filter's: "missile" takes in every missile)
    else:
        out = {category} | ({family(category)} & generic)
    if category in ("missile", "rocket artillery"):
        out |= {"missile", "rocket artillery"}
    return out


def _weapon_fits(wanted, values: np.ndarray, at: np.ndarray):
    """Whether the stored events at ``at`` have a weapon category that may be of the same attack
    as ``wanted`` (:func:`same_attack_categories`: a "missile" not typed and a
    "ballistic missile" are no contradiction), or none."""
    if not wanted:
        return True
    return _fits(wanted, values, at) | np.isin(values[at], list(same_attack_categories(wanted)))


def _fits(wanted, values: np.ndarray | None, at: np.ndarray):
    """Whether the stored events at ``at`` have the value ``wanted`` (a category, a country) or
    none; True when the new event has none or the store no such column."""
    if not wanted or values is None:
        return True
    got = values[at]
    return pd.isna(got) | (got == wanted)


class _Names:
    """A stored event's place as the review names it ("Belgorod region"), each named once (one
    stored event may stand beside many new ones)."""

    def __init__(self, stored: gpd.GeoDataFrame) -> None:
        self.naming = _naming_columns(stored)
        self.names: dict[int, str] = {}

    def __call__(self, i: int) -> str:
        if i not in self.names:
            self.names[i] = event_place(_row(self.naming, i))
        return self.names[i]


def likely_same(records: Sequence[dict], stored: gpd.GeoDataFrame) -> dict[str, list[StoredMatch]]:
    """For each of ``records`` (new events), the stored events it is likely the same as,
    nearest first; records with none are left out."""
    if stored.empty or not records:
        return {}
    days = pd.to_datetime(stored["event_date"], format="%Y-%m-%d", errors="coerce").to_numpy()
    day_precise = stored["time_precision"].to_numpy() == int(TimePrecision.DAY)
    region = stored["geo_precision"].to_numpy() >= int(GeoPrecision.REGION)
    lat, lon = stored.geometry.y.to_numpy(), stored.geometry.x.to_numpy()
    types = stored["event_type"].astype(object).to_numpy()
    sources = stored["source"].astype(object).to_numpy()
    ids = stored["event_id"].astype(object).to_numpy()
    categories = stored["weapon_category"].astype(object).to_numpy()
    countries = stored["country"].astype(object).to_numpy() if "country" in stored else None
    places = stored["place"].astype(object).to_numpy()
    stand_in = _stands_in(stored)
    new_stand_in = _stands_in(pd.DataFrame({"extra": [r.get("extra") for r in records]}))
    by_day = np.argsort(days, kind="stable")  # NaT sorts last, past any day
    sorted_days = days[by_day]
    stored_days = stored["event_date"].to_numpy()
    named = _Names(stored)
    out: dict[str, list[StoredMatch]] = {}
    for record, rough in zip(records, new_stand_in, strict=True):
        day = pd.to_datetime(str(record.get("event_date")), format="%Y-%m-%d", errors="coerce")
        if pd.isna(day) or record.get("time_precision") != int(TimePrecision.DAY):
            continue
        near_days = _within_days(sorted_days, by_day, day)
        weapon_fits = _weapon_fits(record.get("weapon_category"), categories, near_days)
        land_fits = _fits(record.get("country"), countries, near_days)
        candidates = near_days[
            day_precise[near_days]
            & (types[near_days] == record.get("event_type"))
            & (sources[near_days] != record.get("source"))
            & (ids[near_days] != record.get("event_id"))
            & weapon_fits
            & land_fits
        ]
        if not len(candidates):
            continue
        km = distances_km(record["lat"], record["lon"], lat[candidates], lon[candidates])
        wide = region[candidates] | (record.get("geo_precision", 1) >= int(GeoPrecision.REGION))
        near = km <= np.where(wide, REGION_KM, TOWN_KM)
        if rough:  # two stand-ins' points tell nothing apart: their names must agree
            near &= ~stand_in[candidates] | (places[candidates] == record.get("place"))
        found = [
            StoredMatch(
                str(ids[i]),
                sources[i] if isinstance(sources[i], str) else "",  # (a file with no source)
                named(i),  # "Belgorod region", as the review names it
                str(stored_days[i]),
                float(k),
            )
            for i, k in zip(candidates[near], km[near], strict=True)
        ]
        if found:
            out[record["event_id"]] = sorted(found, key=lambda m: m.km)
    return _with_sentence_mates(records, out)


_NAMING = (
    "place",
    "admin1",
    "country",
    "geo_precision",
    "place_mention",
    "source_text",
    "span_start",
)


def _naming_columns(stored: gpd.GeoDataFrame) -> dict[str, np.ndarray]:
    """The stored columns that name an event's place, read once (a column taken from the frame
    for each event named cost 1.8 ms an event: 10,000 stored events told beside a long paste
    18 s)."""
    return {k: stored[k].to_numpy(dtype=object) for k in _NAMING if k in stored}


def _row(columns: Mapping[str, np.ndarray], i: int) -> dict:
    """The fields of the stored event at position ``i`` that name its place."""
    row = {k: values[i] for k, values in columns.items()}
    return {k: (None if not isinstance(v, str) and pd.isna(v) else v) for k, v in row.items()}


def _sentence_key(record: dict) -> tuple:
    """One attack told in one sentence: its report, sentence, place, day and type."""
    fields = ("source", "span_start", "span_end", "place", "event_date", "event_type")
    return tuple(record.get(f) for f in fields)


def sentence_mates(records: Sequence[dict], i: int) -> list[int]:
    """The indices of the records one sentence gives with ``records[i]`` (itself included)."""
    key = _sentence_key(records[i])
    return [j for j, r in enumerate(records) if _sentence_key(r) == key]


def _with_sentence_mates(
    records: Sequence[dict], out: dict[str, list[StoredMatch]]
) -> dict[str, list[StoredMatch]]:
    """``out`` with each record that one sentence gives beside a record found stored (its
    drone and its missile record of a "drone and missile attack") told as the same stored
    event: one strike is one stored event, whatever weapons the next report names (newuser26's
    follow-up gave a second Kyiv "missile" record, left ticked and untold)."""
    found = {_sentence_key(r): out[r["event_id"]] for r in records if r["event_id"] in out}
    for record in records:
        matches = found.get(_sentence_key(record))
        if matches and record["event_id"] not in out and record.get("span_start") is not None:
            out[record["event_id"]] = matches
    return out


def _stands_in(frame: pd.DataFrame) -> np.ndarray:
    """Whether each event's point only stands in for an area wider than a town (its extractor's
    precision circle, ``extra.precision_km``, wider than :data:`TOWN_KM`)."""
    radius = precision_radius_m(frame).to_numpy(dtype=float, na_value=0.0)
    return radius > TOWN_KM * 1000


def frame_records(frame: gpd.GeoDataFrame) -> list[dict]:
    """A frame's events as the records :func:`likely_same` takes (empty cells None)."""
    table = frame.drop(columns=frame.geometry.name).astype(object)
    table = table.where(table.notna(), None)
    table["lat"], table["lon"] = frame.geometry.y.to_numpy(), frame.geometry.x.to_numpy()
    return table.to_dict("records")


def imported_told(
    frame: gpd.GeoDataFrame, stored: gpd.GeoDataFrame, most: int = 10
) -> tuple[str, list[str]]:
    """:func:`told_lines` for an imported file's events (("", []) when none may be stored), the
    first ``most`` listed and "and N more" (23 pairs in one paragraph, newuser27): only those
    dated within a day of a stored event are looked at (a file of years against weeks), and not
    those the store holds under their own ids: a file read again is not new, and its rows were
    told against its other rows (the UCDP file a second time: 197 such pairs, newuser32)."""
    if stored.empty or frame.empty:
        return "", []
    day = pd.to_datetime(frame["event_date"], format="%Y-%m-%d", errors="coerce")
    held = pd.to_datetime(stored["event_date"], format="%Y-%m-%d", errors="coerce").dropna()
    near = pd.Series(False, index=frame.index)
    for shift in range(-DAYS, DAYS + 1):
        near |= (day + pd.Timedelta(days=shift)).isin(held)
    if "event_id" in frame and "event_id" in stored:
        near &= ~frame["event_id"].isin(stored["event_id"])
    near_rows = np.flatnonzero(near.to_numpy())
    records = frame_records(frame.iloc[near_rows[:IMPORT_CHECKED]])
    lead, items = told_lines(records, likely_same(records, stored), most)
    if lead and len(near_rows) > IMPORT_CHECKED:  # about 2 ms an event: a page stays quick
        lead += f" (the first {IMPORT_CHECKED:,} of {len(near_rows):,} events near a stored day checked)"
    return lead, items


def told(records: Sequence[dict], same: dict[str, list[StoredMatch]], most: int = 20) -> str:
    """One line telling which of ``records`` may already be stored, and what matched: the rule's
    words, then each event (the first ``most``) with the nearest stored one, its day, distance
    and source."""
    lead, items = told_lines(records, same, most)
    return f"{lead}: {'; '.join(items)}" if lead else ""


def _told_records(records: Sequence[dict], most: int = 3) -> str:
    """The new events told as one stored event: their places and days, and how many records
    of which weapon kinds when more than one ("Kyiv 2025-07-10 (2 records: drone, missile)")."""
    names = list(dict.fromkeys(f"{cut(event_place(r))} {r['event_date']}" for r in records))
    out = ", ".join(names[:most]) + (
        f" and {len(names) - most:,} more" if len(names) > most else ""
    )
    if len(records) < 2:
        return out
    kinds = list(dict.fromkeys(str(k) for r in records if (k := r.get("weapon_category"))))
    return f"{out} ({len(records):,} records{': ' + ', '.join(kinds[:most]) if kinds else ''})"


def told_lines(
    records: Sequence[dict], same: Mapping[str, list[StoredMatch]], most: int = 20
) -> tuple[str, list[str]]:
    """:func:`told` as its lead (the count and the rule's words) and one item per stored event,
    for a page to list them one under another (one paragraph of six pairs filled a phone's
    screen; the records of one sentence told as one stored event named it once each)."""
    pairs = [(r, found[0]) for r in records if (found := same.get(r["event_id"]))]
    if not pairs:
        return "", []
    n = len(pairs)
    by_stored: dict[str, tuple[StoredMatch, list[dict]]] = {}
    for r, m in pairs:  # one line per stored event (Kyiv's drone and missile record: it was two)
        by_stored.setdefault(m.event_id, (m, []))[1].append(r)
    items = [
        f"{_told_records(rs)} = {cut(m.place)} {m.event_date}, {m.km:.0f} km"
        + (f", in {cut(m.source)}" if m.source else "")  # ("in nan" for an import with no source)
        for m, rs in list(by_stored.values())[:most]  # (free text, cut: 20 places of 100 kB)
    ]
    if len(by_stored) > most:
        items.append(f"and {len(by_stored) - most:,} more")
    return (
        f"{n:,} event{'' if n == 1 else 's'} may already be in the store from another source "
        f"(same type, no other weapon kind, within a day, {TOWN_KM:g} km or the same region, "
        f"same country)"
    ), items
