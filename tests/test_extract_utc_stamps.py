"""Extraction, dates: a live blog kept in GMT or UTC ("All times GMT", "22:40 GMT"): an entry
stamped late in the evening by that clock is already after midnight in Ukraine (UTC+2 in winter,
UTC+3 in summer), so its news is of the next day there, the day Ukrainian officials and the map
give it. A blog kept in Kyiv time ("All times Kyiv (UTC+2)") and an evening entry still before
Ukraine's midnight keep the blog's day."""

from __future__ import annotations

from datetime import date

import pytest


def _by_place(extractor, text: str, pub: date) -> dict[str, str]:
    return {
        e["place_mention"].split()[-1]: e["event_date"] for e in extractor.extract(text, "t", pub)
    }


@pytest.mark.parametrize(
    ("text", "pub", "place", "day"),
    [
        # a newspaper's blog, all times GMT in its header, winter (Kyiv UTC+2)
        (
            "Russia-Ukraine war live: drones over the south\n"
            "Tuesday 4 February 2025. All times GMT. Entries oldest first.\n\n"
            "20:15 GMT\nAir raid sirens are sounding in Kyiv and Odesa.\n\n"
            "22:40 GMT\nA drone has hit a house in Odesa, injuring one woman, the governor says.",
            date(2025, 2, 4),
            "Odesa",
            "2025-02-05",
        ),
        # each stamp marked GMT, summer (Kyiv UTC+3): 21:30 GMT is 00:30 in Kharkiv
        (
            "Live updates: Ukraine, 14 July 2025\n\n"
            "19:05 GMT\nThe president has addressed the nation.\n\n"
            "21:30 GMT\nA guided bomb has struck a warehouse in Kharkiv, the mayor says.",
            date(2025, 7, 14),
            "Kharkiv",
            "2025-07-15",
        ),
        # a wire service's ticker, times UTC, entries after a dash
        (
            "LIVE | Ukraine ticker | 10 November 2025 | times UTC\n\n"
            "21:10 UTC - Officials in Kyiv say talks will resume next week.\n"
            "23:05 UTC - Drones have hit an energy facility in Sumy, the regional "
            "administration reports.",
            date(2025, 11, 10),
            "Sumy",
            "2025-11-11",
        ),
    ],
)
def test_a_late_utc_stamp_is_the_next_day_in_ukraine(extractor, text, pub, place, day):
    assert _by_place(extractor, text, pub)[place] == day


@pytest.mark.parametrize(
    ("text", "pub", "place", "day"),
    [
        # a blog in Kyiv time: 22:40 is still that day
        (
            "Live: Russia's war in Ukraine\n"
            "Tuesday 4 February 2025. All times Kyiv (UTC+2).\n\n"
            "20:15\nAir raid sirens are sounding in Kyiv and Odesa.\n\n"
            "22:40\nA drone has hit a house in Odesa, injuring one woman, the governor says.",
            date(2025, 2, 4),
            "Odesa",
            "2025-02-04",
        ),
        # GMT, winter: 20:30 GMT is 22:30 in Ukraine, the same day
        (
            "Russia-Ukraine war live\nTuesday 4 February 2025. All times GMT.\n\n"
            "18:00 GMT\nThe foreign minister is in Brussels.\n\n"
            "20:30 GMT\nA drone has hit a house in Odesa, injuring one woman, the governor says.",
            date(2025, 2, 4),
            "Odesa",
            "2025-02-04",
        ),
    ],
)
def test_kyiv_time_or_an_evening_stamp_keeps_the_day(extractor, text, pub, place, day):
    assert _by_place(extractor, text, pub)[place] == day
