"""A classifier of an event mention's type and weapon category, trained on our own writers and
scored writer by writer (issue 16): leave one writer's set out, train on the others, apply to
the rules' predicted events of the left-out set, score as ``benchmarks/extract.py`` does.

Usage::

    .venv/bin/python benchmarks/typing_lowo.py --cache /tmp/rules.pkl relabel=0.9 fill=0.7
    .venv/bin/python benchmarks/typing_lowo.py --model lr:1.0 second=0.45 relabel=0.9,fill=0.7
    .venv/bin/python benchmarks/typing_lowo.py --model lr:1.0 --stacked relabel=0.7

Weak spans: the gold files give no text span, so a gold event's words are the sentences of its
report that name a place the rules resolve within 30 km of it (150 km for a region), labelled
with its type and weapon category; a sentence naming a spot with several gold events there
carries each of their labels at a share. The models (``typing_model``): a multinomial naive
Bayes (``nb:ALPHA:TEMPER``) or logistic regression (``lr:L2``) over the sentence's lower-cased
words and word pairs plus the words next to the place name; ``--stacked`` trains a corrector
on the rules' records with their class as a feature. Policies: ``relabel`` (the model's class
where it disagrees this sure), ``fill`` (a weapon category where the rules gave none),
``second`` (a record of a second class this probable). Measured on 4 Dec 2026: no policy wins
on a majority of writers, so nothing is in the product (README, "A statistical component").
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import _matches, load_cases, within_reach  # noqa: E402
from typing_model import Logistic, NaiveBayes, features  # noqa: E402

from geo.extract import Extractor, split_sentences  # noqa: E402
from geo.extract.markup import plain  # noqa: E402
from geo.extract.places import find_places  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder  # noqa: E402

REPORTS = ROOT / "data" / "reports"
# one writer a set; the first reports and their held-out three are one writer's
WRITERS = {
    "first": [REPORTS, REPORTS / "heldout"],
    "realstyle": [REPORTS / "realstyle"],
    **{f"heldout{n}": [REPORTS / f"realstyle-heldout{'' if n == 1 else n}"] for n in range(1, 12)},
}


@dataclass
class Report:
    name: str
    text: str
    gold: list[dict]
    predicted: list[dict]
    # (start, end, lat, lon, geo_precision) of every place the rules found
    hits: list[tuple[int, int, float, float, int]]
    sentences: list[tuple[int, int]]


def read_writers(cache: Path | None) -> dict[str, list[Report]]:
    """Every writer's reports with the rules' predictions and places (cached: the rules take
    minutes over all sets, the model a second)."""
    if cache and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        return {w: [Report(**r) for r in rs] for w, rs in stored.items()}
    gazetteer = Gazetteer()
    geocoder = Geocoder(gazetteer)
    extractor = Extractor(geocoder)
    out: dict[str, list[Report]] = {}
    for writer, folders in WRITERS.items():
        reports = []
        for folder in folders:
            for case in load_cases(folder, False, gazetteer):
                text = plain(case.text)
                hits = [
                    (h.start, h.end, h.place.lat, h.place.lon, h.geo_precision)
                    for h in find_places(geocoder, text)
                ]
                reports.append(
                    Report(
                        f"{folder.name}/{case.name}",
                        text,
                        case.gold,
                        extractor.extract(case.text, case.name, case.published),
                        hits,
                        [(s.start, s.end) for s in split_sentences(text)],
                    )
                )
        out[writer] = reports
        print(f"read {writer}: {len(reports)} reports", file=sys.stderr)
    if cache:
        cache.write_bytes(pickle.dumps({w: [asdict(r) for r in rs] for w, rs in out.items()}))
    return out


def label(event: dict) -> str:
    """An event's class: its type and weapon category."""
    return f"{event['event_type']}/{event['weapon_category'] or '-'}"


def weak_spans(report: Report) -> list[tuple[str, int, int, str, float]]:
    """(sentence text, place start, place end, label, weight) for the gold events of a report:
    each sentence naming a place near a gold event, the events there sharing its weight."""
    rows = []
    for s_start, s_end in report.sentences:
        for h_start, h_end, lat, lon, precision in report.hits:
            if not s_start <= h_start < s_end:
                continue
            there = [g for g in report.gold if within_reach(lat, lon, precision, g)]
            labels = {label(g) for g in there}
            sentence = report.text[s_start:s_end]
            for lab in labels:
                rows.append((sentence, h_start - s_start, h_end - s_start, lab, 1.0 / len(labels)))
    return rows


def spans_found(report: Report) -> tuple[int, int]:
    """(gold events with at least one weak span, gold events)."""
    found = 0
    for g in report.gold:
        found += any(
            within_reach(lat, lon, p, g) and any(s <= h < e for s, e in report.sentences)
            for h, _, lat, lon, p in report.hits
        )
    return found, len(report.gold)


