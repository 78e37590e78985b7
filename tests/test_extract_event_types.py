"""Extraction, the event's type where two types' words meet in one sentence (issue 16): debris of
a downed weapon where it fell is an interception there (the annotation rule of the development
sets), also after a shooting down told at another place, unless the weapons' own hits are told
with it."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in

DAY = date(2025, 6, 3)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _types(extractor, text):
    return {(e["place"], e["event_type"]) for e in extractor.extract(text, "t", DAY)}


def _typed(extractor, text, place):
    """The types of the records at places whose name begins with ``place`` (the gazetteer's
    spelling may differ at the end: "Vinnytsya")."""
    return {t for p, t in _types(extractor, text) if p.startswith(place)}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # wire copy: the shooting down over the region, the debris in a town of it
        (
            "POLTAVA, June 3 (Agency) - Air defence destroyed 17 drones over the Poltava region "
            "overnight, the governor said, adding that falling debris damaged a warehouse in "
            "Lubny.",
            "Lubny",
        ),
        # a governor's post, the wreckage in the second clause
        (
            "Tonight our air defence brought down nine UAVs over the Chernihiv region; in "
            "Nizhyn the wreckage broke windows of a school.",
            "Nizhyn",
        ),
        # a bulleted tally line
        (
            "Overnight summary\n\n- Sumy region: 11 drones shot down, fragments fell on a farm "
            "in Konotop.",
            "Konotop",
        ),
    ],
)
def test_debris_after_a_shooting_down_told_at_another_place_is_an_interception(
    extractor, text, town
):
    types = dict(_types(extractor, text))
    assert types.get(town) == "interception"


def test_a_second_verb_of_the_same_debris_is_an_interception_at_its_place_too(extractor):
    text = (
        "KHARKIV, June 3 (Agency) - Air defences downed 14 drones over the Kharkiv region, the "
        "governor said, adding that debris had set fire to a barn in the Chuhuiv district and "
        "damaged three houses in Izium."
    )
    types = dict(_types(extractor, text))
    assert types.get("Izyum", types.get("Izium")) == "interception"


def test_debris_after_a_town_named_without_a_comma_is_an_interception_there(extractor):
    text = "Governor's update, 3 June\n\nIn Bakhmach falling debris damaged a shed and a car."
    assert _types(extractor, text) == {("Bakhmach", "interception")}


@pytest.mark.parametrize(
    "text",
    [
        "Monthly review\n\nOn 4 May, drones and debris hit four districts of Kharkiv; one man "
        "was killed.",
        "City council, 3 June\n\nMissile hits and falling debris were recorded in Kharkiv; "
        "two people were hurt.",
        "Kharkiv, 3 June\n\nIn Kharkiv, debris and drones fell on two districts, killing one.",
    ],
)
def test_debris_told_with_the_weapons_own_hits_stays_a_strike(extractor, text):
    assert ("Kharkiv", "strike") in _types(extractor, text)
    assert ("Kharkiv", "interception") not in _types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # an air force tally's closing line
        "Air Force, 3 June\n\nAir defence shot down 40 of 52 drones. The attack continues in "
        "the Chernihiv region; stay in shelters.",
        # a governor's post
        "Governor's update, 3 June\n\nThe enemy attack on the Odesa region is still ongoing, "
        "drones are in the air.",
        # a live blog entry
        "08:10 - The drone attack on the Kharkiv region is ongoing, the regional head says.",
    ],
)
def test_an_air_attack_said_to_go_on_is_no_event_of_its_own(extractor, text):
    assert all(t != "strike" for _, t in _types(extractor, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian attacks on Kharkiv continued overnight, damaging 12 houses.",
        "Fighting continues in the streets of the town.",
        "The assault on the village is ongoing, the brigade said.",
    ],
)
def test_what_goes_on_with_a_hit_told_or_on_the_ground_stays_an_event(sentence):
    assert triggers_in(sentence)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # wire copy: a weapon named with the participle of its flight, downed at the place
        (
            "KYIV, June 3 (Agency) - Shaheds targeting Vinnytsia overnight were shot down by "
            "mobile fire groups, the regional head said.",
            "Vinnyts",
        ),
        # a ministry statement
        (
            "Ministry of Defence, 3 June\n\nAll missiles targeting Kremenchuk were intercepted "
            "by air defence means.",
            "Kremenchuk",
        ),
        # a channel post
        (
            "Night report, 3 June\n\nShaheds hit over Zhytomyr were downed before they reached "
            "the city.",
            "Zhytomyr",
        ),
    ],
)
def test_a_weapon_flying_at_a_place_and_downed_there_is_an_interception(extractor, text, place):
    assert _typed(extractor, text, place) == {"interception"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KYIV, June 3 (Agency) - Drones hit Vinnytsia overnight; 12 more were shot down "
            "over the Kyiv region.",
            "Vinnyts",
        ),
        (
            "Night report, 3 June\n\nMissiles struck Kremenchuk, and two were downed near Poltava.",
            "Kremenchuk",
        ),
    ],
)
def test_a_hit_told_before_a_shooting_down_elsewhere_stays_a_strike(extractor, text, place):
    assert _typed(extractor, text, place) == {"strike"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # air defence's own word for what it downed: "a target", one at a time
        ("02:15 The ministry says its air defence destroyed a target over Bryansk.", "Bryansk"),
        ("Air defence forces destroyed an air target over Kursk overnight.", "Kursk"),
        # the weapon named by its flight, then destroyed
        ("04:10 Six more drones on course for the capital destroyed. (Moscow mayor)", "Moscow"),
        (
            "The mayor of Moscow wrote that three drones flying towards Moscow had been "
            "destroyed and that crews were at work where fragments fell.",
            "Moscow",
        ),
    ],
)
def test_a_weapon_destroyed_in_flight_is_an_interception(extractor, text, town):
    assert _typed(extractor, text, town) == {"interception"}
