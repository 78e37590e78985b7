"""Realistic large event sets for the scale benchmarks and the page tests.

Usage: .venv/bin/python benchmarks/generate.py 100000 [--seed 7] [-o cache/events-100k.gpkg]

Spread like this war's events over two years (2023-2024): fighting, artillery, glide bombs and
FPV drones clustered along a front line from Kupiansk to Kherson; missile and drone strikes on towns
across Ukraine and Russia's border regions, weighted by population; interceptions near those towns;
a few meetings in European capitals. Every place is a real gazetteer town (name, country, region);
points are scattered around it by geo precision. Dates follow a slow intensity cycle with weekly
noise. The same size and seed always give the same events (ids ``syn-<seed>-<n>``).

With ``--stacked``, a third of the events (strikes and fighting alike) are moved to 25 Ukrainian
oblasts at region precision, each at its oblast's centre, as real data places many events only
at a region (UCDP puts hundreds at "Donetsk Oblast"): the map must draw such stacks as one.

Written straight into a store (``geo.store.save``) so that the app and the command line open it
through ``$SITREP_STORE``.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import events as ev  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.precision import GeoPrecision  # noqa: E402

# The front line, roughly, north to south (lat, lon).
FRONT = np.array(
    [
        (50.55, 37.85),  # north of Kupiansk
        (49.71, 37.62),  # Kupiansk
        (49.05, 38.10),  # Lyman - Siversk
        (48.60, 38.00),  # Bakhmut - Chasiv Yar
        (48.28, 37.18),  # Pokrovsk
        (47.87, 37.27),  # Kurakhove
        (47.78, 37.25),  # Vuhledar
        (47.55, 36.40),  # Velyka Novosilka
        (47.45, 35.85),  # Orikhiv
        (47.45, 35.00),  # Kamianske, Dnipro reservoir
        (46.80, 33.50),  # Nova Kakhovka
        (46.62, 32.60),  # Kherson
    ]
)
START, DAYS = date(2023, 1, 1), 731
# (event_type, weapon or None, category or None, actor, share) for each theatre.
FRONT_MIX = [
    ("fighting", None, None, "Russia", 0.22),
    ("fighting", None, None, "Ukraine", 0.10),
    ("strike", None, "artillery", "Russia", 0.18),
    ("strike", None, "artillery", "Ukraine", 0.10),
    ("strike", "KAB", "glide bomb", "Russia", 0.12),
    ("strike", None, "drone", "Ukraine", 0.08),
    ("strike", None, "drone", "Russia", 0.08),
    ("strike", "Grad", "rocket artillery", "Russia", 0.05),
    ("strike", "HIMARS", "rocket artillery", "Ukraine", 0.03),
    ("strike", "Lancet", "drone", "Russia", 0.04),
]
REAR_MIX = [
    ("strike", "Shahed", "drone", "Russia", 0.32),
    ("strike", "Iskander", "ballistic missile", "Russia", 0.08),
    ("strike", "Kh-101", "cruise missile", "Russia", 0.06),
    ("strike", "Kalibr", "cruise missile", "Russia", 0.04),
    ("strike", "S-300", "air defence missile", "Russia", 0.05),
    ("strike", "Kinzhal", "ballistic missile", "Russia", 0.02),
    ("strike", None, "missile", "Russia", 0.05),
    ("strike", "Liutyi", "drone", "Ukraine", 0.07),
    ("strike", None, "drone", "Ukraine", 0.08),
    ("strike", "ATACMS", "ballistic missile", "Ukraine", 0.03),
    ("strike", "Storm Shadow", "cruise missile", "Ukraine", 0.02),
    ("interception", "Shahed", "drone", "Ukraine", 0.12),
    ("interception", None, "missile", "Ukraine", 0.04),
    ("interception", None, "drone", "Russia", 0.02),
]
MEETING_SHARE = 0.002
CLAIMANTS = {
    "Russia": ["Russian Ministry of Defence", "Russian state media", "regional governor"],
    "Ukraine": [
        "Ukrainian General Staff",
        "Ukrainian Air Force",
        "regional military administration",
    ],
}
CAPITALS = ["Brussels", "Berlin", "Paris", "London", "Warsaw", "Rome", "Washington", "Kyiv"]


def _towns(gazetteer: Gazetteer) -> pd.DataFrame:
    rows = [
        (p.name, p.lat, p.lon, p.country, p.admin1, p.population)
        for country in ("UA", "RU")
        for p in gazetteer.towns_by_admin1(country, 1000)
        if 44.0 <= p.lat <= 56.5 and 22.0 <= p.lon <= 41.0
    ]
    towns = pd.DataFrame(rows, columns=["place", "lat", "lon", "country", "admin1", "population"])
    return towns.sort_values(["country", "place", "lat"]).reset_index(drop=True)


def _distance_to_front_km(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Shortest distance from each point to the front polyline (equirectangular, fine at 100 km)."""
    kx = 111.32 * np.cos(np.radians(48.5))
    px, py = lon[:, None] * kx, lat[:, None] * 110.57
    ax, ay = FRONT[:-1, 1] * kx, FRONT[:-1, 0] * 110.57
    bx, by = FRONT[1:, 1] * kx, FRONT[1:, 0] * 110.57
    dx, dy = bx - ax, by - ay
    t = np.clip(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0, 1)
    return np.hypot(px - (ax + t * dx), py - (ay + t * dy)).min(axis=1)


