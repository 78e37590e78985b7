"""Extraction end to end: the reference report, the annotated reports, odd text. The\nphenomena one by one are in tests/test_extract_*.py, one file per module of geo/extract/."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.fixture(scope="module")
def reference_events(extractor, reference_text):
    return extractor.extract(reference_text, "2024-11-26_sda_nato-ukraine.txt")


def _by_place(events):
    return {e["place"]: e for e in events}


def test_reference_report_events(reference_events):
    e = _by_place(reference_events)
    assert set(e) == {
        "Kyiv",
        "Kursk East Airport",
        "Dnipro",
        "Bryansk",
        "Kursk",
        "Kharkiv",
        "Odesa",
        "Pokrovsk",
        "Kurakhove",
        "Sumy",
        "Brussels",
        "Fiuggi",
    }
    assert (e["Kursk East Airport"]["weapon"], e["Kursk East Airport"]["event_date"]) == (
        "ATACMS",
        "2024-11-25",
    )
    assert e["Kursk East Airport"]["verification"] == "unverified"
    assert (e["Dnipro"]["weapon"], e["Dnipro"]["event_date"]) == ("Oreshnik", "2024-11-21")
    assert (
        e["Bryansk"]["weapon"],
        e["Bryansk"]["time_precision"],
        e["Bryansk"]["geo_precision"],
    ) == ("ATACMS", 2, 3)
    assert (e["Kursk"]["weapon"], e["Kursk"]["geo_precision"]) == ("Storm Shadow", 2)
    assert (e["Kharkiv"]["weapon"], e["Kharkiv"]["injured"]) == ("S-400", 25)
    assert (e["Odesa"]["weapon"], e["Odesa"]["weapon_category"], e["Odesa"]["injured"]) == (
        "Iskander",
        "cruise missile",
        11,
    )
    assert e["Pokrovsk"]["event_type"] == e["Kurakhove"]["event_type"] == "fighting"
    assert e["Sumy"]["weapon_category"] == "drone" and e["Sumy"]["claimed_by"] == "Ukrinform agency"
    assert e["Brussels"]["event_type"] == e["Fiuggi"]["event_type"] == "meeting"


def test_places_only_mentioned_make_no_event(reference_events):
    places = {e["place"] for e in reference_events}
    assert not places & {"Rome", "Washington", "North Korea", "Italy", "Germany", "Donbas"}


def test_every_event_keeps_its_sentence(reference_events, reference_text):
    for e in reference_events:
        assert reference_text[e["span_start"] : e["span_end"]] == e["source_text"]


def test_extractor_never_raises_on_odd_text(extractor):
    for text in [
        "",
        " ",
        "\n\n",
        "...",
        "Kyiv",
        "12345",
        "<script>alert(1)</script> in Kharkiv was hit.",
    ]:
        assert isinstance(extractor.extract(text, "t", date(2025, 1, 1)), list)


@pytest.mark.parametrize("folder", ["reports", "reports/heldout"])
def test_own_annotated_reports(extractor, folder):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extract import load_cases, score

    cases = load_cases(ROOT / "data" / folder, False, None)
    assert len(cases) >= 3
    result = score(cases, extractor)
    assert result["recall"] >= 0.9 and result["precision"] >= 0.85, result


def test_annotations_are_well_formed():
    for path in (ROOT / "data" / "reports").rglob("*.events.json"):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        assert Path(str(path).replace(".events.json", ".txt")).is_file()
        for e in data["events"]:
            assert {
                "place",
                "lat",
                "lon",
                "event_type",
                "weapon_category",
                "event_date",
                "verification",
            } <= set(e)
