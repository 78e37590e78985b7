"""Hostile pastes, session 15 (attack14): lines and runs a report may hold in any number, read in
time that grows with the text, never with its square (ratios of one run's timings, n against
10n, never a wall-clock limit)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _seconds(extractor: Extractor, texts: list[str]) -> list[float]:
    extractor.extract("A drone hit Kharkiv.", "warm", date(2025, 3, 2))
    out = []
    for text in texts:
        start = time.process_time()
        extractor.extract(text, "paste", date(2025, 3, 2))
        out.append(time.process_time() - start)
    return out


@pytest.mark.parametrize("unit", ["KYIV (AP) — ", "SUMY - ", "ODESA, 12:05 "])
def test_a_long_line_of_capitals_ending_in_lower_case_is_read_in_linear_time(extractor, unit):
    """A line of capitals is a headline whose short words may be towns ("LUTSK"); the pattern
    finding such lines tried every split of a line of capitals that ends in lower case: 4,000
    datelines on one line took 4 s, ten times the line a hundred times as long."""
    texts = [unit * n + "and a drone hit Kharkiv." for n in (500, 5_000)]
    seconds = _seconds(extractor, texts)
    assert seconds[1] < 30 * max(seconds[0], 0.01), seconds  # (x100 before)
