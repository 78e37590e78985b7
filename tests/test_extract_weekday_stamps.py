"""A time-stamped timeline whose stamps name the weekday ("22:05 (Sunday)", "Monday, 01:15"):
each such stamp is a day line for the entries under it, up to the next. A night retold days
later hour by hour, or a live blog run over two days, dates its entries by the weekday its
stamps give, not by the day it was published. Texts written here for the rule; first run (start
code 0141fd95): the Sumy entry under "22:05 (Sunday)" took the lead's day (17 March); the Odesa
entry and the Saturday blog's were already right; no stamp line gave a day of its own. On the
development sets one report moved (a night retold hour by hour: 12 dates right)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import Publication
from geo.extract.day_lines import DayLines
from tests.timing import cpu_seconds


def _at(records, name):
    (found,) = [r for r in records if r["place"] == name]  # one record per place
    return found


RETOLD = """One night in March, hour by hour

Our desk rebuilt the night of 16 to 17 March from alert logs, regional posts and calls to
people who were there. Times are Kyiv time.

Published Thursday 20 March 2025

22:05 (Sunday) - The first alert

The air force warned of drone groups heading west over the Chernihiv border.

23:50 - Sumy

A drone hit a school in Sumy and two people were hurt, the regional administration said.

01:15 (Monday) - Odesa

A missile struck a grain warehouse in Odesa. Firefighters worked until dawn.
"""

WEEKEND_BLOG = """Live: attacks on the south, Saturday 8 November 2025

Saturday, 09:40
Shelling damaged a kindergarten in Kherson, the city administration reported.

Saturday, 11:15
A drone struck a car in Nikopol, one man was wounded.
"""


def test_a_retold_nights_weekday_stamps_date_the_entries_under_them(extractor):
    got = extractor.extract(RETOLD, "retold", date(2025, 3, 20))
    assert _at(got, "Sumy")["event_date"] == "2025-03-16"  # under "22:05 (Sunday)"
    assert _at(got, "Odesa")["event_date"] == "2025-03-17"  # under "01:15 (Monday)"


def test_a_blogs_weekday_stamps_of_its_own_day_keep_that_day(extractor):
    got = extractor.extract(WEEKEND_BLOG, "blog", date(2025, 11, 8))
    assert _at(got, "Kherson")["event_date"] == "2025-11-08"
    assert _at(got, "Nikopol")["event_date"] == "2025-11-08"


@pytest.mark.parametrize(
    "line, day",
    [
        ("22:05 (Sunday) - The first alert", date(2025, 3, 16)),
        ("Monday, 01:15", date(2025, 3, 17)),
        ("01:15, Monday - Odesa", date(2025, 3, 17)),
        ("23:50 - Sumy", None),  # a clock alone gives no day
        ("22:05 - On Sunday the mayor spoke", None),  # the entry's own words, not its stamp
    ],
)
def test_weekday_stamp_lines(line, day):
    text = f"Title\n\n{line}\nA line under it.\n"
    lines = DayLines(text, Publication(date(2025, 3, 20), True))
    got = lines.over(len(text) - 3)
    assert (got.day if got else None) == day


def test_weekday_stamps_read_in_linear_time_on_a_long_line():
    def run(n):
        text = "Title\n\n" + "12:00 (Sunday " * n + "\n"
        return DayLines(text, Publication(date(2025, 3, 20), True))

    small, _ = cpu_seconds(run, 5_000)
    large, _ = cpu_seconds(run, 50_000)
    assert large < 20 * max(small, 1e-4)  # linear: about 10x for 10x
