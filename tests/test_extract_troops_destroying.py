"""Troops that destroy or kill enemy men, units or craft at a place tell of fighting there, not a
strike: "In the area of X, our units continue to wipe out the enemy's formations trapped in the
town", "the Sever grouping took better lines near Y, destroying up to 90 servicemen", "marines
landed near Z and destroyed three enemy boats"; a grouping that gained ground and hit enemy troops
around a place, many words after the grouping; and defenders who killed attackers who "tried to"
push into a place, whatever they used. A hit on a site, or a weapon told as what hit, stays a
strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 10, 14))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Near Pokrovsk, soldiers of the Tsentr grouping go on destroying the enemy's "
            "units cut off in the western districts of the town, the ministry said.",
            "Pokrovsk",
        ),
        (
            "The Vostok grouping occupied more advantageous positions near Huliaipole, "
            "destroying up to 95 servicemen and two armoured vehicles.",
            "Hulyaypole",
        ),
        (
            "Paratroopers say they landed on a sandbank near Kherson before dawn and destroyed "
            "three Russian boats.",
            "Kherson",
        ),
        (
            'The "Zapad" battlegroup is reported to have improved the line and hit manpower '
            "and vehicles of two assault brigades around Kupyansk, the ministry said.",
            "Kupyansk",
        ),
        (
            "A border brigade says its drone crews killed 12 Russian infantrymen who tried "
            "overnight to slip into the eastern outskirts of Vovchansk.",
            "Vovchansk",
        ),
    ],
)
def test_troops_destroying_enemy_men_at_a_place_is_fighting(extractor, text, place):
    assert _kinds(extractor, text).get(place) == "fighting"


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Ukrainian forces destroyed a Russian ammunition depot near Melitopol overnight, "
            "the General Staff said.",
            "Melitopol",
        ),
        (
            "Russian troops hit a grain terminal in Izmail with drones, destroying 2,000 tonnes "
            "of wheat.",
            "Izmayil",
        ),
        (
            "A missile destroyed two apartment blocks in Kharkiv, killing four residents.",
            "Kharkiv",
        ),
    ],
)
def test_a_hit_on_a_site_stays_a_strike(extractor, text, place):
    assert _kinds(extractor, text).get(place) == "strike"
