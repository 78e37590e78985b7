"""Events told without an event word the core lexicon knows (noword39): a downing tally's
breakdown framed by a label or a remainder, in its paragraph or the next; a weapon told as going
for its target; a defence ministry's "routed" and "freed"."""

from __future__ import annotations

import time
from datetime import date

import pytest

from geo.extract import Extractor, clipped_at
from geo.extract.lexicon import triggers_in
from geo.extract.ministry_ground import ROUTED
from geo.extract.tally_breakdown import breakdown_body
from geo.extract.weapon_goings import GOING


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, body: str, day: date = date(2025, 3, 9)) -> list[dict]:
    return extractor.extract(f"Morning report, {day:%d %B %Y}\n\n{body}\n", "t", day)


def _kinds(records: list[dict]) -> set[tuple[str, str]]:
    return {(r["place"], r["event_type"]) for r in records}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("By region: Vinnytsia - 7, Zhytomyr - 5.", "Vinnytsia - 7, Zhytomyr - 5."),
        ("Per oblast — Vinnytsia - 7, Zhytomyr - 5", "Vinnytsia - 7, Zhytomyr - 5"),
        ("Vinnytsia - 7, Zhytomyr - 5; the rest over the west.", "Vinnytsia - 7, Zhytomyr - 5"),
        ("Vinnytsia - 7, Zhytomyr - 5, and the remainder at sea.", "Vinnytsia - 7, Zhytomyr - 5"),
    ],
)
def test_a_breakdown_is_framed_by_a_label_or_a_remainder(sentence, body):
    assert breakdown_body(sentence) == body


@pytest.mark.parametrize(
    "sentence", ["Vinnytsia - 7, Zhytomyr - 5.", "Prices by region rose.", "x" * 500]
)
def test_an_unframed_run_is_no_breakdown(sentence):
    assert breakdown_body(sentence) is None


def test_a_labelled_breakdown_in_the_next_paragraph_gives_the_regions_downings(extractor):
    records = _records(
        extractor,
        "During the night air defence neutralised 31 attack drones.\n\n"
        "By region: Vinnytsia - 12, Zhytomyr - 9; the rest over the Kyiv region.",
    )
    counts = {r["place"][:5]: r["destroyed"] for r in records if r["event_type"] == "interception"}
    assert counts.get("Vinny") == 12 and counts.get("Zhyto") == 9, counts


def test_a_labelled_run_after_a_strike_is_no_downing(extractor):
    records = _records(
        extractor,
        "Prices of bread rose again this week.\n\nBy region: Vinnytsia - 12, Zhytomyr - 9.",
    )
    assert not [r for r in records if r["event_type"] == "interception"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Before dawn, Russian drones came for Izmail once more.", "Izmail"),
        ("About thirty drones went after Kremenchuk and its refinery.", "Kremenchuk"),
        ("Shells rained down on the centre of Kherson all afternoon.", "Kherson"),
        ("A video shows a drone crashing into a fuel tank in Tuapse.", "Tuapse"),
        ("Rockets of an old multiple launcher landed on a farm in Nikopol.", "Nikopol"),
        # a clipped line of a weapon at its target (clipped_at)
        ("Kremenchuk: two cruise missiles at the oil refinery; no casualties.", "Kremenchuk"),
        ("Ochakiv - an FPV drone at a fishing boat, one man wounded.", "Ochakiv"),
    ],
)
def test_a_weapon_going_for_its_target_is_a_strike(extractor, body, place):
    kinds = _kinds(_records(extractor, body))
    assert any(p.startswith(place[:4]) and t == "strike" for p, t in kinds), kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Drones came for the fourth night in a row, the mayor said.",
        "Debris of a drone fell on the roof of a garage.",
        "The envoy came for talks and went after lunch.",
    ],
)
def test_a_time_debris_or_a_visitor_is_no_weapon_going(sentence):
    assert not GOING.search(sentence)


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "Units of the Dnepr group routed formations of two brigades near Stepnohirsk "
            "and Prymorske.",
            {"Stepnohirsk", "Prymorske"},
        ),
        ("Servicemen freed the settlement of Novoekonomichne.", {"Novoekonomichne"}),
    ],
)
def test_a_ministrys_routed_and_freed_are_fighting(extractor, body, places):
    fought = {p[:5] for p, t in _kinds(_records(extractor, body)) if t == "fighting"}
    assert {p[:5] for p in places} <= fought, fought


@pytest.mark.parametrize(
    "sentence",
    [
        "Trains were routed through Poltava while the line was repaired.",
        "Two hostages were freed in Istanbul in a swap.",
        "The court freed the activist on bail.",
    ],
)
def test_traffic_routed_or_people_freed_is_no_fighting(sentence):
    assert not ROUTED.search(sentence)
    assert not [t for t, _ in triggers_in(sentence) if t == "fighting"]


def _cpu(text: str, read) -> float:
    start = time.process_time()
    read(text)
    return time.process_time() - start


@pytest.mark.parametrize(
    "piece",
    [
        "drones drones drones ",
        "freed the the ",
        "routed a a ",
        "By region: X - 1, the rest, ",
        ": a b drones at ",
    ],
)
def test_the_new_patterns_read_a_long_paste_in_linear_time(piece):
    def read(text: str) -> None:
        GOING.search(text)
        ROUTED.search(text)
        breakdown_body(text)
        clipped_at.AT.search(text)

    small, large = piece * 5_000, piece * 20_000
    ratio = _cpu(large, read) / max(_cpu(small, read), 1e-4)
    assert ratio < 12, ratio


@pytest.mark.parametrize(
    "sentence",
    [
        "Shahed drones at night are hard to see.",
        "Sumy: drones at the same time as the sirens.",
        "Odesa: missiles at an altitude of fifty metres.",
    ],
)
def test_a_weapon_at_a_time_or_a_measure_is_no_clipped_entry(sentence):
    assert not clipped_at.AT.search(sentence)
