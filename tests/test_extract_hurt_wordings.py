"""Extraction, the hurt told by the hospital they were taken to, when the hospital has a name of
two or three words ("taken to the Belgorod regional hospital", "brought to the Klimovo central
district hospital"), as when it has one ("taken to the city hospital"), and people described
between commas as a woman and her son; one person an attack left harmed ("leaving the driver
wounded")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Two passengers were taken to the Sumy regional hospital.", {"injured": 2}),
        ("Three miners were brought to the Pavlohrad central district hospital.", {"injured": 3}),
        ("Two people, a man and his daughter, were taken to the city hospital.", {"injured": 2}),
        ("The driver was rushed to the Kherson regional clinical hospital.", {"injured": 1}),
        ("Doctors at the Mechnikov hospital said the city was calm.", {}),
        # one person an attack left harmed
        ("A drone hit a car near the village, leaving the driver wounded.", {"injured": 1}),
        ("Shelling in the evening left a woman of 71 dead.", {"killed": 1}),
        ("The retreat left the town empty.", {}),
    ],
)
def test_the_hurt_taken_to_a_named_hospital(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_a_later_sentence_gives_the_strike_its_dead_and_its_hurt(geocoder):
    text = (
        "A drone struck a car at a crossroads in Vovchansk on Monday morning. The driver died "
        "at the scene and his two passengers, a woman and her teenage son, were taken to the "
        "Kharkiv regional hospital with shrapnel wounds."
    )
    (record,) = Extractor(geocoder).extract(text, "t", published=date(2025, 11, 19))
    assert (record["fatalities"], record["injured"]) == (1, 2)


# A toll that grows told in a headline's present tense ("Death toll in Odesa climbs to six",
# "number of injured rises to six"), as in a report's past; a toll of the wounded counts the hurt.
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Death toll in Kherson climbs to four.", {"killed": 4}),
        ("Night attack on Poltava: number of injured rises to 14.", {"injured": 14}),
        (
            "Bombing in Kupiansk: one dead, toll of wounded rises to 19.",
            {"killed": 1, "injured": 19},
        ),
        ("The toll of the injured rose to 30 on Monday.", {"injured": 30}),
        ("The toll rose to nine.", {"killed": 9}),
    ],
)
def test_a_toll_that_grows_in_a_headline(sentence, figures):
    assert casualty_figures(sentence) == figures


# One person told by who they were in the street, the shop or at work.
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The cashier and a customer were hurt, neither of them badly.", {"injured": 2}),
        ("A lineman was killed while repairing the cable.", {"killed": 1}),
        ("A pedestrian was wounded by shrapnel.", {"injured": 1}),
        ("The saleswoman is wounded.", {"injured": 1}),
    ],
)
def test_one_person_told_by_who_they_were(sentence, figures):
    assert casualty_figures(sentence) == figures


# Two people: a couple told by their age in decades, a couple that died, two of a crew named by
# one determiner ("the paramedic and driver").
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("A couple in their seventies were wounded by shrapnel.", {"injured": 2}),
        (
            "A couple in their fifties died and their daughter was hurt.",
            {"killed": 2, "injured": 1},
        ),
        ("A drone hit an ambulance; the paramedic and driver were injured.", {"injured": 2}),
    ],
)
def test_two_people_told_together(sentence, figures):
    assert casualty_figures(sentence) == figures


# Soldiers a side says it "destroyed" are the dead it claims; its weapons destroyed are no one.
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Up to 35 Ukrainian servicemen were destroyed near the village.", {"killed": 35}),
        ("Up to 25 servicemen and four units of equipment were destroyed.", {"killed": 25}),
        ("Up to 15 militants were eliminated, the ministry said.", {"killed": 15}),
        ("Three tanks and 12 drones were destroyed.", {}),
    ],
)
def test_soldiers_destroyed_are_the_dead_a_side_claims(sentence, figures):
    assert casualty_figures(sentence) == figures
