"""Extraction: the reference report end to end, and the phenomena one by one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from geo.extract import (
    Extractor,
    Publication,
    date_in,
    publication_from_header,
    split_sentences,
)


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


def test_publication_date_from_header(reference_text):
    assert publication_from_header(reference_text) == Publication(date(2024, 11, 26), morning=True)
    assert publication_from_header("Kyiv, 2025-06-03 15:20\nText").morning is False
    assert publication_from_header("no date here") is None


@pytest.mark.parametrize(
    ("words", "day", "precision"),
    [
        ("on Thursday", date(2024, 11, 21), 1),
        ("on Monday night", date(2024, 11, 25), 1),
        ("yesterday", date(2024, 11, 25), 1),
        ("overnight", date(2024, 11, 26), 1),
        ("in the evening", date(2024, 11, 25), 1),
        ("the previous week", date(2024, 11, 18), 2),
        ("on 21 November", date(2024, 11, 21), 1),
        ("on November 3", date(2024, 11, 3), 1),
        ("earlier this month", date(2024, 11, 1), 3),
    ],
)
def test_relative_dates(words, day, precision):
    when = date_in(f"Drones struck {words}.", Publication(date(2024, 11, 26)))
    assert (when.day, when.precision) == (day, precision)


def test_figures_in_words_and_digits(extractor):
    text = "Kyiv, 2025-03-01\nA missile hit Kharkiv on Friday; two people were killed and eleven injured."
    (e,) = extractor.extract(text, "t")
    assert (e["fatalities"], e["injured"]) == (2, 11)
    (e,) = extractor.extract("Kyiv, 2025-03-01\nShelling of Nikopol on Friday, injuring 15.", "t")
    assert e["injured"] == 15 and e["weapon_category"] == "artillery"


def test_claims_and_hedges(extractor):
    text = (
        "Moscow, 2025-03-01\n"
        "The Russian Ministry of Defence said it had struck a depot in Kramatorsk with Iskander missiles.\n"
        "According to unconfirmed reports, drones hit an oil refinery near Saratov. It could not be verified.\n"
    )
    e = _by_place(extractor.extract(text, "t"))
    assert e["Kramatorsk"]["verification"] == "claimed"
    assert e["Kramatorsk"]["claimed_by"] == "Russian Ministry of Defence"
    assert e["Kramatorsk"]["actor"] == "Russia"
    assert e["Saratov"]["verification"] == "unverified" and e["Saratov"]["geo_precision"] == 2


def test_transliterations_and_the_capital(extractor):
    text = "Kiev, 2025-03-01\nMissiles struck Dnepr and Artemovsk overnight. Drones also attacked the capital."
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert places == {"Dnipro", "Bakhmut", "Kyiv"}


def test_interceptions_and_regions(extractor):
    text = "Kyiv, 2025-03-01\nAir defence shot down 20 Shahed drones over the Poltava and Sumy regions overnight."
    events = extractor.extract(text, "t")
    assert {(e["event_type"], e["geo_precision"], e["weapon"]) for e in events} == {
        ("interception", 3, "Shahed")
    }
    assert len(events) == 2


def test_repeated_mentions_merge(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "Russian missiles hit Odesa on Friday. Two people were killed in Odesa, the governor said. "
        "An Iskander exploded there."
    )
    (e,) = extractor.extract(text, "t")
    assert (e["place"], e["fatalities"], e["weapon"]) == ("Odesa", 2, "Iskander")


def test_future_meetings_and_intentions_are_not_events(extractor):
    text = "Kyiv, 2025-03-01\nMinisters will meet in Warsaw next week. Russia wants to capture Kupiansk."
    assert extractor.extract(text, "t") == []


def test_sentences_keep_offsets():
    text = "Title line\nFirst one. Second, with U.S. help.\nThird"
    parts = split_sentences(text)
    assert [p.text for p in parts] == [
        "Title line",
        "First one.",
        "Second, with U.S. help.",
        "Third",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)


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
