"""Extraction: a record at the gold event's own place read with another type (issue 16, the
development writers heldout14-21's type pairs at the spot): debris told after its place
("In X, south of the capital, falling debris damaged a school"; "X | Drone debris falls on a
depot"; "in X: the mayor reported missile debris falling") is an interception there, not a
strike."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 3, 10)


def _records(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story: the town, an aside on where it lies, then the debris
        (
            "In Fastiv, west of the capital, wreckage of a drone damaged two garages overnight; "
            "nobody was injured.",
            {("Fastiv", "interception", "drone")},
        ),
        # a timeline table: the town in its cell, the debris in the next
        (
            "12 March | Poltava | Missile debris lands on a warehouse roof after the air defence "
            "fired; no casualties",
            {("Poltava", "interception", "missile")},
        ),
        # a podcast's show notes: the place, then who told of the debris
        (
            "[00:21:10] Overnight in Zhytomyr: the mayor reported drone debris falling on a "
            "private house, two people hurt.",
            {("Zhytomyr", "interception", "drone")},
        ),
    ],
)
def test_debris_told_after_its_place_is_an_interception(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weapon's own hit told before the debris: a strike
        (
            "In Fastiv, west of the capital, a drone hit a warehouse and its debris set two cars "
            "on fire.",
            {("Fastiv", "strike", "drone")},
        ),
        # drones and debris together: the hits are told
        (
            "In Poltava, drones and falling debris damaged six houses.",
            {("Poltava", "strike", "drone")},
        ),
    ],
)
def test_hits_told_with_the_debris_stay_strikes(extractor, text, expected):
    assert _records(extractor, text) == expected
