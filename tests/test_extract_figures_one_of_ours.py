"""One person told as one of a group ("one of our drivers was hurt", "one of the firm's guards got
burns"), and soldiers a side says it destroyed told with the verb first ("destroying up to 80
servicemen"), but not losses ("losses amounted to up to 140 servicemen": dead and hurt)."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("One of our drivers was injured and is back at work now.", {"injured": 1}),
        ("One of the firm's guards, Petro, got burns on his hands.", {"injured": 1}),
        ("Sadly, one of their cashiers was killed in the blast.", {"killed": 1}),
        ("One employee on the night shift was slightly hurt.", {"injured": 1}),
        ("One of our security guards was hurt when the windows blew in.", {"injured": 1}),
        ("One of our warehouses was damaged by the blast.", {}),
    ],
)
def test_one_of_a_group_is_one_person(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "The Tsentr grouping took better lines near the village, destroying up to 80 "
            "servicemen and a tank.",
            {"killed": 80},
        ),
        (
            "Ukrainian losses in this direction amounted to up to 140 servicemen, two vehicles "
            "and a mortar.",
            {},
        ),
        ("Up to 50 AFU servicemen were destroyed near the town.", {"killed": 50}),
        (
            "The battlegroup hit a brigade, destroying, the ministry claims, up to 30 soldiers "
            "and three pick-ups.",
            {"killed": 30},
        ),
        ("The grouping destroyed two tanks and 12 drones near the river.", {}),
        ("Gunners destroyed five trucks carrying soldiers to the front.", {}),
    ],
)
def test_soldiers_a_side_says_it_destroyed(sentence, figures):
    assert casualty_figures(sentence) == figures
