"""Extraction, "perished" as a death verb: translated official prose (an investigative
committee's release, a ministry's briefing, a note verbale) writes "two civilians perished",
"one passenger perished" where a wire story writes "were killed" or "died"."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("As a result two civilians perished and three were injured.", {"killed": 2, "injured": 3}),
        ("Five people perished under the rubble of the house.", {"killed": 5}),
        ("The driver perished at the scene, the prosecutor's office reported.", {"killed": 1}),
    ],
)
def test_perished_counts_the_dead(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_a_later_sentence_with_perished_gives_the_strike_its_dead(geocoder):
    text = (
        "On 4 November the occupiers shelled the town of Huliaipole with artillery. As a result "
        "two civilians perished and three persons received injuries."
    )
    (record,) = Extractor(geocoder).extract(text, "t", published=date(2025, 11, 6))
    assert (record["fatalities"], record["injured"]) == (2, 3)


def test_a_plan_or_a_building_that_perished_in_a_fire_is_no_death_count():
    assert casualty_figures("The archive of 1,200 documents perished in the fire.") == {}
