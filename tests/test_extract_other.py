"""Events that are neither a strike nor fighting (issue 16, the `other` type): sabotage on the
ground claimed by partisans (no weapon fired) and a drone straying into a country's airspace."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


POST = (
    "Resistance movement, weekly summary\n\n"
    "1. Zaporizhzhia oblast. On 3 May our partisans set fire to a signal box on the railway "
    "near Tokmak.\n\n"
    "2. Bryansk oblast. On 4 May an explosive device was detonated under the tracks outside "
    "Unecha and a freight train derailed.\n\n"
    "3. On 5 May a relay cabinet at the station in Svatove was set alight.\n"
)


def _by_place(records):
    return {r["place_mention"].split()[-1]: r for r in records}


def test_sabotage_words_are_other_events():
    kinds = {t for t, _ in triggers_in("Saboteurs burned out a transformer; a train derailed.")}
    assert kinds == {"other"}
    # fire set by an agent, not by a weapon: the longer phrase wins over "set fire"
    assert [t for t, _ in triggers_in("Two agents set fire to a depot.")] == ["other"]
    # fire after a weapon hit stays the strike's
    assert [t for t, _ in triggers_in("A drone set fire to a depot.")] == ["strike"]


def test_sabotage_is_one_other_record_per_place_without_a_weapon(extractor):
    got = _by_place(extractor.extract(POST, "post", date(2025, 5, 6)))
    assert {got[p]["event_type"] for p in ("Tokmak", "Unecha", "Svatove")} == {"other"}
    assert all(got[p]["weapon_category"] is None for p in ("Tokmak", "Unecha", "Svatove"))
    assert got["Unecha"]["event_date"] == "2025-05-04"


def test_a_drone_in_a_neutral_countrys_airspace_is_other_with_its_weapon(extractor):
    text = (
        "BUCHAREST, 9 October 2025\n\n"
        "Romania's defence ministry said a drone entered Romanian airspace near Tulcea on "
        "Wednesday night and left it ten minutes later.\n"
    )
    records = extractor.extract(text, "story", date(2025, 10, 9))
    assert [(r["event_type"], r["weapon_category"]) for r in records] == [("other", "drone")]
    assert records[0]["place"] == "Tulcea"


def test_drone_wreckage_found_in_a_neutral_country_is_other_not_an_interception(extractor):
    text = (
        "CHISINAU, 10 October 2025\n\n"
        "Police found the wreckage of a drone in a field near Cahul on Thursday.\n"
    )
    records = extractor.extract(text, "story", date(2025, 10, 10))
    assert [(r["event_type"], r["weapon_category"], r["place"]) for r in records] == [
        ("other", "drone", "Cahul")
    ]
    # debris of a drone shot down over a side's town stays an interception there
    ukraine = "KYIV, 10 October 2025\n\nDebris of a downed drone fell on a house in Bucha.\n"
    (e,) = extractor.extract(ukraine, "story", date(2025, 10, 10))
    assert e["event_type"] == "interception"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # wreckage found abroad with nothing hit: no strike there, even with an "attack drone"
        (
            "Hungarian soldiers found fragments of what looked like an attack drone in a "
            "meadow outside Debrecen on Friday.",
            "Debrecen",
        ),
        # a town, then its region named with its kind
        (
            "Police found debris of a drone near Comrat, in the autonomous region of Gagauzia, "
            "on Friday.",
            "Comrat",
        ),
        # where the object came from, then where it crossed
        (
            "An object entered Lithuanian airspace from Belarus near Druskininkai on Friday.",
            "Druskininkai",
        ),
    ],
)
def test_stray_drones_abroad_are_other_events_at_the_town(extractor, sentence, place):
    events = extractor.extract("Kyiv, 2025-05-02\n" + sentence, "t")
    assert [(e["event_type"], e["place"]) for e in events] == [("other", place)]


def test_a_country_not_at_war_telling_of_wreckage_or_its_airspace_is_no_sides_claim(extractor):
    """What a state that is no side of the war reports on its own soil (its police found drone
    fragments, its ministry saw its airspace crossed) is `confirmed` unless the report doubts
    it; a side's word on an event in its own country stays its claim."""
    text = (
        "CHISINAU, 10 October 2025\n\n"
        "Moldova's interior ministry said police found the wreckage of a drone in a field near "
        "Cahul on Thursday.\n\n"
        "Russia's defence ministry said its air defences shot down 12 drones over the Bryansk "
        "region overnight.\n"
    )
    status = {e["event_type"]: e["verification"] for e in extractor.extract(text, "t")}
    assert status == {"other": "confirmed", "interception": "claimed"}
    hedged = text.replace("on Thursday.", "on Thursday; we could not verify this.")
    status = {e["event_type"]: e["verification"] for e in extractor.extract(hedged, "t")}
    assert status["other"] == "unverified"
