"""Extraction, the act that governs a front town's clause: fire told as the cover of a ground
assault is the fight's manner, not a strike of its own ("attacked X under heavy artillery cover",
"shelled X, but that was to cover its infantry"); fire with victims, or drones attacking "under
cover of darkness", stay strikes. And blasts heard "as air defence went to work" are its downing
(`geo.extract.cover_fire`, `geo.extract.air_defence_acts`)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.cover_fire import fire_as_cover
from geo.extract.lexicon import triggers_in

DAY = date(2025, 10, 22)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _typed(extractor, text, place):
    return {
        e["event_type"] for e in extractor.extract(text, "t", DAY) if e["place"].startswith(place)
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian forces attacked Siversk from the north under heavy artillery cover and were "
            "pushed back, the brigade said.",
            "Siversk",
        ),
        (
            "The enemy pounded Stepnohirsk all morning, but that was to cover its infantry. Three "
            "groups tried to get into the village.",
            "Stepnohirsk",
        ),
        ("Russian troops stormed Novopavlivka with tank support on Tuesday.", "Novopavlivka"),
    ],
)
def test_fire_as_an_assaults_cover_is_fighting(extractor, text, place):
    assert _typed(extractor, text, place) == {"fighting"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # victims of the fire: the town's shelling stays a strike
        ("Russian troops shelled Kupiansk to cover an assault, killing two civilians.", "Kupyansk"),
        # drones attacking under cover of darkness: no troops, no guns as cover
        ("Drones attacked Sumy under cover of darkness, damaging a school.", "Sumy"),
        # the enemy attacking a town with drones is no ground assault
        ("The enemy attacked Dnipro with drones and damaged a warehouse.", "Dnipro"),
        # a town that "came under artillery fire" is shelled: the fire is the act, no cover
        (
            "Kramatorsk was hit by a glide bomb, while Sloviansk came under artillery fire.",
            "Slovyansk",
        ),
    ],
)
def test_fire_without_a_ground_assault_stays_a_strike(extractor, text, place):
    assert _typed(extractor, text, place) == {"strike"}


def test_cover_words_of_another_place_do_not_carry():
    text = "Guns shelled Orikhiv, and troops attacked Robotyne under mortar cover."
    triggers = triggers_in(text)
    shelled = next(t for t in triggers if t[1].group() == "shelled")
    assert not fire_as_cover(triggers, shelled, text.index("Orikhiv"))


def test_blasts_as_air_defence_went_to_work_are_a_downing(extractor):
    text = "Blasts were heard over Kyiv as air defence went to work, our correspondent reports."
    assert _typed(extractor, text, "Kyiv") == {"interception"}


def test_blasts_with_no_air_defence_stay_a_strike(extractor):
    text = "Blasts were heard over Kyiv before dawn, our correspondent reports."
    assert _typed(extractor, text, "Kyiv") == {"strike"}


def test_cover_fire_is_linear_on_a_long_paste():
    text = "Russian forces attacked Siversk " + "under heavy " * 50_000 + "artillery cover."
    triggers = triggers_in(text)
    word = next(t for t in triggers if t[1].group() == "attacked")
    assert fire_as_cover(triggers, word, text.index("Siversk")) in (True, False)


def test_harm_by_debris_after_the_passives_time_is_a_downing(extractor):
    # the passive's agent after its time: "was damaged at about 02:40 by falling debris"
    text = (
        "Kharkiv: a gas pipe in the Kholodnohirskyi district was damaged at about 02:40 by "
        "falling debris while the air defence was busy over the city."
    )
    assert "interception" in {e["event_type"] for e in extractor.extract(text, "t", DAY)}


def test_harm_by_a_drone_stays_a_strike(extractor):
    text = (
        "Kharkiv: a gas pipe in the Kholodnohirskyi district was damaged at about 02:40 by a drone."
    )
    assert {e["event_type"] for e in extractor.extract(text, "t", DAY)} == {"strike"}


def test_a_downing_told_with_no_weapon_takes_no_glide_bomb_from_before(extractor):
    # glide bombs, like shells, are not what air defence brings down: the downing told with no
    # weapon of its own after another place's bomb has none
    text = (
        "09:30 A guided bomb struck a school in Kostiantynivka on Saturday, officials said.\n\n"
        "11:45 Blasts were heard over Kyiv as air defence went to work, our correspondent reports."
    )
    kyiv = [e for e in extractor.extract(text, "t", DAY) if e["place"].startswith("Kyiv")]
    assert [(e["event_type"], e["weapon_category"]) for e in kyiv] == [("interception", None)]