def mention_of(report: Report, record: dict) -> tuple[str, int, int]:
    """A predicted record's sentence and where its place is named in it (nowhere: 0, 0)."""
    sentence = record["source_text"]
    at = sentence.find(record["place_mention"])
    if at >= 0:
        return sentence, at, at + len(record["place_mention"])
    return sentence, 0, 0


def train(writers: dict[str, list[Report]], model: NaiveBayes) -> NaiveBayes:
    rows, labels, weights = [], [], []
    for reports in writers.values():
        for r in reports:
            for sentence, start, end, lab, w in weak_spans(r):
                rows.append(features(sentence, start, end))
                labels.append(lab)
                weights.append(w)
    return model.fit(rows, labels, weights)


def rule_features(record: dict) -> list[str]:
    """What the rules decided, as features of a model that corrects them (stacked)."""
    return [f"r:{label(record)}", f"r:{record['event_type']}"]


def train_stacked(writers: dict[str, list[Report]], model: NaiveBayes) -> NaiveBayes:
    """A corrector of the rules: the rules' records of the other writers near a gold event,
    with their words and the rules' class, labelled with the gold class there (the rules' own
    when it is one of them; else each gold class there at a share)."""
    rows, labels, weights = [], [], []
    for reports in writers.values():
        for r in reports:
            for rec in r.predicted:
                near = {
                    label(g)
                    for g in r.gold
                    if within_reach(rec["lat"], rec["lon"], rec["geo_precision"], g)
                }
                targets = [label(rec)] if label(rec) in near or not near else sorted(near)
                feats = features(*mention_of(r, rec)) + rule_features(rec)
                for lab in targets:
                    rows.append(feats)
                    labels.append(lab)
                    weights.append(1.0 / len(targets))
    return model.fit(rows, labels, weights)


@dataclass
class Policy:
    relabel: float = 2.0  # take the model's class when it is this sure and disagrees
    fill: float = 2.0  # take its weapon category for a typed record without one, this sure
    second: float = 2.0  # add a record of a second class this probable
    stacked: bool = False  # the model corrects the rules (their class is a feature)


def apply(model: NaiveBayes, report: Report, policy: Policy) -> list[tuple[dict, dict | None]]:
    """(record, the rules' record it comes from): None when unchanged, {} when added."""
    out = []
    for rec in report.predicted:
        extra = rule_features(rec) if policy.stacked else []
        probs = model.proba(features(*mention_of(report, rec)) + extra)
        ranked = sorted(probs.items(), key=lambda kv: -kv[1])
        rules = label(rec)
        best, p_best = ranked[0]
        new = rules
        if best != rules and p_best >= policy.relabel:
            new = best
        elif rec["weapon_category"] is None and best.startswith(rec["event_type"] + "/"):
            if best != rules and p_best >= policy.fill:
                new = best
        out.append((_relabel(rec, new), rec if new != rules else None))
        for lab, p in ranked[:3]:
            if lab not in (new, rules) and p >= policy.second:
                out.append((_relabel(rec, lab), {}))
    return out


def _relabel(rec: dict, lab: str) -> dict:
    event_type, category = lab.split("/")
    return {
        **rec,
        "event_type": event_type,
        "weapon_category": None if category == "-" else category,
    }


def _matched(report: Report, records: list[dict]) -> list[bool]:
    """Which records match a gold event, one to one, greedily in gold order (as
    ``benchmarks/extract.py`` scores)."""
    free = list(range(len(records)))
    hit = [False] * len(records)
    for g in report.gold:
        i = next((i for i in free if _matches(records[i], g)), None)
        if i is not None:
            free.remove(i)
            hit[i] = True
    return hit


def tally(reports: list[Report], predicted: list[list[tuple[dict, dict | None]]]) -> dict:
    """Recall, precision (the matching of ``benchmarks/extract.py``) and the records the model
    changed or added: right (its class now is that of a gold event at the spot, the rules'
    was not; an added record: it is), wrong (the other way), and how many in all. One to one,
    a change can still cost a match: a class the spot has, already matched by another record."""
    tp = n_pred = n_gold = right = wrong = changed = 0
    for report, pairs in zip(reports, predicted, strict=True):
        for new, old in pairs:
            if old is None:
                continue
            changed += 1
            now = any(_matches(new, g) for g in report.gold)
            was = bool(old) and any(_matches(old, g) for g in report.gold)
            right += now and not was
            wrong += was and not now or (old == {} and not now)
        tp += sum(_matched(report, [p for p, _ in pairs]))
        n_pred += len(pairs)
        n_gold += len(report.gold)
    return {
        "recall": tp / n_gold,
        "precision": tp / n_pred,
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
        "right": right,
        "wrong": wrong,
        "changed": changed,
    }