def _pick(rng: np.random.Generator, mix: list, n: int) -> np.ndarray:
    share = np.array([m[-1] for m in mix])
    return rng.choice(len(mix), size=n, p=share / share.sum())


def _dates(rng: np.random.Generator, n: int) -> np.ndarray:
    """Days since START with a slow seasonal cycle and weekly bursts."""
    days = np.arange(DAYS)
    weight = 1.0 + 0.35 * np.sin(days / 58.0) + 0.25 * np.sin(days / 7.0 + 1.3)
    weight *= 1.0 + days / DAYS  # the war grows more intense over the two years
    return rng.choice(days, size=n, p=weight / weight.sum())


def _oblasts(gazetteer: Gazetteer, count: int = 25) -> pd.DataFrame:
    """The ``count`` Ukrainian first-level regions with the most towns: name and centre."""
    seen: dict[str, list] = {}
    for town in gazetteer.towns_by_admin1("UA", 1000):
        region = gazetteer.admin1_of(town)
        if region is not None and region.admin1 not in seen:
            seen[region.admin1] = [region.name, region.lat, region.lon, "UA", region.admin1, 0]
        if region is not None:
            seen[region.admin1][-1] += 1
    rows = sorted(seen.values(), key=lambda r: (-r[-1], r[0]))[:count]
    return pd.DataFrame(rows, columns=["place", "lat", "lon", "country", "admin1", "towns"])


def _stack_on_oblasts(frame: pd.DataFrame, rng: np.random.Generator, gazetteer: Gazetteer):
    """A third of the events moved to oblast centres at region precision (Zipf-like weights: a
    few oblasts hold most of them, as the front's do)."""
    oblasts = _oblasts(gazetteer)
    chosen = rng.random(len(frame)) < 1 / 3
    weight = 1.0 / np.arange(1, len(oblasts) + 1)
    which = oblasts.iloc[rng.choice(len(oblasts), size=int(chosen.sum()), p=weight / weight.sum())]
    for column in ("place", "lat", "lon", "country", "admin1"):
        frame.loc[chosen, column] = which[column].to_numpy()
    frame.loc[chosen, "geo_precision"] = int(GeoPrecision.REGION)
    frame.loc[chosen, "place_mention"] = "the " + which["admin1"].to_numpy(dtype=object) + " region"
    return frame


