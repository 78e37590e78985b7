"""A ministry's grouping that "hit the manpower and equipment" of enemy brigades near a place
tells of fighting there (the battlegroups' daily claim), not a strike; a grouping's hit on a
depot or a plant near a place, or a hit told with the weapon that made it, stays a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 11, 4))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "Units of the Tsentr group of forces struck the manpower and equipment of two "
            "mechanised brigades of the AFU near Myrnohrad and Rodynske, the ministry said.",
            ("Myrnohrad", "Rodynske"),
        ),
        (
            'In the past day the "Vostok" battlegroup hit troops and hardware of an assault '
            "brigade close to Huliaipole in the Zaporozhye region.",
            ("Hulyaypole",),
        ),
        (
            "The Zapad grouping kept up its offensive, hitting a territorial defence brigade "
            "around Kupyansk; Ukrainian losses were put at up to 200 servicemen.",
            ("Kupyansk",),
        ),
    ],
)
def test_a_grouping_hitting_brigades_near_a_place_is_fighting(extractor, text, places):
    got = _kinds(extractor, text)
    for place in places:
        assert got.get(place) == "fighting", got


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "The Tsentr group also hit a fuel depot near Pavlohrad that supplied Ukrainian "
            "armour, the ministry said.",
            "Pavlohrad",
        ),
        (
            "The Vostok group hit Ukrainian manpower near Huliaipole with an Iskander missile, "
            "the ministry said.",
            "Hulyaypole",
        ),
    ],
)
def test_a_grouping_hitting_a_site_or_with_a_weapon_is_a_strike(extractor, text, place):
    assert _kinds(extractor, text).get(place) == "strike"
