"""Two annotators of one report compared by the benchmark's own matching
(``benchmarks/agreement.py``), on reports written here."""

from __future__ import annotations

import json

import pytest

from benchmarks import agreement
from benchmarks.extract import load_cases, score


def _event(place, lat, lon, event_type="strike", verification="confirmed", killed=None):
    return {
        "place": place,
        "lat": lat,
        "lon": lon,
        "geo_precision": 1,
        "event_type": event_type,
        "weapon_category": "drone",
        "event_date": "2025-05-05",
        "time_precision": 1,
        "fatalities": killed,
        "injured": None,
        "verification": verification,
    }


def _write(folder, name, text, writer, second):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.events.json").write_text(
        json.dumps({"published": "2025-05-06", "events": writer}), encoding="utf-8"
    )
    (folder / "second").mkdir(exist_ok=True)
    (folder / "second" / f"{name}.json").write_text(
        json.dumps({"published": "2025-05-06", "events": second}), encoding="utf-8"
    )


def test_the_second_annotation_is_scored_as_the_extractor_would_be(tmp_path):
    sumy, poltava = _event("Sumy", 50.91, 34.80, killed=2), _event("Poltava", 49.59, 34.55)
    _write(
        tmp_path,
        "r1",
        "Drones hit Sumy and Poltava on Monday; two died in Sumy.",
        [sumy, poltava],
        # the second annotator read Poltava as an interception and Sumy's toll as one
        [{**sumy, "fatalities": 1}, {**poltava, "event_type": "interception"}],
    )
    cases = load_cases(tmp_path, False, None)
    second = agreement.second_annotation(tmp_path, cases)
    result = score(cases, agreement.Annotation(second))
    assert (result["recall"], result["precision"], result["casualty_accuracy"]) == (0.5, 0.5, 0.0)
    both = agreement.consensus(cases, second)
    assert [[e["place"] for e in c.gold] for c in both] == [["Sumy"]]


def test_a_report_with_no_second_annotation_is_named(tmp_path):
    _write(tmp_path, "r1", "Drones hit Sumy.", [], [])
    (tmp_path / "r2.txt").write_text("Quiet night.", encoding="utf-8")
    (tmp_path / "r2.events.json").write_text('{"published": "2025-05-06", "events": []}')
    cases = load_cases(tmp_path, False, None)
    with pytest.raises(SystemExit, match="r2.json: no second annotation"):
        agreement.second_annotation(tmp_path, cases)
