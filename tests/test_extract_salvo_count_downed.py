"""Extraction: a salvo sent at a place, then a count of it brought down ("sent 14 attack drones
at X; 10 were destroyed"), is an interception at that place; the salvo's own adjective ("attack
drones", "strike drones") is no hit. Class 'near record taken by another gold event' on
heldout14/15: the place's tally was read as a strike and merged with the strike told there, and
the interception told beside it took the strike's place in the scoring."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2025, 7, 15)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records):
    return {(r["place"], r["event_type"], r["weapon_category"]) for r in records}


def test_a_mayors_post_count_after_a_semicolon(extractor):
    # a mayor's channel: the salvo at the city, the count downed, then the city's own losses
    text = (
        "The enemy sent 14 attack drones at Mykolaiv; 10 were destroyed by our air defence. "
        "In the city one person was killed, a man of 40 found under the rubble in the Zavodskyi "
        "district, and 4 were injured."
    )
    records = extractor.extract(text, "t", DAY)
    assert ("Mykolayiv", "interception", "drone") in _kinds(records)
    strike = [r for r in records if r["event_type"] == "strike"]
    assert [(r["place"], r["fatalities"], r["injured"]) for r in strike] == [("Mykolayiv", 1, 4)]


def test_a_wire_story_region_and_a_ports_debris(extractor):
    # a marine advisory quoting the air force: the region's tally and debris at a port of it
    text = (
        "The air force said Russia launched 15 attack drones at the Odesa region overnight and "
        "that 12 of them were destroyed. Debris from one of them fell on a berth at Pivdennyi "
        "port; no one was hurt."
    )
    kinds = _kinds(extractor.extract(text, "t", DAY))
    assert ("Odessa", "interception", "drone") in kinds
    # the port's town of the Odesa region (Pivdenne), not Pivdennyi of the Kirovohrad region
    assert ("Pivdenne", "interception", "drone") in kinds
    assert not any(t == "strike" for _, t, _ in kinds)


def test_a_governors_telegram_count_after_a_colon(extractor):
    text = (
        "Overnight the occupiers fired 22 Shahed-type strike drones at the Sumy region: 18 were "
        "shot down by air defence."
    )
    assert _kinds(extractor.extract(text, "t", DAY)) == {("Sumy", "interception", "drone")}


@pytest.mark.parametrize(
    "text",
    [
        # a hit told after the count: the city was struck
        "Russia launched 30 drones at Kharkiv; 25 were shot down, but one hit a high-rise, "
        "injuring three.",
        # what was destroyed is houses, not the salvo
        "Russian forces fired 12 rockets at Nikopol; three houses were destroyed.",
    ],
)
def test_a_hit_or_destroyed_houses_stay_a_strike(extractor, text):
    assert any(r["event_type"] == "strike" for r in extractor.extract(text, "t", DAY))
