"""Extraction, ground fighting told by where troops are or went rather than by a fight word
(recall, 'no event word in its sentence'): troops that pushed forward near a town, an enemy
presence in its quarters, units that consolidated positions around it, infantry seen on its
outskirts near it, a try to cross a river repelled in a headline's clipped form. Each needs
troops or a side: "prices pushed forward", "a strong police presence in Kyiv" are none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(extractor, text):
    events = extractor.extract(text, "t", date(2025, 10, 16))
    return {(e["place"], e["event_type"]) for e in events}


def test_troops_that_pushed_forward_near_a_town_fought_there(extractor):
    text = "Map watchers say the Russians pushed forward near Lyman overnight.\n"
    assert _got(extractor, text) == {("Lyman", "fighting")}


def test_an_enemy_presence_in_a_towns_quarters_is_fighting_there(extractor):
    text = (
        "Front update. Analysts now mark an enemy presence in the eastern quarters of "
        "Kostiantynivka.\n"
    )
    assert _got(extractor, text) == {("Kostyantynivka", "fighting")}


def test_units_that_consolidated_positions_around_a_town(extractor):
    text = "2. Ukrainian brigades have probably consolidated their positions around Kupiansk.\n"
    assert {p for p, t in _got(extractor, text) if t == "fighting"} == {"Kupyansk"}


def test_infantry_seen_on_the_outskirts_near_a_village(extractor):
    text = "Footage shows Russian infantry on the western outskirts near Toretsk on Thursday.\n"
    assert _got(extractor, text) == {("Toretsk", "fighting")}


def test_a_clipped_headlines_try_repelled_is_fighting(extractor):
    text = "Lyman: Russian attempts to cross the river at dawn repelled, the brigade says.\n"
    assert _got(extractor, text) == {("Lyman", "fighting")}


def test_presence_and_pushing_forward_without_troops_are_no_fighting(extractor):
    text = (
        "There was a strong police presence in Kyiv during the march. "
        "Prices pushed forward near Odesa's markets after the harvest.\n"
    )
    assert _got(extractor, text) == set()


def test_enemy_equipment_on_a_towns_edge_is_a_strikes_target(extractor):
    text = "Our artillery hit a concentration of enemy equipment on the edge of Lyman.\n"
    assert _got(extractor, text) == {("Lyman", "strike")}
