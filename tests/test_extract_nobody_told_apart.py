"""Nobody harmed, told of a group ("nobody on the day shift was hurt", "no guests or staff were
injured", "no workers of the company were hurt") or of a building nobody was in ("nobody was
inside", "no one was in the house"): none killed, none injured."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures

NONE = {"killed": 0, "injured": 0}


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The owner says nobody on the day shift was hurt.", NONE),
        ("No guests or staff were injured, the hotel said.", NONE),
        ("No workers of the company were hurt in the fire.", NONE),
        ("Nobody from the crew or the guards was injured.", NONE),
        ("A shell hit the garage; thankfully no one was inside.", NONE),
        ("Nobody was in the house at the time, neighbours said.", NONE),
        ("Nobody was at home when the shell hit.", NONE),
        ("Nobody was in a hurry to leave the shelter.", {}),
        ("Nobody knows who was inside the car.", {}),
    ],
)
def test_nobody_of_a_group_or_inside_is_none_harmed(sentence, figures):
    assert casualty_figures(sentence) == figures
