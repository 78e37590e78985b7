"""Extraction, a strike told only by what it did to a plant (recall, 'no event word in its
sentence'): weapons that knocked out a power plant's equipment, plants put out of action,
damage to a named power station, drones that set a part of a refinery on fire. Each needs its
plant or its weapon: "the injury knocked out the striker", "damage to the economy" are none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(extractor, text):
    events = extractor.extract(text, "t", date(2025, 11, 20))
    return {(e["place"], e["event_type"], e["weapon_category"]) for e in events}


def test_weapons_that_knocked_out_a_plants_equipment_struck_it(extractor):
    text = "Overnight, missiles knocked out two power units at the thermal plant in Dobrotvir.\n"
    assert _got(extractor, text) == {("Dobrotvir", "strike", "missile")}


def test_a_plant_put_out_of_action_in_a_weekly_tally(extractor):
    text = (
        "Numbers of the week\n\n"
        "1 - power station put out of action by drones on Tuesday: the substation in Kurakhove.\n"
    )
    assert _got(extractor, text) == {("Kurakhove", "strike", "drone")}


def test_damage_to_a_named_power_station_after_a_raid(extractor):
    text = (
        "1. On 12 November Russia launched a large combined strike on the energy grid. "
        "Damage to the Zmiiv thermal power plant has almost certainly cut output in the east.\n"
    )
    assert {(p, t) for p, t, _ in _got(extractor, text)} == {("Zmiiv", "strike")}


def test_drones_that_set_part_of_a_refinery_on_fire(extractor):
    text = "Drones reportedly set a processing unit of the refinery in Tuapse on fire on Sunday.\n"
    assert _got(extractor, text) == {("Tuapse", "strike", "drone")}


def test_other_knock_outs_and_damage_are_no_strikes(extractor):
    text = (
        "The injury knocked out Kharkiv's best striker for the season. "
        "Economists in Kyiv warned of lasting damage to the economy from the power cuts.\n"
    )
    assert _got(extractor, text) == set()
