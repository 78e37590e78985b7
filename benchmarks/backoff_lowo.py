"""Build and measure the back-off scorer (``geo/extract/backoff.py``) writer by writer.

``collect``: for every development set, the sentences the rules leave without an event word that
name a place, with the scorer's features and a label from the gold: the type of a gold event the
rules miss within reach of one of the sentence's places, else ``none``; kept in a JSON cache.
``lowo``: for each set, train on all the other sets, run the whole extractor on the left-out set
with those weights, and print its figures beside the rules' alone (events matched, records,
extras, fields). ``build``: train on every set and write ``geo/extract/backoff_weights.json``.

Only development sets may be named (never the closed validation sets).

    .venv/bin/python benchmarks/backoff_lowo.py collect cache/backoff.json rs rh 2 3 ... 37
    .venv/bin/python benchmarks/backoff_lowo.py lowo cache/backoff.json 0.6 22 23 ... 37
    .venv/bin/python benchmarks/backoff_lowo.py build cache/backoff.json 0.6
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import _matches, _window, load_cases  # noqa: E402

from geo.extract import Extractor, backoff  # noqa: E402
from geo.extract.background import background  # noqa: E402
from geo.extract.lexicon import read_afresh, triggers_in  # noqa: E402
from geo.extract.markup import plain  # noqa: E402
from geo.extract.places import PlaceHit, find_places  # noqa: E402
from geo.extract.sentences import split_sentences  # noqa: E402
from geo.extract.tables import covered, find_tables  # noqa: E402
from geo.extract.unwrap import unwrap  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402

CLOSED_FROM = 38


def folder(name: str) -> Path:
    """A development set's folder by its short name (rs, rh or a heldout number)."""
    if name not in ("rs", "rh") and int(name) >= CLOSED_FROM:
        raise SystemExit(f"heldout{name} is a closed validation set")
    full = {"rs": "realstyle", "rh": "realstyle-heldout"}.get(name, f"realstyle-heldout{name}")
    return ROOT / "data" / "reports" / full


def unmatched_gold(gold: list[dict], predicted: list[dict]) -> list[dict]:
    left, missed = list(predicted), []
    for g in gold:
        hit = next((p for p in left if _matches(p, g)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
    return missed


SPOT_KM = 5.0


def at_spot(hit: PlaceHit, gold: dict) -> bool:
    """Whether a place the reader found is the gold event's own: its name, or within 5 km."""
    if hit.place.name == gold["place"] or hit.mention == gold["place"]:
        return True
    near = distance_km(hit.place.lat, hit.place.lon, gold["lat"], gold["lon"]) <= SPOT_KM
    return near and 3 not in (hit.geo_precision, gold["geo_precision"])


def candidates(geocoder: Geocoder, text: str, missed: list[dict]) -> list[dict]:
    """The sentences with a place and no event word, each with its features and label."""
    clean = unwrap(plain(text))
    read_afresh()
    hits = find_places(geocoder, clean)
    tables = find_tables(clean)
    rows = []
    for s in split_sentences(clean):
        s_hits = [h for h in hits if s.start <= h.start < s.end]
        if covered(tables, s.start) or not s_hits or triggers_in(s.text) or background(s.text):
            continue
        label = next(
            (g["event_type"] for g in missed for h in s_hits if at_spot(h, g)), backoff.NONE
        )
        rows.append({"text": s.text, "features": backoff.sentence_features(s.text), "label": label})
    return rows


def collect(out: Path, names: list[str]) -> None:
    gazetteer = Gazetteer()
    geocoder = Geocoder(gazetteer)
    extractor = Extractor(geocoder)
    data = {}
    for name in names:
        rows = []
        for case in load_cases(folder(name), False, gazetteer):
            predicted = extractor.extract(case.text, case.name, case.published)
            rows += candidates(geocoder, case.text, unmatched_gold(case.gold, predicted))
        data[name] = rows
        positives = sum(r["label"] != backoff.NONE for r in rows)
        print(f"{name}: {len(rows)} sentences, {positives} at a missed event", flush=True)
    out.write_text(json.dumps(data))


def train(
    sets: dict[str, list[dict]], l2: float = 1.0, writers: int = 3, steps: int = 300
) -> dict[str, dict[str, float]]:
    """A multinomial logistic regression by full-batch gradient descent (Adam), on the features
    that ``writers`` sets or more use (a word of one writer's teaches nothing about the next)."""
    rows = [r for rs in sets.values() for r in rs]
    classes = sorted({r["label"] for r in rows} | {backoff.NONE})
    seen: dict[str, int] = {}
    for rs in sets.values():
        for f in {f for r in rs for f in r["features"]}:
            seen[f] = seen.get(f, 0) + 1
    vocab = sorted(f for f, n in seen.items() if n >= writers)
    index = {f: i for i, f in enumerate(vocab)}
    row_ids = np.array([i for i, r in enumerate(rows) for f in r["features"] if f in index])
    feat_ids = np.array([index[f] for r in rows for f in r["features"] if f in index])
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [classes.index(r["label"]) for r in rows]] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        z = np.zeros_like(y)
        np.add.at(z, row_ids, w[feat_ids])
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = l2 * w / len(rows)
        np.add.at(grad, feat_ids, (p - y)[row_ids] / len(rows))
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {
        c: {f: round(float(w[i, k]), 4) for i, f in enumerate(vocab) if abs(w[i, k]) >= 1e-3}
        for k, c in enumerate(classes)
    }


def figures(extractor: Extractor, cases: list) -> tuple[int, int, int, int, int]:
    """Matched, records, and of the matched: dates, figures, verification right."""
    tp = n_pred = dates = figs = verif = 0
    for case in cases:
        predicted = extractor.extract(case.text, case.name, case.published)
        n_pred += len(predicted)
        left = list(predicted)
        for g in case.gold:
            hit = next((p for p in left if _matches(p, g)), None)
            if hit is None:
                continue
            left.remove(hit)
            tp += 1
            p_start, p_end = _window(hit["event_date"], hit["time_precision"])
            g_start, g_end = _window(g["event_date"], g["time_precision"])
            dates += p_start <= g_end and g_start <= p_end
            figs += (hit["fatalities"], hit["injured"]) == (g["fatalities"], g["injured"])
            verif += hit["verification"] == g["verification"]
    return tp, n_pred, dates, figs, verif


def lowo(cache: Path, threshold: float, names: list[str], in_sample: bool = False) -> None:
    data = json.loads(cache.read_text())
    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    total = np.zeros(10, dtype=int)
    for name in names:
        cases = load_cases(folder(name), False, gazetteer)
        backoff._model = lambda: None  # type: ignore[assignment]
        before = figures(extractor, cases)
        weights = train({k: rows for k, rows in data.items() if in_sample or k != name})
        backoff._model = lambda w=weights: (w, threshold)  # type: ignore[assignment]
        after = figures(extractor, cases)
        total += np.array(before + after)
        gold = sum(len(c.gold) for c in cases)
        print(f"{name:4s} gold {gold:3d} rules {before} backoff {after}", flush=True)
    print("total rules", tuple(total[:5]), "backoff", tuple(total[5:]))


def build(cache: Path, threshold: float) -> None:
    data = json.loads(cache.read_text())
    weights = train(data)
    backoff.WEIGHTS.write_text(json.dumps({"threshold": threshold, "weights": weights}))


if __name__ == "__main__":
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "collect":
        collect(path, sys.argv[3:])
    elif command in ("lowo", "insample"):
        lowo(path, float(sys.argv[3]), sys.argv[4:], in_sample=command == "insample")
    else:
        build(path, float(sys.argv[3]))
