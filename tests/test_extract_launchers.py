"""Extraction, an explainer's dated examples (issue 16, the thirteenth writer's forms): a bare
"bomb" is the air-dropped (glide) bomb of this war's news, not a bomb shelter nor a car bomb; an
aircraft that dropped or fired something unnamed carried the weapon, it is not the weapon; "a jet
released one over X" is a strike, not a tally of interceptions; where bombs fall as a rule ("most
fall on X") is no event."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _read(extractor, sentence):
    text = f"Kyiv, 3 March 2025\n\n{sentence}\n"
    events = extractor.extract(text, "t", date(2025, 3, 3))
    return [(e["event_type"], e["place_mention"], e["weapon_category"]) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday a bomb struck a shop in Izium, the mayor said.",
        "Q: A recent case?\nA: Two bombs hit a bakery in Izium on Sunday afternoon.",
        "14:20 - Izium: a bomb destroyed a warehouse; two workers hurt.",
    ],
)
def test_a_bare_bomb_is_a_glide_bomb(extractor, sentence):
    events = _read(extractor, sentence)
    assert [(t, c) for t, _, c in events] == [("strike", "glide bomb")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("A missile hit a school next to a bomb shelter in Izium on Sunday.", "missile"),
        ("A car bomb killed an officer in Melitopol on Sunday, partisans said.", None),
        ("Drones struck a depot in Izium on Sunday; a bomb squad cleared the site.", "drone"),
    ],
)
def test_a_bomb_shelter_a_car_bomb_a_bomb_squad_are_no_glide_bombs(extractor, sentence, category):
    events = _read(extractor, sentence)
    assert [(t, c) for t, _, c in events] == [("strike", category)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("In May 2024 a Su-34 accidentally released one over Shebekino, damaging a road.",
         "glide bomb"),
        ("On Sunday a Su-34 dropped one on Vovchansk, the brigade said.", "glide bomb"),
        ("On Sunday a Tu-95 fired at Kremenchuk from over the Caspian, the air force said.",
         "missile"),
    ],
)  # fmt: skip
def test_an_aircraft_that_dropped_or_fired_carried_the_weapon(extractor, sentence, category):
    assert [(t, c) for t, _, c in _read(extractor, sentence)] == [("strike", category)]


def test_an_aircraft_and_its_named_missiles_give_the_missiles(extractor):
    events = _read(extractor, "On Sunday Tu-95 bombers launched Kh-101 missiles at Kremenchuk.")
    assert [(t, c) for t, _, c in events] == [("strike", "cruise missile")]


def test_a_tally_of_downed_drones_over_a_place_is_still_an_interception(extractor):
    events = _read(extractor, "Air defence was busy overnight. Eleven were over Poltava.")
    assert [t for t, _, _ in events] == ["interception"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry released its figures over the weekend; Izium was quiet.",
        "Most fall on trenches around Siversk and Lyman, a few on towns.",
        "Many land near Kupiansk, where the front runs along the river.",
    ],
)
def test_a_release_of_figures_and_where_bombs_fall_as_a_rule_are_no_events(extractor, sentence):
    assert _read(extractor, sentence) == []