def lowo(
    writers: dict[str, list[Report]], policies: list[Policy], model: str, stacked: bool
) -> list[dict]:
    """Per policy, per writer: the rules alone and rules+model, the model trained on the other
    writers (once a writer, for all policies)."""
    tables: list[dict] = [{} for _ in policies]
    for held, reports in writers.items():
        others = {w: r for w, r in writers.items() if w != held}
        fitted = (train_stacked if stacked else train)(others, make_model(model))
        rules = tally(reports, [[(p, None) for p in r.predicted] for r in reports])
        for table, policy in zip(tables, policies, strict=True):
            table[held] = (rules, tally(reports, [apply(fitted, r, policy) for r in reports]))
    return tables


def speed(writers: dict[str, list[Report]], model: str, stacked: bool, policy: Policy) -> float:
    """Median CPU milliseconds per 600 words of applying the model to a report's records
    (trained on all writers), the rules' own time left out."""
    fitted = (train_stacked if stacked else train)(writers, make_model(model))
    per600 = []
    for reports in writers.values():
        for r in reports:
            c0 = time.process_time()
            apply(fitted, r, policy)
            per600.append((time.process_time() - c0) * 1000 * 600 / max(1, len(r.text.split())))
    return statistics.median(per600)


def make_model(spec: str) -> NaiveBayes | Logistic:
    """``nb:ALPHA:TEMPER`` or ``lr:L2``."""
    kind, *numbers = spec.split(":")
    values = [float(n) for n in numbers]
    return Logistic(*values) if kind == "lr" else NaiveBayes(*values)


def parse_policy(spec: str, stacked: bool) -> Policy:
    """``relabel=0.9,fill=0.7,second=0.4`` (a threshold left out: never)."""
    fields = dict(part.split("=") for part in spec.split(",") if part)
    return Policy(**{k: float(v) for k, v in fields.items()}, stacked=stacked)


def print_table(names: list[str], tables: list[dict]) -> None:
    """A markdown table: per writer, the rules and each policy's recall / precision with the
    records it changed or added (how many: right / wrong); then each policy's wins and losses (a loss:
    more than one event matched fewer or extra)."""
    print("| writer | gold | rules R / P | " + " | ".join(names) + " |")
    print("|---" * (3 + len(names)) + "|")
    for writer in tables[0]:
        rules = tables[0][writer][0]
        cells = [
            f"{b['recall']:.3f} / {b['precision']:.3f} ({b['changed']}: {b['right']} / {b['wrong']})"
            for b in (t[writer][1] for t in tables)
        ]
        print(
            f"| {writer} | {rules['gold']} | {rules['recall']:.3f} / {rules['precision']:.3f} | "
            + " | ".join(cells)
            + " |"
        )
    for name, table in zip(names, tables, strict=True):
        gained = [b["tp"] - a["tp"] for a, b in table.values()]
        extra = [(b["pred"] - b["tp"]) - (a["pred"] - a["tp"]) for a, b in table.values()]
        wins = sum(
            g >= 0 and e <= 0 and (g, e) != (0, 0) for g, e in zip(gained, extra, strict=True)
        )
        losses = sum(g < -1 or e > 1 for g, e in zip(gained, extra, strict=True))
        print(
            f"{name}: matched {sum(gained):+d}, extras {sum(extra):+d}; "
            f"writers won {wins}, lost {losses} of {len(gained)}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="pickle of the rules' output (made if missing)")
    ap.add_argument("--model", default="nb:0.5:0.5", help="nb:ALPHA:TEMPER or lr:L2")
    ap.add_argument("--stacked", action="store_true", help="train a corrector of the rules")
    ap.add_argument(
        "policies",
        nargs="*",
        default=["relabel=0.9", "fill=0.7", "second=0.4"],
        help="thresholds, e.g. relabel=0.9,fill=0.7,second=0.4",
    )
    args = ap.parse_args(argv)
    writers = read_writers(args.cache)
    found = {w: [spans_found(r) for r in rs] for w, rs in writers.items()}
    print(
        "gold events with a weak span:",
        {w: f"{sum(a for a, _ in v)}/{sum(b for _, b in v)}" for w, v in found.items()},
    )
    policies = [parse_policy(p, args.stacked) for p in args.policies]
    print(f"model {args.model}{' stacked on the rules' if args.stacked else ''}")
    print_table(args.policies, lowo(writers, policies, args.model, args.stacked))
    cpu = speed(writers, args.model, args.stacked, policies[0])
    print(f"model alone: {cpu:.2f} ms CPU per 600 words (median over the reports)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