def generate(n: int, seed: int = 7, gazetteer: Gazetteer | None = None, stacked: bool = False):
    """``n`` events in the DESIGN.md schema as a GeoDataFrame (EPSG:4326); ``stacked`` puts a
    third of them on 25 oblast centres at region precision."""
    rng = np.random.default_rng(seed)
    gazetteer = gazetteer or Gazetteer()
    towns = _towns(gazetteer)
    near_front = _distance_to_front_km(towns["lat"].to_numpy(), towns["lon"].to_numpy())
    front_towns = towns[near_front <= 35].reset_index(drop=True)
    rear = towns[(near_front > 20) & (towns["population"] >= 5000)].reset_index(drop=True)

    n_meet = max(1, int(n * MEETING_SHARE))
    n_front = int((n - n_meet) * 0.62)
    n_rear = n - n_meet - n_front

    # Front: towns near the line, weighted towards the fiercest sectors.
    fw = 1.0 / (1.0 + _distance_to_front_km(front_towns["lat"].values, front_towns["lon"].values))
    f_idx = rng.choice(len(front_towns), size=n_front, p=fw / fw.sum())
    f_mix = _pick(rng, FRONT_MIX, n_front)
    # Rear: towns by population (big cities are hit far more often).
    rw = rear["population"].to_numpy(dtype=float) ** 0.8
    r_idx = rng.choice(len(rear), size=n_rear, p=rw / rw.sum())
    r_mix = _pick(rng, REAR_MIX, n_rear)

    mix = [m[:4] for m in FRONT_MIX] + [m[:4] for m in REAR_MIX]
    place_rows = pd.concat(
        [front_towns.iloc[f_idx], rear.iloc[r_idx]], ignore_index=True
    ).reset_index(drop=True)
    kinds = np.concatenate([f_mix, r_mix + len(FRONT_MIX)])
    event_type = np.array([m[0] for m in mix], dtype=object)[kinds]
    weapon = np.array([m[1] for m in mix], dtype=object)[kinds]
    category = np.array([m[2] for m in mix], dtype=object)[kinds]
    actor = np.array([m[3] for m in mix], dtype=object)[kinds]

    # Meetings in capitals.
    capitals = []
    for name in CAPITALS:
        p = max((p for p, _ in gazetteer.lookup(name)), key=lambda p: p.population)
        capitals.append((p.name, p.lat, p.lon, p.country, p.admin1, p.population))
    cap = pd.DataFrame(capitals, columns=towns.columns)
    m_idx = rng.integers(0, len(cap), size=n_meet)
    place_rows = pd.concat([place_rows, cap.iloc[m_idx]], ignore_index=True)
    event_type = np.concatenate([event_type, np.full(n_meet, "meeting", dtype=object)])
    weapon = np.concatenate([weapon, np.full(n_meet, None, dtype=object)])
    category = np.concatenate([category, np.full(n_meet, None, dtype=object)])
    actor = np.concatenate([actor, np.full(n_meet, None, dtype=object)])

    # Precision: most events at the town itself, some "near", a few region-wide.
    geo_precision = rng.choice([1, 2, 3], size=n, p=[0.7, 0.24, 0.06]).astype("int8")
    geo_precision[event_type == "meeting"] = 1
    spread_km = np.where(geo_precision == 1, 1.5, np.where(geo_precision == 2, 8.0, 25.0))
    lat = place_rows["lat"].to_numpy() + rng.normal(0, 1, n) * spread_km / 110.57
    lon = place_rows["lon"].to_numpy() + rng.normal(0, 1, n) * spread_km / (
        111.32 * np.cos(np.radians(place_rows["lat"].to_numpy()))
    )

    day = _dates(rng, n)
    dates = (np.datetime64(START.isoformat()) + day.astype("timedelta64[D]")).astype(str)
    time_precision = rng.choice([1, 2, 3], size=n, p=[0.9, 0.08, 0.02]).astype("int8")

    harmful = np.isin(event_type, ["strike", "fighting"])
    reported = harmful & (rng.random(n) < 0.45)
    fatalities = np.where(reported, rng.poisson(0.8, n) + (rng.random(n) < 0.02) * 20, -1)
    injured = np.where(reported, rng.poisson(2.0, n) + (rng.random(n) < 0.03) * 30, -1)

    verification = rng.choice(
        np.array(["confirmed", "claimed", "unverified"], dtype=object), size=n, p=[0.5, 0.4, 0.1]
    )
    claim_side = np.where(rng.random(n) < 0.5, "Russia", "Ukraine")
    claim_pick = rng.integers(0, 3, size=n)
    claimed_by = np.array(
        [CLAIMANTS[s][k] for s, k in zip(claim_side, claim_pick, strict=True)], dtype=object
    )
    claimed_by[verification == "confirmed"] = None

    place = place_rows["place"].to_numpy(dtype=object)
    what = np.where(weapon != None, weapon, np.where(category != None, category, ""))  # noqa: E711
    mention = np.where(geo_precision == 2, "near " + place, place).astype(object)
    region = geo_precision == 3
    mention[region] = "the " + place_rows["admin1"].to_numpy(dtype=object)[region] + " region"
    verb = pd.Series(event_type).map(
        {
            "strike": " hit ",
            "fighting": "Fighting reported ",
            "interception": " shot down over ",
            "meeting": "Officials met in ",
        }
    )
    source_text = np.where(
        np.isin(event_type, ["strike", "interception"]),
        pd.Series(what).str.strip().replace("", "An attack").to_numpy(dtype=object)
        + verb.to_numpy(dtype=object)
        + mention
        + ".",
        verb.to_numpy(dtype=object) + mention + ".",
    )
    source_text = pd.Series(source_text).str[0].str.upper() + pd.Series(source_text).str[1:]

    frame = pd.DataFrame(
        {
            "event_id": [f"syn-{seed}-{i}" for i in range(n)],
            "event_date": dates,
            "time_precision": time_precision,
            "event_type": event_type,
            "weapon": weapon,
            "weapon_category": category,
            "actor": actor,
            "place": place,
            "place_mention": mention,
            "country": place_rows["country"].to_numpy(dtype=object),
            "admin1": place_rows["admin1"].to_numpy(dtype=object),
            "geo_precision": geo_precision,
            "fatalities": pd.array(np.where(fatalities < 0, pd.NA, fatalities), dtype="Int64"),
            "injured": pd.array(np.where(injured < 0, pd.NA, injured), dtype="Int64"),
            "launched": pd.array([pd.NA] * n, dtype="Int64"),
            "destroyed": pd.array([pd.NA] * n, dtype="Int64"),
            "verification": verification,
            "claimed_by": claimed_by,
            "source": f"synthetic-{seed}",
            "source_text": source_text.to_numpy(dtype=object),
            "notes": None,
            "extra": None,
            "span_start": pd.array([pd.NA] * n, dtype="Int64"),
            "span_end": pd.array([pd.NA] * n, dtype="Int64"),
            "lat": np.round(lat, 5),
            "lon": np.round(lon, 5),
        }
    )
    if stacked:
        frame = _stack_on_oblasts(frame, np.random.default_rng(seed + 1), gazetteer)
    return ev.from_columns(frame)


