"""A field note's forms: a count of weapons brought down told after the place, in the passive ("Near X
two drones were shot down by a mobile fire group"), and the writer's own visit (no meeting)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "place", "downed"),
    [
        (
            "Governor's evening post, 3 March 2025\nNear the village of Velykyi Burluk three "
            "drones were downed by a mobile fire group; nobody was hurt.\n",
            "Velykyi Burluk",
            3,
        ),
        (
            "Air defence update, 3 March 2025\n\nOver Kropyvnytskyi, 4 Shahed drones were "
            "intercepted before dawn.\n",
            "Kropyvnytskyi",
            4,
        ),
        (
            "3 March 2025. Around Chernihiv two enemy missiles were shot down by the air "
            "force, the regional administration said.\n",
            "Chernihiv",
            2,
        ),
    ],
)
def test_weapons_counted_as_downed_after_the_place_fill_destroyed(text, place, downed, extractor):
    events = extractor.extract(text, "t", published=date(2025, 3, 3))
    got = [(e["place"], e["event_type"], e["destroyed"]) for e in events]
    assert (place, "interception", downed) in got, got


def test_people_hurt_before_downed_weapons_are_no_downed_count(extractor):
    text = "3 March 2025. Near Kupiansk two people were hurt after drones were shot down.\n"
    events = extractor.extract(text, "t", published=date(2025, 3, 3))
    assert all(e["destroyed"] != 2 for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Team log, 2 March 2025. In Kurakhove nothing had changed since our last visit; the "
        "clinic still has no glass in its windows.\n",
        "Volunteer diary, 2 March 2025. We drove to Lyman again. On my previous visit the "
        "market was still open.\n",
        "Mission note, 2 March 2025. In Orikhiv, during our visit, the water point was working.\n",
    ],
)
def test_the_writers_own_visit_is_no_meeting(text, extractor):
    events = extractor.extract(text, "t", published=date(2025, 3, 2))
    assert all(e["event_type"] != "meeting" for e in events), events
