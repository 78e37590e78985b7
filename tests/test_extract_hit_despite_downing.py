"""Extraction: a hit told after a downing, set against it ("Air defences shot down most of the
drones, but one hit a building in X"; "Air defence was active over X, but a drone still hit a
warehouse"): a strike at the place of the hit, not an interception (issue 16, the unseen writers'
gold strike, ours interception); the downing alone stays an interception."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text: str) -> set[tuple[str, str, int | None]]:
    return {(r["place"], r["event_type"], r["injured"]) for r in extractor.extract(text, "t", DAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story: most downed, one got through and hurt people
        (
            "Air defences shot down most of the drones, but one hit a residential building in "
            "Kharkiv, injuring four.",
            {("Kharkiv", "strike", 4)},
        ),
        # a regional administration: the rest of the salvo struck
        (
            "Of the 40 drones launched overnight, 35 were destroyed, while the rest struck an "
            "energy facility in Kremenchuk, injuring two workers.",
            {("Kremenchuk", "strike", 2)},
        ),
        # a live blog: a third missile after two intercepted
        (
            "Air defence intercepted two missiles; however, a third one hit a logistics centre "
            "near Lviv, injuring one man.",
            {("Lviv", "strike", 1)},
        ),
    ],
)
def test_a_hit_set_against_a_downing_is_a_strike(extractor, text, expected):
    assert _kinds(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 52 drones were destroyed, 31 of them over the Bryansk region and the "
        "rest over the Kursk region.",
        "Air defence shot down 14 drones over the Mykolaiv region, while three more were downed "
        "over the Odesa region.",
    ],
)
def test_downings_set_against_each_other_stay_interceptions(extractor, text):
    assert {t for _, t, _ in _kinds(extractor, text)} == {"interception"}
