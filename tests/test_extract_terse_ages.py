"""One person told in a log's terse way, the age between commas or bare and no "was": "A man, 47,
wounded", "WOMAN 80 KILLED", "pensioner, 66, injured": one person, the age no count."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Shell hit a yard. A man, 47, wounded, taken to hospital.", {"injured": 1}),
        ("IZIUM: ROCKET ON A MARKET, WOMAN 80 KILLED", {"killed": 1}),
        ("Drone on a bus stop; pensioner, 66, injured.", {"injured": 1}),
        ("Artillery on the outskirts - one man 52 hurt.", {"injured": 1}),
        ("A man, 47, died at the scene.", {"killed": 1}),
        ("Shelling: 12 wounded, 3 killed.", {"injured": 12, "killed": 3}),
    ],
)
def test_a_terse_age_is_one_person(sentence, figures):
    assert casualty_figures(sentence) == figures
