"""Nightly tallies of missiles and drones launched and destroyed, in the common public schema.

The schema is the one public datasets of the air force's nightly reports use: one row per wave
and weapon model, ``time_start``, ``time_end``, ``model``, ``launch_place``, ``target``,
``launched``, ``destroyed``, ``source`` and more columns that are kept as they are. Model names
("Shahed-136/131", "X-101/X-555", "Iskander-M/KN-23") are read through the weapon vocabulary
(:mod:`geo.weapons`): a row's ``weapons`` label names every system it lists, its ``weapon`` and
``weapon_category`` are the first one's. A wave's night is the day its evening began: a start
before noon belongs to the night before (00:30 on the 26th is the night of the 25th).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from geo import weapons
from geo.records import EVENT_YEARS, MAX_COUNT

REQUIRED = ("time_start", "model", "launched")
KNOWN = ("time_start", "time_end", "model", "launch_place", "target", "launched", "destroyed")
MAX_BYTES = 20_000_000
MEASURES = ("launched", "destroyed")


class TallyError(ValueError):
    """A tally file that cannot be read at all; the message says why."""


@dataclass(slots=True)
class Tallies:
    """Rows read (one per wave and model), the rows refused with their reasons, and the count."""

    frame: pd.DataFrame
    refused: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0


def read_weapon(model: str) -> tuple[str, str | None, str | None]:
    """A model name as ``(label, weapon, category)`` through the weapon vocabulary.

    ``label`` names each distinct system the model lists ("X-101/X-555" gives "Kh-101/Kh-55"),
    or the generic category ("Unknown UAV" gives "drone"), or the model as written when the
    vocabulary does not know it ("Orlan-10").
    """
    found = weapons.find_weapons(model)
    named = list(dict.fromkeys(m.weapon for m in found if m.weapon))
    if named:
        first = weapons.lookup(named[0])
        assert first is not None  # found_weapons names only vocabulary entries
        return "/".join(named), first.name, first.category
    if found:
        return found[0].category, None, found[0].category
    return model.strip(), None, None


def night_of(time_start: pd.Series) -> pd.Series:
    """The night (YYYY-MM-DD of its evening) of each start time; NaN where it is not a time."""
    when = pd.to_datetime(time_start, errors="coerce", format="mixed")
    has_time = time_start.str.contains(":", regex=False, na=False)
    shifted = when.where(~has_time, when - pd.Timedelta(hours=12))
    # a night outside the events' years ("0001-01-01 01:00" is the night of year 0) is no time
    shifted = shifted.where(shifted.dt.year.between(EVENT_YEARS.start, EVENT_YEARS.stop - 1))
    return shifted.dt.strftime("%Y-%m-%d")


def _count(column: pd.Series) -> pd.Series:
    """Whole numbers from 0 to the schema's cap on any count, a million (NaN for blanks and
    anything else: infinity, 1e30 and 2^63 - 1 are no night's tally and would overflow)."""
    number = pd.to_numeric(column, errors="coerce")
    return number.where((number >= 0) & (number <= MAX_COUNT) & (number == np.floor(number)))


