"""Hostile pastes, session 15 (attack14): lines and runs a report may hold in any number, read in
time that grows with the text, never with its square (ratios of one run's timings, n against
10n, never a wall-clock limit)."""

from __future__ import annotations

from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _seconds(extractor: Extractor, texts: list[str]) -> list[float]:
    extractor.extract("A drone hit Kharkiv.", "warm", date(2025, 3, 2))
    return [cpu_seconds(extractor.extract, t, "paste", date(2025, 3, 2))[0] for t in texts]


@pytest.mark.parametrize("unit", ["KYIV (AP) — ", "SUMY - ", "ODESA, 12:05 "])
def test_a_long_line_of_capitals_ending_in_lower_case_is_read_in_linear_time(extractor, unit):
    """A line of capitals is a headline whose short words may be towns ("LUTSK"); the pattern
    finding such lines tried every split of a line of capitals that ends in lower case: 4,000
    datelines on one line took 4 s, ten times the line a hundred times as long."""
    texts = [unit * n + "and a drone hit Kharkiv." for n in (500, 5_000)]
    seconds = _seconds(extractor, texts)
    assert seconds[1] < 30 * max(seconds[0], 0.01), seconds  # (x100 before)


def test_the_nearest_chosen_place_is_found_by_dot_products_as_by_distances():
    """The nearness term of a text of thousands of names measured every candidate's distance to
    every chosen place each round (1,000 mentions: some 4,000 rows by 1,000 places); the nearest
    is now the largest dot product of unit vectors, and only its distance measured. The same
    nearest as the distances give, at the antimeridian and the poles too."""
    import numpy as np

    from geo.geocode.distance import distances_km
    from geo.geocode.rounds import _unit

    rng = np.random.default_rng(7)
    lat = np.concatenate([rng.uniform(-90, 90, 400), [89.99, -89.99, 0.0, 0.0, 64.7, 64.7]])
    lon = np.concatenate(
        [rng.uniform(-180, 180, 400), [0.0, 45.0, 179.999, -179.999, 177.5, -177.5]]
    )
    rad = np.radians(lat)
    xyz = _unit(rad, np.cos(rad), lon)
    km = distances_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    np.fill_diagonal(km, np.inf)
    dots = xyz @ xyz.T
    np.fill_diagonal(dots, -np.inf)
    by_dots = km[np.arange(len(lat)), dots.argmax(axis=1)]
    assert np.allclose(by_dots, km.min(axis=1), rtol=1e-9, atol=1e-6)
