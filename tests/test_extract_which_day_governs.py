"""Which date governs which event: a section heading's dated attack over a body that tells it
without a day (``section_days``), a log line's abbreviated weekday (``line_weekdays``), a night
told with an evening clock (``night_clock``). Texts written here for the rules (session 38,
dates40); before them the council's strike took the notice's day, the log lines the issue's
day and the evening clocks the morning after."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import When
from geo.extract.line_weekdays import line_weekday
from geo.extract.night_clock import eve_by_clock
from geo.extract.publication import Publication
from geo.extract.section_days import SectionDays
from tests.timing import cpu_seconds


def _at(records, name, kind="strike"):
    (found,) = [r for r in records if r["place"] == name and r["event_type"] == kind]
    return found


NOTICE = """Sumy City Council

Order No. 77, 12 March 2025

On clearing the rubble after the missile strike of 9 March

A missile struck a four-storey block on Kharkivska Street in Sumy, the city's emergency crews
said. Two residents were hurt.

The utilities department is to finish the clearing by 20 March.
"""


def test_a_headings_dated_attack_dates_its_undated_body(extractor):
    got = extractor.extract(NOTICE, "notice", date(2025, 3, 12))
    assert _at(got, "Sumy")["event_date"] == "2025-03-09"


def test_the_title_and_the_publication_day_govern_nothing():
    text = "Shelling of 3 March: what we know\n\nShells hit a school.\n\nAssessment of the strikes, 12 March\n\nA drone hit a roof.\n"
    days = SectionDays(text, Publication(date(2025, 3, 12), True))
    assert days.over(text.index("Shells")) is None  # the report's title dates its own event
    assert days.over(text.index("A drone")) is None  # the publication's own day


def test_a_heading_without_an_event_or_a_day_governs_nothing():
    text = "DECISION No. 5\n\n12 March 2025\n\nA drone hit a roof in Sumy.\n"
    days = SectionDays(text, Publication(date(2025, 3, 12), True))
    assert days.over(text.index("A drone")) is None


def test_the_next_heading_ends_the_section():
    text = (
        "Village council\n\nOn repairs after the shelling of 3 March\n\nShells hit a school.\n\n"
        "On the budget for the next quarter\n\nA drone hit a roof.\n"
    )
    days = SectionDays(text, Publication(date(2025, 3, 12), True))
    assert days.over(text.index("Shells")).day == date(2025, 3, 3)
    assert days.over(text.index("A drone")) is None


LOG = """SITE SECURITY NOTES, SOUTH
Issued Thu 13 Mar 2025, 08:00

Mon 11:05 | KHERSON | Drone dropped a grenade on a bus stop; one woman injured (city administration).
Wed 21:40 | NIKOPOL | Artillery shells hit a garage cooperative; no one hurt (district head).
"""


def test_a_log_lines_abbreviated_weekday_is_its_entrys_day(extractor):
    got = extractor.extract(LOG, "log", date(2025, 3, 13))
    assert _at(got, "Kherson")["event_date"] == "2025-03-10"
    assert _at(got, "Nikopol")["event_date"] == "2025-03-12"


HEADS = {
    "Tue 22:45 | KRAMATORSK | two drones": date(2025, 3, 11),
    "SAT 21:50 · GOVERNOR: a lorry hit": date(2025, 3, 8),
    "Wed — a drone came down on a house": date(2025, 3, 12),
    "Thursday, 06:10 - shells": date(2025, 3, 13),
}
NOT_HEADS = (
    "Sunday was quiet in the city",  # prose, not an entry's head
    "Monitors saw shelling on Tue 11:00",  # not at the line's head
    "Mon-Sat 09:00 the office is open",
)


def test_line_weekday_heads():
    for line, day in HEADS.items():
        assert line_weekday(line, date(2025, 3, 13)) == day, line
    for line in NOT_HEADS:
        assert line_weekday(line, date(2025, 3, 13)) is None, line


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Last night at about 23:15 drones hit the depot.", date(2025, 3, 12)),
        ("Last night at half past nine a shell hit a house.", date(2025, 3, 12)),
        ("Overnight, at 10 p.m., a missile hit the port.", date(2025, 3, 12)),
        ("Last night at 02:40 drones hit the depot.", date(2025, 3, 13)),  # the small hours
        ("Overnight, from 22:00 until the morning, drones circled.", date(2025, 3, 13)),
        ("Last night about ten drones were shot down.", date(2025, 3, 13)),  # a count, no clock
    ],
)
def test_a_nights_clock_decides_its_side_of_midnight(sentence, day):
    got = eve_by_clock(sentence, When(date(2025, 3, 13), 1, True), date(2025, 3, 13))
    assert got is not None and got.day == day


def test_last_evening_is_the_day_before():
    got = eve_by_clock("Last evening a drone hit a barn.", None, date(2025, 3, 13))
    assert got is not None and got.day == date(2025, 3, 12)
    assert eve_by_clock("A drone hit a barn.", None, date(2025, 3, 13)) is None


def test_the_readers_are_linear_on_a_long_line():
    pub = Publication(date(2025, 3, 13), True)

    def run(n):
        line = "Tue 22:45 | last night at 22:30 the shelling of 3 March " * n
        SectionDays(line + "\n", pub)
        line_weekday(line, pub.day)
        return eve_by_clock(line, When(pub.day, 1, True), pub.day)

    small, _ = cpu_seconds(run, 2_000)
    large, _ = cpu_seconds(run, 20_000)
    assert large < 20 * max(small, 1e-4)  # linear: about 10x for 10x


NIGHT_BULLETS = """Night of 10 to 11 March: the overview

- At 22:20 a drone hit a bus depot in Kherson; two drivers were injured, the city administration said.
- After 4 a.m. shells hit a garage cooperative in Nikopol, the district head said.
"""


def test_an_evening_clock_under_a_nights_title_is_the_nights_first_day(extractor):
    got = extractor.extract(NIGHT_BULLETS, "night", date(2025, 3, 11))
    assert _at(got, "Kherson")["event_date"] == "2025-03-10"
    assert _at(got, "Nikopol")["event_date"] == "2025-03-11"