def read(data: bytes, name: str = "tallies.csv") -> Tallies:
    """Read a tally CSV (UTF-8, comma- or semicolon-separated).

    Raises
    ------
    TallyError
        Too large, not text, or without the required columns (``time_start``, ``model``,
        ``launched``). Rows with a bad time or count are refused one by one, with the reason.
    """
    if len(data) > MAX_BYTES:
        raise TallyError(f"{name} is over {MAX_BYTES // 1_000_000} MB: not a tally file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TallyError(f"{name} is not UTF-8 text: save it as UTF-8 CSV") from None
    try:
        raw = pd.read_csv(io.StringIO(text), dtype=str, sep=None, engine="python")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as exc:
        raise TallyError(f"{name}: not a CSV table ({str(exc).splitlines()[0]})") from None
    raw.columns = [str(c).strip().lower() for c in raw.columns]
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise TallyError(
            f"{name} lacks the column(s) {', '.join(missing)}: a tally file has "
            f"{', '.join(KNOWN)}, source (one row per wave and weapon model)"
        )
    for column in KNOWN:
        if column not in raw:
            raw[column] = None
    frame = raw.copy()
    frame["night"] = night_of(raw["time_start"].str.strip())
    frame["launched"] = _count(raw["launched"])
    frame["destroyed"] = _count(raw["destroyed"])  # a blank is not reported, never 0
    reasons = pd.Series("", index=raw.index)
    reasons[frame["night"].isna()] = (
        f"time_start is not a date or time from {EVENT_YEARS.start} to {EVENT_YEARS.stop - 1}"
    )
    reasons[frame["launched"].isna() & (reasons == "")] = (
        f"launched is not a whole number from 0 to {MAX_COUNT:,}"
    )
    bad_destroyed = raw["destroyed"].notna() & _count(raw["destroyed"]).isna()
    reasons[bad_destroyed & (reasons == "")] = (
        f"destroyed is not a whole number from 0 to {MAX_COUNT:,}"
    )
    over = frame["destroyed"] > frame["launched"]
    reasons[over & (reasons == "")] = "more destroyed than launched"
    no_model = raw["model"].fillna("").str.strip() == ""
    reasons[no_model & (reasons == "")] = "model is empty"
    refused = [(int(str(i)) + 2, r) for i, r in reasons.items() if r]  # +2: header, 1-based rows
    frame = frame[reasons == ""].copy()
    read_models = {m: read_weapon(m) for m in frame["model"].unique()}
    for k, column in enumerate(("weapons", "weapon", "weapon_category")):
        frame[column] = frame["model"].map(lambda m, k=k: read_models[m][k])
    frame[list(MEASURES)] = frame[list(MEASURES)].astype("Int64")
    return Tallies(frame.reset_index(drop=True), refused, len(raw))


def per_night(frame: pd.DataFrame) -> pd.DataFrame:
    """Launched and destroyed per night and weapon label, long form: ``night``, ``weapons``,
    ``measure`` (launched or destroyed), ``count`` (what the charts draw). A figure no row of a
    night and weapon reported has no row: not reported is no bar, never a bar of 0."""
    grouped = frame.groupby(["night", "weapons"], as_index=False)[list(MEASURES)].sum(min_count=1)
    long = grouped.melt(
        id_vars=["night", "weapons"], value_vars=list(MEASURES), var_name="measure"
    ).rename(columns={"value": "count"})
    long = long[long["count"].notna()].reset_index(drop=True)
    return long.astype({"count": "int64"})


def totals(frame: pd.DataFrame) -> dict[str, float]:
    """Launched and destroyed over the rows that reported them, how many rows reported each
    (``launched_told``, ``destroyed_told``), and the share destroyed (0 to 1) over the rows whose
    launched figure was told (a stored interception with only "destroyed 4" reported no launched
    figure, and its 4 would otherwise lift the share of the waves that were counted)."""
    launched, destroyed = int(frame["launched"].sum()), int(frame["destroyed"].sum())
    told = frame["launched"].notna()
    shot = int(frame.loc[told, "destroyed"].sum())
    return {
        "launched": launched,
        "destroyed": destroyed,
        "launched_told": int(told.sum()),
        "destroyed_told": int(frame["destroyed"].notna().sum()),
        "destroyed_of_launched": shot,
        "share_destroyed": round(shot / launched, 3) if launched else 0.0,
    }


_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b)\s*", re.IGNORECASE)
_NOISE = re.compile(r"\b(?:the|oblasts?|regions?|province|city|district)\b", re.IGNORECASE)


def target_regions(target: str, gazetteer, country: str = "UA") -> list:
    """The first-level regions of ``country`` a ``target`` text names ("Odesa and Mykolaiv
    oblasts"), as gazetteer places; a town stands for its region. Words that name no region
    there ("Ukraine", "south") are left out."""
    out = []
    for piece in _SPLIT.split(target or ""):
        words = _NOISE.sub(" ", piece).strip(" .-")
        hits = [p for p, _ in gazetteer.lookup(words)] if words else []
        if any(p.feature == "country" for p in hits):
            continue
        hits = [p for p in hits if p.country == country]
        regions = [p for p in hits if p.feature == "admin1"]
        towns = [p for p in hits if p.feature not in ("admin1", "admin2", "continent")]
        if regions:
            out.append(max(regions, key=lambda p: p.population))
        elif towns:
            town = max(towns, key=lambda p: p.population)
            named = [p for p, _ in gazetteer.lookup(town.admin1) if p.feature == "admin1"]
            same = [p for p in named if p.country == country]
            out.append(same[0] if same else town)
    return list({(p.country, p.name): p for p in out}.values())


