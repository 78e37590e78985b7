"""The reviewer's findings on the merged branch (review40), each in sentences of our own: a street
alone is of the dateline's city only while no event was told out of it before (a Kyiv
dateline's story of Odesa: its "Deribasivska Street" makes no strike in Kyiv); the
claimants' words found in time linear in the words and the claimants, however many of the words
end at one place ("a", "a a", "a a a" ... in a claimant "a a a ..."); a night's clock of the
small hours at the end of its sentence ("until 04:00.") keeps the night the morning's; a news
headline on a drone unit's strike makes no other strike of the story a drone's."""

from __future__ import annotations

from datetime import date

import pytest
from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)

from geo import claimants
from geo.extract import Extractor
from geo.extract.dates import When
from geo.extract.drone_force_voice import drone_force_header
from geo.extract.night_clock import eve_by_clock

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def extract(geocoder):
    """The records of a text published on PUB."""
    extractor = Extractor(geocoder)
    return lambda text: extractor.extract(text, "review40", PUB)


_STREETS_OF_ANOTHER_CITY = [
    "KYIV, 5 March (Reuters) - Russian drones attacked Odesa overnight, regional governor Oleh "
    "Kiper said.\n\nA strike on Deribasivska Street damaged a hotel and two cafes, he said.\n",
    "KYIV, 5 March (Reuters) - Russian drones attacked Odesa overnight.\n\nThe governor said a "
    "drone hit a car park on Deribasivska Street, wounding two.\n",
    "Kyiv, 5 March 2025\n\nOdesa came under a large drone attack overnight.\n\nAccording to the "
    "regional governor, a drone hit an apartment block on Deribasivska Street. Two people were "
    "injured.\n",
]


@pytest.mark.parametrize("text", _STREETS_OF_ANOTHER_CITY)
def test_a_street_after_an_event_in_another_city_is_not_the_datelines(extract, text):
    assert "Kyiv" not in {e["place"] for e in extract(text)}


def test_a_street_in_the_datelines_city_with_its_event_told_before_stays_there(extract):
    text = (
        "Kharkiv, 5 March 2025\n\nA drone hit Kharkiv overnight, the mayor said.\n\n"
        "Later a second drone struck a car park on Sumska Street, wounding two.\n"
    )
    assert {e["place"] for e in extract(text)} == {"Kharkiv"}


def _nested(size: int) -> tuple[list[str], list[str]]:
    """Half of ``size`` characters in words each ending with the one before ("a", "a a", ...),
    half in one claimant holding them all ("a a a ...")."""
    k = int((size / 2) ** 0.5)
    return ["a" + " a" * i for i in range(k)], ["a " * (size // 4)]


def test_words_that_end_each_other_are_found_in_linear_time():
    # the output links walked at each place: 0.23 s and 1.93 s (x8.5 for x4, review40)
    assert claimants.unknown(*_nested(2_000)) == []
    _linear(lambda size: claimants.unknown(*_nested(size)), 32_000, 128_000, factor=6)


_SMALL_HOURS_AT_THE_END = [
    "Overnight, the enemy attacked Kharkiv with drones; the alert lasted from 23:10 until 04:00.",
    "During the night the enemy struck Kharkiv at about 23:30, then again at 03:40.",
]


@pytest.mark.parametrize("sentence", _SMALL_HOURS_AT_THE_END)
def test_a_night_ending_in_the_small_hours_at_its_sentence_end_is_the_mornings(sentence):
    when = When(PUB, 1, True)
    assert eve_by_clock(sentence, when, PUB) == when  # (it was moved to the 4th)


def test_an_evening_clock_at_its_sentence_end_is_the_eves():
    when = When(PUB, 1, True)
    moved = eve_by_clock("Last night a drone hit Kharkiv at 22:30.", when, PUB)
    assert moved is not None and moved.day == date(2025, 3, 4)


def test_a_headline_on_a_drone_units_strike_gives_the_storys_other_strikes_no_drone(extract):
    text = (
        "Ukrainian drone unit destroys Russian radar near Belgorod\n\nKYIV, 5 March (Reuters) - "
        "A Ukrainian drone unit said it destroyed a radar station near Belgorod overnight.\n\n"
        "Separately, an explosion hit a fuel depot in Novorossiysk, the city's mayor said. In "
        "Kharkiv, a strike damaged a school, the mayor said.\n"
    )
    kinds = {e["place"]: e["weapon_category"] for e in extract(text)}
    assert kinds.get("Kharkiv", "none") is None and kinds.get("Novorossiysk", "none") is None


@pytest.mark.parametrize(
    "head",
    [
        "Drone unit hits Russian radar\n\nThe unit said ...",
        "USF drones hit Saratov refinery overnight\n\nThe refinery burned.",
    ],
)
def test_a_headline_naming_a_drone_force_is_no_forces_header(head):
    assert not drone_force_header(head)
