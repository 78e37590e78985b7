"""Extraction, dates (issue 16): a summary whose header names the day it sums up ("Evening
summary for 12.02.2025", "Digest for Friday, 4 April 2025", "Results of the day, 3 May 2025")
dates its undated items to that day, not to the day before; a header that only says when it
was published, or a headline, does not."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_BODY = "\n\nMain events in short.\n\nA drone hit a warehouse in Lutsk's industrial zone."


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Front channel | digest\nEvening summary for 04.04.2025", "2025-04-04"),
        ("Border watch\nDigest for Friday, 4 April 2025", "2025-04-04"),
        ("Night and day\nResults of the day, 4 April 2025", "2025-04-04"),
        # a publication date alone: the undated item is the day before's
        ("Front channel | digest\nPublished 04.04.2025", "2025-04-03"),
        ("Summary: drones over the west\n4 April 2025", "2025-04-03"),
    ],
)
def test_a_summary_of_a_named_day_dates_its_items_to_it(extractor, header, day):
    (event,) = extractor.extract(header + _BODY, "t")
    assert event["place"] == "Lutsk" and event["event_date"] == day