def from_events(events: pd.DataFrame) -> pd.DataFrame:
    """The interceptions among ``events`` (the store's) as tally rows: one per interception with
    a figure, launched or destroyed (a figure not reported stays not reported: NA); its night the event's day,
    its weapons the weapon named, else its category, else "not named"; its region the event's
    own (``region``, the product's spelling, with ``country``, ``lat`` and ``lon``: the
    region's point, else the event's)."""
    from geo.event_names import region_name
    from geo.region_points import region_points

    counted = events["launched"].notna() | events["destroyed"].notna()
    rows = events[(events["event_type"].astype(object) == "interception") & counted]
    named = rows["weapon"].astype(object).where(rows["weapon"].notna())
    kind = rows["weapon_category"].astype(object).where(rows["weapon_category"].notna())
    points = region_points()
    regions, lats, lons = [], [], []
    for country, admin1, at in zip(rows["country"], rows["admin1"], rows.geometry, strict=True):
        known = isinstance(country, str) and isinstance(admin1, str)
        regions.append(region_name(country, admin1) if known else None)
        lat, lon = points.get(f"{country}|{admin1}", (at.y, at.x))
        lats.append(lat)
        lons.append(lon)
    frame = pd.DataFrame(
        {
            "night": rows["event_date"].astype(str).to_numpy(),
            "weapons": named.fillna(kind).fillna("not named").to_numpy(),
            "region": regions,
            "country": rows["country"].astype(object).to_numpy(),
            "lat": lats,
            "lon": lons,
            "target": rows["place"].astype(object).to_numpy(),
        }
    )
    for measure in MEASURES:
        frame[measure] = rows[measure].astype("Int64").to_numpy()
    return frame


def by_region(frame: pd.DataFrame, gazetteer) -> tuple[pd.DataFrame, list[str]]:
    """Launched and destroyed per target region (a row naming several regions counts in each),
    with each region's point; and the target texts no region was found in. Rows of
    :func:`from_events` carry their region: the places of their events where it has none."""
    if "region" in frame:
        return _own_regions(frame)
    rows, unplaced = [], []
    for target, group in frame.groupby(frame["target"].fillna(""), sort=True):
        places = target_regions(target, gazetteer)
        if not places:
            unplaced.append(target)
        for p in places:
            rows.append(
                {
                    "region": p.name,
                    "country": p.country,
                    "lat": p.lat,
                    "lon": p.lon,
                    "launched": group["launched"].sum(min_count=1),
                    "destroyed": group["destroyed"].sum(min_count=1),
                    "waves": len(group),
                }
            )
    return _per_region(pd.DataFrame(rows)), unplaced


def _own_regions(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    placed = frame["region"].notna()
    rows = frame[placed].assign(waves=1)
    return _per_region(rows), sorted(set(frame.loc[~placed, "target"].dropna()))


def _per_region(rows: pd.DataFrame) -> pd.DataFrame:
    columns = ["region", "country", "lat", "lon", "launched", "destroyed", "waves"]
    if not len(rows):
        return pd.DataFrame(columns=columns)
    table = rows.groupby(["region", "country"], as_index=False).agg(
        lat=("lat", "first"),
        lon=("lon", "first"),
        launched=("launched", lambda c: c.sum(min_count=1)),
        destroyed=("destroyed", lambda c: c.sum(min_count=1)),
        waves=("waves", "sum"),
    )
    table = table.astype({m: "Int64" for m in MEASURES})  # not reported stays NA, never 0
    return table.sort_values(list(MEASURES), ascending=False, ignore_index=True)
