"""How far two annotators agree, and the extractor against each: the ceiling of issue 16's targets.

Usage::

    .venv/bin/python benchmarks/agreement.py data/reports/realstyle-heldout50 [more folders]

Each folder holds the writer's annotation ``NAME.events.json`` beside ``NAME.txt`` and a second
annotator's ``second/NAME.json``, written from the text alone by someone who saw neither the
writer's annotation nor the extractor. The second annotation is scored as if it were the
extractor's output, by the same matching as ``benchmarks/extract.py`` (same type and weapon
category within 30 km, 150 km for a region; dates, figures, verification over matched pairs).
Also: the extractor against the writer and against the second annotator, and the extractor's
recall on the *consensus* events (the writer's events the second annotator also has).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extract import Case, load_cases, pair_up, score  # noqa: E402
from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder  # noqa: E402


class Annotation:
    """Stands in for the extractor: gives a stored annotation of each report by its name."""

    def __init__(self, events_by_name: dict[str, list[dict]]):
        self.events_by_name = events_by_name

    def extract(self, text: str, name: str, published: object = None) -> list[dict]:
        return [dict(e) for e in self.events_by_name[name]]


def second_annotation(folder: Path, cases: list[Case]) -> dict[str, list[dict]]:
    found = {}
    for case in cases:
        path = folder / "second" / f"{case.name}.json"
        if not path.is_file():
            raise SystemExit(f"{path}: no second annotation of this report")
        found[case.name] = json.loads(path.read_text(encoding="utf-8"))["events"]
    return found


def _with_gold(cases: list[Case], gold_by_name: dict[str, list[dict]]) -> list[Case]:
    return [Case(c.name, c.text, c.published, gold_by_name[c.name]) for c in cases]


def consensus(cases: list[Case], second: dict[str, list[dict]]) -> list[Case]:
    """The writer's events that the second annotator also has (each of theirs used once)."""
    kept = []
    for case in cases:
        paired, _ = pair_up(second[case.name], case.gold)
        agreed = [g for g, hit in paired if hit is not None]
        kept.append(Case(case.name, case.text, case.published, agreed))
    return kept


def _line(label: str, result: dict) -> str:
    return (
        f"{label:34s} gold {result['gold_events']:4d} predicted {result['predicted_events']:4d} "
        f"R {result['recall']:.3f} P {result['precision']:.3f} dates {result['date_accuracy']:.3f} "
        f"figures {result['casualty_accuracy']:.3f} verification {result['verification_accuracy']:.3f}"
    )


def compare(folders: list[Path]) -> list[str]:
    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    cases, second = [], {}
    for folder in folders:
        found = load_cases(folder, False, gazetteer)
        second.update(second_annotation(folder, found))
        cases += found
    both = consensus(cases, second)
    return [
        _line("second annotator vs writer", score(cases, Annotation(second))),
        _line("extractor vs writer", score(cases, extractor)),
        _line("extractor vs second annotator", score(_with_gold(cases, second), extractor)),
        _line("extractor vs consensus (recall only)", score(both, extractor)),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    for folder in args.folders:
        print(folder.name)
        for line in compare([folder]):
            print("  " + line)
    if len(args.folders) > 1:
        print("all")
        for line in compare(args.folders):
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
