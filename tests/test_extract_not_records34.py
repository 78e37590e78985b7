"""What must not become a record, or not a record of that type (precision34): a crossing tried
on the ground and beaten back is fighting, not sabotage; a forecast ("likely to try to push
toward X", "may attempt a drive on Y") tells nothing that happened; a strike tried and foiled is
an interception; "mopeds" are Shahed drones."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.weapons import find_weapons

DAY = date(2025, 9, 12)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, text):
    return [(r["event_type"], r["place"]) for r in extractor.extract(text, "story", DAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Overnight a Russian sabotage group tried to cross the border near Velyka Pysarivka "
        "and was driven back by fire.",
        "A Ukrainian reconnaissance and sabotage unit attempted to cross the state border "
        "close to Tyotkino on Thursday, Russian guards said, and was repulsed.",
        "Russian infantry on small boats attempted to cross the Oskil near Kupiansk on "
        "Wednesday and were beaten back, the brigade reported.",
    ],
)
def test_a_crossing_tried_on_the_ground_is_fighting(extractor, sentence):
    records = _records(extractor, sentence)
    assert records and {t for t, _ in records} == {"fighting"}


def test_a_crossing_into_an_airspace_is_no_fighting(extractor):
    text = "On Friday a Russian drone tried to cross into Polish airspace near Hrubieszow."
    assert all(t != "fighting" for t, _ in _records(extractor, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops are likely to try to push toward Kostiantynivka in the weeks ahead.",
        "Moscow's army may attempt a broad drive on Kramatorsk before the frosts.",
        "Villagers say the Russians are preparing a new push towards Stepnohirsk.",
    ],
)
def test_a_forecast_of_ground_action_is_no_event(extractor, sentence):
    assert _records(extractor, sentence) == []


def test_a_strike_while_someone_was_preparing_something_is_still_an_event(extractor):
    text = "On Friday a woman was preparing a meal when shelling hit her house in Nikopol."
    assert ("strike", "Nikopol") in _records(extractor, text)


def test_the_ground_action_itself_is_still_an_event(extractor):
    text = "On Thursday Russian troops pushed toward Kostiantynivka from the south-east."
    assert ("fighting", "Kostyantynivka") in _records(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on Sunday an attempt by the Kyiv regime to hit the city of Belgorod with "
        "Vampire rockets was foiled, the ministry said.",
        "An attempt to carry out a terrorist attack with fixed-wing drones on facilities in "
        "the Kursk region was thwarted during the night.",
        "The ministry said an attempt by Ukraine to attack ships near Sevastopol with uncrewed boats "
        "had been repelled by the fleet.",
    ],
)
def test_a_strike_tried_and_foiled_is_an_interception(extractor, sentence):
    records = _records(extractor, sentence)
    assert records and {t for t, _ in records} == {"interception"}


def test_a_strike_that_landed_after_some_other_attempt_stays_a_strike(extractor):
    text = "A missile hit a warehouse in Kharkiv during an attempt to repair the power line."
    assert ("strike", "Kharkiv") in _records(extractor, text)


def test_an_attempt_foiled_in_the_next_sentence_is_an_interception(extractor):
    text = (
        "Overnight an attempt by the enemy to strike the port of Izmail with attack drones was "
        "recorded. It was thwarted by mobile fire groups, the regional administration said."
    )
    records = _records(extractor, text)
    assert records and {t for t, _ in records} == {"interception"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a crossing on boats beaten back names no strike: the ground's fighting
        "Russian infantry attempted to cross the Oskil near Kupiansk on boats and were repelled.",
        # an assault on the ground tried and repelled, no weapon: fighting
        "An attempt by Russian assault groups to storm Toretsk was repelled on Thursday.",
    ],
)
def test_a_ground_attempt_beaten_back_is_no_interception(extractor, sentence):
    assert all(t != "interception" for t, _ in _records(extractor, sentence))


def test_mopeds_are_shahed_drones_in_the_plural_only():
    assert [w.category for w in find_weapons("the mopeds came in low from the sea")] == ["drone"]
    assert find_weapons("a man riding a moped was hurt") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "During the night a grain elevator in Reni was damaged by the debris of a drone "
        "brought down by air defence.",
        "Two garages in Sumy were damaged by falling wreckage overnight, the mayor said.",
    ],
)
def test_harm_done_by_debris_after_the_place_is_an_interception(extractor, sentence):
    records = _records(extractor, sentence)
    assert records and {t for t, _ in records} == {"interception"}


def test_harm_done_by_the_weapon_itself_after_the_place_stays_a_strike(extractor):
    text = "On Friday night a house in Sumy was damaged by a drone, the mayor said."
    assert ("strike", "Sumy") in _records(extractor, text)
