"""Extraction, the publication day: the period a report covers ("Reporting period: 1-31 October
2025", "covering March 2025") is not its publication day; the day it was issued is."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import publication_from_header


@pytest.mark.parametrize(
    ("head", "day", "month"),
    [
        # a month's note: an incident's day in its first lines is no publication day
        (
            "Monthly note covering March 2025\n\n"
            "2 March 2025 - Kharkiv: a drone hit a bakery, two were hurt.",
            date(2025, 3, 31),
            True,
        ),
        # the issue day, not the period's last day
        (
            "Field bulletin | Reporting period: 1-30 June 2025 | Issued 2 July 2025",
            date(2025, 7, 2),
            False,
        ),
        (
            "Situation update\nPeriod covered: 9 to 15 June 2025\nReleased on Monday, 16.06.2025",
            date(2025, 6, 16),
            False,
        ),
        # no issue day: the period's end at the earliest
        (
            "WEEKLY UPDATE No. 3 | reporting period 9-15 Jun 2025\n\nOn 10 June ...",
            date(2025, 6, 15),
            False,
        ),
    ],
)
def test_a_period_a_report_covers_is_not_its_publication_day(head, day, month):
    pub = publication_from_header(head, date(2026, 1, 1))
    assert pub is not None and (pub.day, pub.month) == (day, month)
