"""A direction from a town with no distance: near the town (precision 2), the notes saying so."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    "text, words",
    [
        ("Russian troops pushed forward southeast of Pokrovsk on Monday.", "southeast of Pokrovsk"),
        ("Ukrainian units counterattacked to the north-west of Kupiansk.", "north-west of Kupiansk"),
        ("Heavy fighting continued west of Siversk, the General Staff said.", "west of Siversk"),
    ],
)  # fmt: skip
def test_a_direction_without_distance_is_near_the_town_and_says_so(extractor, text, words):
    (record,) = extractor.extract(text, "t", published=date(2026, 12, 1))
    assert record["geo_precision"] == 2
    assert record["notes"] == f"{words}: near it, no distance given"


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops pushed forward 4 km southeast of Pokrovsk on Monday.",
        "Russian troops pushed forward another 2-3 km southeast of Pokrovsk on Monday.",
    ],
)
def test_a_distance_given_is_not_noted_as_none(extractor, text):
    for record in extractor.extract(text, "t", published=date(2026, 12, 1)):
        assert "no distance given" not in (record["notes"] or "")
