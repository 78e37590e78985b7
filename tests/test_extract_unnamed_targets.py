"""Extraction, downed "targets" of no kind named (issue 16): "nine aerial targets were shot down
over X", "debris of a downed target fell on Y" tell an interception whose weapon the text does not
name; it takes no kind from the paragraph before or the report's last weapon (the writers' empty
category), unlike "Russia launched 40 drones. Thirty were shot down over X" (drones)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _downings(records):
    return sorted(
        (r["place"], r["weapon_category"]) for r in records if r["event_type"] == "interception"
    )


_BEFORE = (
    "Governor's evening post, 10 December 2025\n\n"
    "Yesterday evening a Ukrainian drone hit a lorry near Shebekino; the driver was wounded.\n\n"
)


@pytest.mark.parametrize(
    "night",
    [
        "Overnight air defence worked over Stary Oskol, where nine aerial targets were shot down. "
        "Nobody was hurt.",
        "Over Stary Oskol our air defence destroyed three air targets during the night.",
        "Debris of a downed target damaged the roof of a garage in Stary Oskol; nobody was hurt.",
    ],
)
def test_targets_of_no_kind_named_take_no_kind(extractor, night):
    records = extractor.extract(_BEFORE + night, "t", date(2025, 12, 10))
    assert [c for p, c in _downings(records) if p.startswith("Stary")] == [None]


def test_a_downing_after_the_drones_launched_takes_drones(extractor):
    text = (
        "KHARKIV, Dec 10 (Wire) - Russia launched 40 drones at Ukraine overnight. Thirty of them "
        "were shot down over the Kharkiv region, the air force said."
    )
    assert ("Kharkiv", "drone") in _downings(extractor.extract(text, "t", date(2025, 12, 10)))
