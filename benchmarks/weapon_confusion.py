"""Which weapon category the reader gives where the gold gives another (issue 16).

For every gold event with a record of its type near it (the same reach as a match), counts the
pair (gold category, ours) when they differ, and where the gold's category is named relative to
the record's sentence: ``same sentence``, ``earlier sentence`` (same paragraph), ``earlier
paragraph``, ``heading`` (a title line before it), ``later`` (only after it), ``nowhere``.
Prints counts only, no report's words, so it may run on any development set.

Usage::

    .venv/bin/python benchmarks/weapon_confusion.py data/reports/realstyle-heldout5 [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import Case, load_cases, pair_up, within_reach  # noqa: E402

from geo import weapons  # noqa: E402
from geo.extract import Extractor, split_sentences  # noqa: E402
from geo.extract.sentences import is_headline  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder  # noqa: E402


def where_named(text: str, category: str | None, start: int, end: int) -> str:
    """Where ``category`` is named relative to the sentence spanning ``start``..``end``."""
    if category is None:
        return "no weapon (gold)"
    found = [w for w in weapons.fired_weapons(text) if w.category == category]
    if any(start <= w.start < end for w in found):
        return "same sentence"
    before = [w for w in found if w.start < start]
    if before:
        sentences = split_sentences(text)
        last = before[-1]
        s = next((x for x in sentences if x.start <= last.start < x.end), None)
        if s is not None and is_headline(text, s):
            return "heading"
        if "\n\n" not in text[last.start : start] and "\n" not in text[last.start : start].strip():
            return "earlier sentence"
        return "earlier paragraph"
    if found:
        return "later"
    return "nowhere"


def confusion(
    cases: list[Case], extractor: Extractor, verbose: bool = False
) -> tuple[Counter[str], Counter[str]]:
    pairs: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for case in cases:
        predicted = extractor.extract(case.text, case.name, case.published)
        paired, unmatched = pair_up(predicted, case.gold)
        missed = [gold for gold, hit in paired if hit is None]
        for gold in missed:
            near = [
                p
                for p in unmatched
                if p["event_type"] == gold["event_type"]
                and within_reach(p["lat"], p["lon"], p["geo_precision"], gold)
            ]
            if not near:
                continue
            p = near[0]
            where = where_named(case.text, gold["weapon_category"], p["span_start"], p["span_end"])
            pairs[f"{gold['weapon_category']} -> {p['weapon_category']}"] += 1
            places[where] += 1
            if verbose:
                print(
                    f"  {case.name}: {gold['place']}: gold {gold['weapon_category']}, ours "
                    f"{p['weapon_category']} ({where}) @{p['span_start']}"
                )
    return pairs, places


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    gazetteer = Gazetteer()
    cases = load_cases(args.folder, False, gazetteer)
    pairs, places = confusion(cases, Extractor(Geocoder(gazetteer)), args.v)
    print(
        json.dumps(
            {
                "set": args.folder.name,
                "pairs": dict(pairs.most_common()),
                "gold category named": dict(places.most_common()),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
