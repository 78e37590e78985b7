"""Extraction, an interception told with no speaker (verif16): how many drones or missiles
were shot down is the defending side's own count, so the record is that side's claim, in a
weekly review, a live blog's entry or a bullet summary alike; a hedge keeps it unverified and
the report's own eyes keep it confirmed."""

from __future__ import annotations

import test_extract_relayed as relayed

extractor = relayed.extractor  # the same module-scoped fixture
_by_place = relayed._by_place

# A weekly review in the writer's own words, both sides' air defences
_REVIEW = """The week in the air war

On Tuesday night Russia launched 120 drones at Ukraine; 95 were downed, most of them over the Kharkiv region.

On Thursday Ukrainian drones attacked Russia. Russian air defences destroyed 30 drones over the Bryansk region.
"""

# A live blog's entries: a bare count, then a hedged one, then the reporter's own eyes
_LIVE = """LIVE: the night's attack

07:45 - Ten drones downed over the Zhytomyr region so far.

08:10 - Unconfirmed reports say two missiles were shot down near Vinnytsia.

08:30 - Our correspondent in Chernihiv saw air defences shoot down a drone over the city centre.
"""

# A bullet summary
_BULLETS = """What we know about the night

- Drones: 64 launched, 50 shot down or jammed over the Sumy region.
- Kharkiv: a missile hit an industrial site, regional head Oleh Syniehubov said.
"""


def _claimed(event: dict, side: str) -> None:
    assert event["event_type"] == "interception"
    assert event["verification"] == "claimed"
    assert event["claimed_by"] == side


def test_a_weekly_reviews_interceptions_are_each_defenders_claim(extractor):
    events = _by_place(extractor, _REVIEW)
    _claimed(events["Kharkiv"], "Ukrainian side")
    _claimed(events["Bryansk"], "Russian side")


def test_a_live_blogs_bare_count_is_claimed_a_hedge_and_its_eyes_are_kept(extractor):
    events = _by_place(extractor, _LIVE)
    _claimed(events["Zhytomyr"], "Ukrainian side")
    assert events["Vinnytsya"]["verification"] == "unverified"
    assert events["Chernihiv"]["verification"] == "confirmed"


def test_a_bullet_summarys_tally_is_claimed(extractor):
    events = _by_place(extractor, _BULLETS)
    _claimed(events["Sumy"], "Ukrainian side")
    assert events["Kharkiv"]["verification"] == "claimed"


# A fact-check and a wire story: the side's tally, then the report's own evidence of the damage
_CHECKED = """FACT CHECK: Was a training ground hit?

What we know: the air force said Russia fired eight cruise missiles overnight and that six were shot down over the Lviv region. Footage filmed by residents and geolocated by our team shows a depot burning in Lviv.
"""
_WIRE = """Missiles hit Rivne

RIVNE, May 14 - Ukraine's air force said four missiles were intercepted over the Rivne region overnight. Satellite images taken in the morning show a fuel depot in Rivne burned out.
"""


def test_the_reports_evidence_of_damage_leaves_the_tally_the_sides_claim(extractor):
    for text, place in ((_CHECKED, "Lviv"), (_WIRE, "Rivne")):
        events = extractor.extract(text, "test", None)
        tally = [e for e in events if e["event_type"] == "interception"]
        assert [e["place"] for e in tally] == [place]
        assert tally[0]["verification"] == "claimed"
        assert "air force" in tally[0]["claimed_by"].lower()


# Debris told as the damage it did, in a wire's and a live blog's words: the report's own word
_DEBRIS_WIRE = """Drones over two cities

A drone hit a house in Sumy, injuring two, the regional administration said. In Kyiv, debris from a downed missile damaged parked cars; nobody was hurt.

Separately, Kharkiv mayor Ihor Terekhov said a drone hit a garage in Kharkiv.
"""
_DEBRIS_LIVE = """LIVE: the night's attack

06:40 - Wreckage of a shot-down drone fell on a playground in Bila Tserkva. No one was injured.
"""


def test_debris_of_a_downed_drone_is_no_sides_tally(extractor):
    kyiv = _by_place(extractor, _DEBRIS_WIRE)["Kyiv"]
    assert kyiv["event_type"] == "interception"
    assert kyiv["verification"] == "confirmed"
    bila = _by_place(extractor, _DEBRIS_LIVE)["Bila Tserkva"]
    assert bila["event_type"] == "interception"
    assert bila["verification"] == "confirmed"