def _not_replaceable(out: Path) -> str | None:
    """Why ``out`` may not be replaced by a generated store, or None: it is a folder, the store
    at ``$SITREP_STORE``, or a file that is no store this script wrote (every history row by
    ``generator``). Any file given was deleted first: ``-o data/store.gpkg`` the team's events,
    ``-o README.md`` the readme (attack36)."""
    import sqlite3
    from contextlib import closing

    from geo.output import OutputError, check_output

    try:
        check_output(out)
    except OutputError as exc:
        return str(exc).removeprefix(f"-o {out} ")
    if not out.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{out}?mode=ro", uri=True)) as db:
            (others,) = db.execute(
                "SELECT count(*) FROM history WHERE user <> 'generator'"
            ).fetchone()
    except sqlite3.DatabaseError:
        return "is there and is no store this script wrote: give a new file name"
    return (
        f"is a store {others:,} of whose changes are not generated: give a new file name"
        if others
        else None
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a reproducible synthetic event store.")
    ap.add_argument("events", type=int, help="how many events (e.g. 10000, 100000, 1000000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--stacked", action="store_true", help="a third of the events on 25 oblasts, region-wide"
    )
    ap.add_argument("-o", "--output", type=Path, help="store path (default cache/events-<n>.gpkg)")
    args = ap.parse_args(argv)
    from geo import store

    name = f"events-{args.events}{'-stacked' if args.stacked else ''}.gpkg"
    out = args.output or ROOT / "cache" / name
    if refused := _not_replaceable(out):
        print(f"error: -o {out} {refused}; nothing written", file=sys.stderr)
        return 2
    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    frame = generate(args.events, args.seed, stacked=args.stacked)
    t1 = time.perf_counter()
    store.save(frame, out, user="generator")
    t2 = time.perf_counter()
    print(f"{len(frame)} events: generated in {t1 - t0:.2f} s, saved in {t2 - t1:.2f} s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
