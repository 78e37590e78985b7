"""Extraction, figures: the hurt counted by the care they got ("medics treated 11 people", "nine
people needed hospital treatment", "two were evacuated with injuries", "one person received a
shrapnel wound") and the dead counted as reported or by their wounds ("seven people are known to
have died", "two succumbed to their injuries"); the injured pulled from the rubble are not dead."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Paramedics treated 11 people at the scene.", {"injured": 11}),
        ("Doctors are treating three residents of the building.", {"injured": 3}),
        ("Nine people needed hospital treatment, the city said.", {"injured": 9}),
        ("Four people received medical treatment.", {"injured": 4}),
        ("Two workers were evacuated with injuries.", {"injured": 2}),
        ("One person received a shrapnel wound.", {"injured": 1}),
        ("Two passengers got shrapnel wounds.", {"injured": 2}),
        ("Seven people are known to have died.", {"killed": 7}),
        ("At least five people are reported to have died.", {"killed": 5}),
        ("Two people later succumbed to their injuries.", {"killed": 2}),
        ("Rescuers pulled three injured people from the rubble.", {"injured": 3}),
    ],
)
def test_care_and_toll_wordings(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Medics treated 11 people for shock.",
        "Psychologists treated 40 people for acute stress.",
        "Doctors treated 200 patients in the mobile clinic last month.",
    ],
)
def test_shock_and_routine_care_are_no_injuries(sentence):
    assert "injured" not in casualty_figures(sentence)


@pytest.mark.parametrize(
    ("text", "place", "pair"),
    [
        # a hospital's statement
        (
            "Regional hospital - statement\n12 March 2025\n\n"
            "A Russian missile struck Kryvyi Rih last night. Our doctors treated 14 people; two "
            "of them are in intensive care.",
            "Kryvyy Rih",
            (None, 14),
        ),
        # a rescue service's post
        (
            "State Emergency Service, Kharkiv region\n4 June 2025\n\n"
            "A guided bomb hit a warehouse in Kupiansk overnight. Rescuers pulled two injured "
            "people from the rubble.",
            "Kupyansk",
            (None, 2),
        ),
        # a wire story
        (
            "ODESA, June 4 (Wire) - A Russian drone struck a minibus in Kherson on Tuesday. "
            "Three people are known to have died, the regional governor said.",
            "Kherson",
            (3, None),
        ),
    ],
)
def test_in_reports(extractor, text, place, pair):
    events = {e["place"]: (e["fatalities"], e["injured"]) for e in extractor.extract(text, "t")}
    assert events.get(place) == pair, events
