"""One attack told with a weapon's kind in one report and its type in another (newuser40).

A researcher pastes a governor's statement ("a Russian missile struck a residential building in
Kramatorsk" on 1 Feb 2023) beside UCDP's import of the same strike ("Rocket attack on a house in
Kramatorsk", read as rocket artillery): the review told no stored event, and neither did it for
a "missile" beside a stored "ballistic missile" of the same town and day. A kind's word and its
types, and a missile not typed and rocket artillery, are no contradiction
(``geo.duplicates.same_attack_categories``); a drone and a missile still are.
"""

from __future__ import annotations

import pytest

from geo.duplicates import likely_same
from geo.events import to_frame


def _stored(category: str | None):
    return to_frame(
        [
            {
                "event_id": "ucdp-462257",
                "event_date": "2023-02-01",
                "time_precision": 1,
                "event_type": "strike",
                "weapon_category": category,
                "geo_precision": 1,
                "verification": "confirmed",
                "place": "Kramatorsk town",
                "country": "UA",
                "source": "UCDP GED 462257",
                "lat": 48.716667,
                "lon": 37.533333,
            }
        ]
    )


def _new(category: str | None) -> dict:
    return {
        "event_id": "sm-new",
        "event_type": "strike",
        "event_date": "2023-02-01",
        "time_precision": 1,
        "place": "Kramatorsk",
        "country": "UA",
        "weapon_category": category,
        "geo_precision": 1,
        "source": "governor.txt",
        "lat": 48.7232,
        "lon": 37.5562,
    }


@pytest.mark.parametrize(
    ("new", "stored"),
    [
        ("missile", "rocket artillery"),  # UCDP's "rocket attack"
        ("rocket artillery", "missile"),
        ("missile", "ballistic missile"),
        ("ballistic missile", "missile"),
        ("artillery", "rocket artillery"),
        ("cruise missile", None),
    ],
)
def test_a_kind_and_its_type_are_told_as_the_same_attack(new, stored):
    found = likely_same([_new(new)], _stored(stored))
    assert [m.event_id for m in found.get("sm-new", [])] == ["ucdp-462257"], (new, stored)


@pytest.mark.parametrize(
    ("new", "stored"),
    [("drone", "missile"), ("ballistic missile", "cruise missile"), ("drone", "rocket artillery")],
)
def test_weapons_of_other_kinds_still_tell_two_attacks(new, stored):
    assert likely_same([_new(new)], _stored(stored)) == {}
