"""Hostile input, session 20 (attack18): the holes attack17 left and what the last session added,
refused in one line or read in time that grows with the input, never with its square (ratios of
one run's timings, n against 10n, never a wall-clock limit: ``tests/timing.py``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("written", "point"),
    [
        ("-49.7106 S, 37.6155 E", (-49.7106, 37.6155)),  # a minus and the letter both say south
        ("49.7106 N, -37.6155 W", (49.7106, -37.6155)),
        ("-49.7106 N, 37.6155 E", (49.7106, 37.6155)),  # they disagree: the letter decides
        ("-49.7106, -37.6155", (-49.7106, -37.6155)),  # no letter: the sign
    ],
)
def test_a_hemisphere_letter_decides_the_side_of_a_given_point(written, point):
    """ "-49.7106 S" was read as 49.7106 N: the minus and the S each turned the sign."""
    from geo.extract.given_points import given_points

    assert [p[1:] for p in given_points(f"Geolocated to {written}.")] == [point]
