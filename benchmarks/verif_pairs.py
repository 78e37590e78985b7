"""Verification pairs on the development sets: (ours, gold) over matched events, and where the
gold claimant's words stand relative to the event's sentence when we say ``confirmed`` and the
gold ``claimed`` (same sentence, earlier in the paragraph, an earlier paragraph, the header,
only after it, nowhere).

Usage::

    .venv/bin/python benchmarks/verif_pairs.py data/reports/realstyle data/reports/realstyle-heldout5 [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extract import load_cases, pair_up  # noqa: E402
from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder  # noqa: E402

_STOP = {"the", "of", "and", "for", "its", "his", "her", "their", "in", "on", "a", "an", "to"}
_GENERIC = {"russian", "ukrainian", "ukraine", "russia", "regional", "military", "official"}


def _keys(claimant: str) -> list[str]:
    words = [w for w in re.findall(r"[\w'’-]+", claimant.lower()) if w not in _STOP]
    keys = [w for w in words if len(w) > 3 and w not in _GENERIC]
    return keys or words


def where(text: str, start: int, end: int, claimant: str) -> str:
    """Where the claimant's words stand relative to the sentence ``text[start:end]``."""
    keys = _keys(claimant)
    if not keys:
        return "nowhere"
    found = [m.start() for k in keys for m in re.finditer(rf"\b{re.escape(k)}", text, re.I)]
    if not found:
        return "nowhere"
    para = text.rfind("\n\n", 0, start) + 1
    header_end = sum(len(line) + 1 for line in text.splitlines(True)[:3])
    before = [f for f in found if f < end]
    if any(start <= f < end for f in found):
        return "same sentence"
    if any(para <= f < start for f in before):
        return "earlier in paragraph"
    if any(header_end <= f < para for f in before):
        return "earlier paragraph"
    if before:
        return "header"
    return "only after"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list each wrong pair")
    args = ap.parse_args(argv)
    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    pairs: Counter = Counter()
    places: Counter = Counter()
    for folder in args.folders:
        for case in load_cases(folder, False, gazetteer):
            predicted = extractor.extract(case.text, case.name, case.published)
            for g, hit in pair_up(predicted, case.gold)[0]:
                if hit is None:
                    continue
                pair = (hit["verification"], g["verification"])
                pairs[pair] += 1
                if pair[0] == pair[1] and (
                    pair[0] != "claimed" or not g.get("claimed_by") or hit["claimed_by"]
                ):
                    continue
                at = ""
                if g["verification"] == "claimed" and g.get("claimed_by"):
                    at = where(case.text, hit["span_start"], hit["span_end"], g["claimed_by"])
                    places[(pair, at)] += 1
                if args.verbose:
                    print(
                        f"{folder.name}/{case.name}: {g['place']} {g['event_type']} ours "
                        f"{hit['verification']} ({hit['claimed_by']}) gold {g['verification']}"
                        f" ({g.get('claimed_by')}) [{at}]\n    {hit['source_text'][:160]!r}"
                    )
    print("(ours, gold) pairs:")
    for (ours, gold), n in sorted(pairs.items(), key=lambda kv: -kv[1]):
        print(f"  {ours:>10} {gold:>10}  {n}")
    print("gold claimant's words, by pair:")
    for ((ours, gold), at), n in sorted(places.items(), key=lambda kv: -kv[1]):
        print(f"  {ours:>10} {gold:>10}  {at:<22} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
