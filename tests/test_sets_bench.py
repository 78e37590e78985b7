"""Many sets scored in one run (``benchmarks/sets.py``): its counts are the ratios of
``benchmarks/extract.py`` on the same set, its kinds of set follow the ranges given, and its
fingerprints change exactly for the reports whose records change."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from benchmarks import extract, sets
from geo.extract import Extractor

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def test_set_names_and_ranges():
    assert sets.folder_of("41") == "realstyle-heldout41"
    assert sets.folder_of("realstyle") == "realstyle"
    assert 55 in sets.span("41-55") and 56 not in sets.span("41-55")
    assert 9999 in sets.span("56-") and 55 not in sets.span("56-")
    assert len(sets.span(None)) == 0


def test_counts_agree_with_the_single_set_benchmark(geocoder, gazetteer):
    cases = extract.load_cases(REPORTS / "heldout", False, gazetteer)
    extractor = Extractor(geocoder)
    counts, cpu600, prints = sets.tally(extract, cases, extractor)
    ratios = extract.score(cases, extractor)
    assert (
        counts["gold"] == ratios["gold_events"]
        and counts["predicted"] == ratios["predicted_events"]
    )
    assert counts["matched"] / counts["gold"] == ratios["recall"]
    assert counts["verification"] / counts["matched"] == ratios["verification_accuracy"]
    assert set(prints) == {c.name for c in cases} and cpu600 > 0


def test_totals_by_kind_and_fingerprints(tmp_path, capsys):
    root = tmp_path / "checkout"
    (root / "data" / "reports").mkdir(parents=True)
    for sub in ("benchmarks", "geo"):
        (root / sub).symlink_to(REPORTS.parent.parent / sub)
    (root / "cache").symlink_to(REPORTS.parent.parent / "cache")
    shutil.copytree(REPORTS / "heldout", root / "data" / "reports" / "realstyle-heldout3")
    shutil.copytree(REPORTS / "heldout", root / "data" / "reports" / "realstyle-heldout70")
    before = tmp_path / "before.hash"
    assert (
        sets.main(["3", "70", "--check", "60-75", "--root", str(root), "--hash", str(before)]) == 0
    )
    out = capsys.readouterr().out
    totals = dict(re.findall(r"TOTAL (\w+)\s+reports\s+\d+ gold\s+(\d+)", out))
    assert totals["development"] == totals["check"] != "0"
    # one report's gold and text changed: only its fingerprint moves
    gold = next((root / "data" / "reports" / "realstyle-heldout70").glob("*.events.json"))
    text = gold.with_name(gold.name.replace(".events.json", ".txt"))
    text.write_text("Drones hit Kharkiv on Monday.", encoding="utf-8")
    data = json.loads(gold.read_text(encoding="utf-8"))
    gold.write_text(json.dumps({**data, "events": []}), encoding="utf-8")
    after = tmp_path / "after.hash"
    sets.main(["3", "70", "--root", str(root), "--hash", str(after)])
    old = dict(line.split() for line in before.read_text().splitlines())
    new = dict(line.split() for line in after.read_text().splitlines())
    assert [k for k in old if old[k] != new[k]] == [
        f"realstyle-heldout70/{gold.name.removesuffix('.events.json')}"
    ]
