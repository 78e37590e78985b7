"""A date's year next to a count is never read as the count (found by shells33: "On 1 March 2025
twelve UAVs were downed" gave 2025 downed, and a killed figure of 25 from "March 2025 two")."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures
from geo.extract.interception_figures import interception_counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On 4 June 2024 three civilians were killed by shelling.", {"killed": 3}),
        ("In October 2023 five people were wounded in the blast.", {"injured": 5}),
        ("On May 9, 2025 two men were killed.", {"killed": 2}),
        ("On November 17 and 18 four were killed.", {"killed": 4}),  # days, not people
        ("In 2024 1,200 residents were injured across the region.", {"injured": 1200}),
    ],
)
def test_year_before_a_casualty_count(sentence, expected):
    assert casualty_figures(sentence) == expected


@pytest.mark.parametrize(
    ("clause", "destroyed"),
    [
        ("On 2 February 2026 eleven drones were shot down over the region", 11),
        ("On February 2, 2026 nine UAVs were downed", 9),
        ("14 drones were shot down", 14),
    ],
)
def test_year_before_a_downed_count(clause, destroyed):
    assert interception_counts(clause, clause)[1] == destroyed
