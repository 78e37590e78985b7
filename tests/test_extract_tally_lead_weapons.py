"""Extraction: a tally's rows of regions and counts under a lead that names the weapon brought
down ("Cruise missiles shot down, by region:"): each row's interception is of the lead's weapon,
not of a weapon the next sentence tells was not brought down ("Neither Iskander-M was
intercepted", "The two Kinzhals were not shot down")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _interceptions(extractor, text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in extractor.extract(text, "t", DAY):
        if e["event_type"] == "interception":
            out.setdefault(e["place"], set()).add(e["weapon_category"])
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dotted leaders, two leads, a ballistic missile named after the second table
        (
            "Results of the night.\n\n"
            "Attack UAVs shot down, by region:\n"
            "Rivne region .......... 14\n"
            "Volyn region .......... 9\n\n"
            "Cruise missiles shot down, by region:\n"
            "Volyn region .......... 3\n"
            "Lviv region ........... 5\n\n"
            "Neither Iskander-M was intercepted.",
            {"Rivne": {"drone"}, "Volyn": {"drone", "cruise missile"}, "Lviv": {"cruise missile"}},
        ),
        # spaced dashes under a lead naming drones
        (
            "Cruise missiles destroyed, by region:\n"
            "Poltava region - 2\n"
            "Sumy region - 1\n\n"
            "The two Kinzhal missiles were not shot down.",
            {"Poltava": {"cruise missile"}, "Sumy": {"cruise missile"}},
        ),
    ],
)
def test_rows_take_the_leads_weapon(extractor, text, expected):
    got = _interceptions(extractor, text)
    assert {k: got.get(k) for k in expected} == expected
