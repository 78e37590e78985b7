"""Score the extractor on hand-annotated reports, and time it.

Usage::

    .venv/bin/python benchmarks/extract.py [data/reports] [--reference]

Gold: ``data/reports/NAME.events.json`` beside ``NAME.txt``; with ``--reference`` also the
reference report (``../shared/reports``) against its hand-written records in ``data/``.
A predicted event matches a gold one with the same event type and weapon category whose place lies
within 30 km (150 km when either is a whole region). For matched pairs it scores the date (right
when the two dates' precision windows overlap), the casualty figures (both equal, none counts as a
value) and the verification; where the gold interception carries ``launched``/``destroyed``
counts (a key set to null means "no count for this place"), also those counts. Speed: milliseconds per report and per 600 words, gazetteer loaded; also CPU milliseconds per 600 words
(``time.process_time``), which a busy shared machine disturbs less than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.events import load_reference  # noqa: E402
from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402

PLACE_KM = 30.0
REGION_KM = 150.0
REFERENCE = ROOT.parent / "shared" / "reports" / "2024-11-26_sda_nato-ukraine.txt"


@dataclass
class Case:
    name: str
    text: str
    published: date | None
    gold: list[dict]


def load_cases(folder: Path, reference: bool, gazetteer: Gazetteer) -> list[Case]:
    cases = []
    for gold_path in sorted(folder.glob("*.events.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".events.json", ".txt")).read_text(
            encoding="utf-8"
        )
        cases.append(
            Case(
                gold_path.stem.replace(".events", ""),
                text,
                date.fromisoformat(gold["published"]),
                gold["events"],
            )
        )
    if reference and REFERENCE.is_file():
        frame = load_reference(gazetteer)
        gold = [
            {**row, "lat": geom.y, "lon": geom.x}
            for row, geom in zip(
                frame.drop(columns="geometry").to_dict("records"), frame.geometry, strict=True
            )
        ]
        for g in gold:
            for k in ("fatalities", "injured"):
                g[k] = None if str(g[k]) == "<NA>" else g[k]
        cases.append(
            Case("reference (SDA 2024-11-26)", REFERENCE.read_text(encoding="utf-8"), None, gold)
        )
    return cases


def _window(day: str, precision: int) -> tuple[date, date]:
    d = date.fromisoformat(day)
    if precision == 1:
        return d, d
    if precision == 2:
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=6)
    start = d.replace(day=1)
    return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _matches(pred: dict, gold: dict) -> bool:
    if (
        pred["event_type"] != gold["event_type"]
        or pred["weapon_category"] != gold["weapon_category"]
    ):
        return False
    return within_reach(pred["lat"], pred["lon"], pred["geo_precision"], gold)


def within_reach(lat: float, lon: float, precision: int, gold: dict) -> bool:
    """Whether a point of ``precision`` lies within a match's reach of the gold event: 30 km,
    150 km when either is a whole region."""
    limit = REGION_KM if 3 in (precision, gold["geo_precision"]) else PLACE_KM
    return distance_km(lat, lon, gold["lat"], gold["lon"]) <= limit


def pair_up(
    predicted: list[dict], gold: list[dict]
) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Each gold event with the first predicted one left that matches it (or None), in gold
    order, and the predicted events left unmatched (the extras)."""
    unmatched = list(predicted)
    paired: list[tuple[dict, dict | None]] = []
    for g in gold:
        hit = next((p for p in unmatched if _matches(p, g)), None)
        if hit is not None:
            unmatched.remove(hit)
        paired.append((g, hit))
    return paired, unmatched


def fields_right(hit: dict, g: dict) -> tuple[bool, bool, bool]:
    """Whether a matched event's date (precision windows overlap), casualty figures (both
    equal) and verification are the gold's."""
    p_start, p_end = _window(hit["event_date"], hit["time_precision"])
    g_start, g_end = _window(g["event_date"], g["time_precision"])
    return (
        p_start <= g_end and g_start <= p_end,
        (hit["fatalities"], hit["injured"]) == (g["fatalities"], g["injured"]),
        hit["verification"] == g["verification"],
    )


def score(cases: list[Case], extractor: Extractor, verbose: bool = False) -> dict:
    tp = n_pred = n_gold = 0
    dates = figures = verif = 0
    count_pairs = counts = 0
    times, per600, cpu600 = [], [], []
    for case in cases:
        extractor.extract(case.text, case.name, case.published)  # warm the caches for timing
        t0, c0 = time.perf_counter(), time.process_time()
        predicted = extractor.extract(case.text, case.name, case.published)
        elapsed = time.perf_counter() - t0
        cpu600.append((time.process_time() - c0) * 1000 * 600 / max(1, len(case.text.split())))
        times.append(elapsed * 1000)
        per600.append(elapsed * 1000 * 600 / max(1, len(case.text.split())))
        n_pred += len(predicted)
        n_gold += len(case.gold)
        paired, unmatched = pair_up(predicted, case.gold)
        for g, hit in paired:
            if hit is None:
                if verbose:
                    print(
                        f"  MISSED {case.name}: {g['event_type']} {g['place']} {g['weapon_category']}"
                    )
                continue
            tp += 1
            date_ok, fig_ok, ver_ok = fields_right(hit, g)
            dates += date_ok
            figures += fig_ok
            verif += ver_ok
            if "launched" in g or "destroyed" in g:
                count_pairs += 1
                pred_counts = (hit.get("launched"), hit.get("destroyed"))
                count_ok = pred_counts == (g.get("launched"), g.get("destroyed"))
                counts += count_ok
                if verbose and not count_ok:
                    print(
                        f"  COUNTS {case.name}: {g['place']}: launched/destroyed {pred_counts} vs "
                        f"{(g.get('launched'), g.get('destroyed'))}"
                    )
            if verbose and not (date_ok and fig_ok and ver_ok):
                print(
                    f"  FIELDS {case.name}: {g['place']}: date {hit['event_date']}/{hit['time_precision']} vs "
                    f"{g['event_date']}/{g['time_precision']}, figures {hit['fatalities']},{hit['injured']} vs "
                    f"{g['fatalities']},{g['injured']}, verification {hit['verification']} vs {g['verification']}"
                )
        if verbose:
            for p in unmatched:
                print(
                    f"  EXTRA {case.name}: {p['event_type']} {p['place']} {p['weapon_category']} ({p['place_mention']})"
                )
    return {
        "reports": len(cases),
        "gold_events": n_gold,
        "predicted_events": n_pred,
        "recall": tp / n_gold if n_gold else 0.0,
        "precision": tp / n_pred if n_pred else 0.0,
        "date_accuracy": dates / tp if tp else 0.0,
        "casualty_accuracy": figures / tp if tp else 0.0,
        "verification_accuracy": verif / tp if tp else 0.0,
        "count_pairs": count_pairs,
        "count_accuracy": counts / count_pairs if count_pairs else 0.0,
        "ms_per_report_median": statistics.median(times),
        "ms_per_600_words_median": statistics.median(per600),
        "cpu_ms_per_600_words_median": statistics.median(cpu600),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "data" / "reports")
    ap.add_argument("--reference", action="store_true", help="also score the reference report")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    own = score(load_cases(args.folder, False, gazetteer), extractor, args.verbose)
    print("own annotated reports:", json.dumps({k: round(v, 3) for k, v in own.items()}))
    if args.reference:
        ref = load_cases(args.folder / "none", True, gazetteer)
        print(
            "reference report:",
            json.dumps({k: round(v, 3) for k, v in score(ref, extractor, args.verbose).items()}),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
