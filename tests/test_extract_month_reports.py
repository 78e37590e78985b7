"""A periodic report's month (geo/extract/title_days.month_report): a monthly bulletin's undated
events are of the month it covers, not of the day it came out."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.publication import Publication
from geo.extract.title_days import month_report

_OUT = Publication(date(2025, 4, 4))


@pytest.mark.parametrize(
    "header",
    [
        "Field monitors' bulletin, March 2025",
        "Reporting period: March 2025\nIssued: 4 April 2025",
        "LOCAL RELIEF NETWORK\nUpdate for our partners | March 2025",
        "Digest No. 9 | Reporting period: 1-31 March 2025",
        "Civilian harm in the south - monthly note, April 2025",  # the month of publication
    ],
)
def test_a_header_naming_the_reports_month_dates_its_undated_events_to_it(header):
    when = month_report(header + "\n\nBody text.", _OUT)
    assert when is not None and when.precision == 3
    assert when.day == date(2025, 3 if "March" in header else 4, 1)


@pytest.mark.parametrize(
    "header",
    [
        "Veterans' newsletter, March 2025 issue",  # the month it is sent in
        "Evening report, Thursday 3 April 2025",  # a day's report
        "Morning summary for the third of April 2025",
        "Quarterly review: January–March 2025",  # a span of months
        "Kharkiv in January 2025: a monthly look back",  # two months before it came out
        "Ten years since March 2015: a note",
        "Kharkiv: shelling in March 2025",  # no word for a report or its period
    ],
)
def test_other_months_in_a_header_give_no_period(header):
    assert month_report(header + "\n\nBody text.", _OUT) is None


def test_a_month_named_below_the_header_gives_no_period():
    text = "Regional digest\nIssued 4 April 2025\n\n" + "\n".join(f"Line {i}." for i in range(9))
    assert month_report(text + "\nUpdate, March 2025", _OUT) is None


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_BULLETIN = """SOUTHERN MONITORS' NETWORK
Monthly bulletin, March 2025 (sent out 4 April 2025)

Nikopol. Small drones attacked cars and people on foot through the whole month; seven residents were killed, by our count.

Odesa. On 12 March a ballistic missile hit a warehouse in the port, killing two workers.
"""


def test_a_monthly_bulletins_events_are_of_its_month_unless_they_name_their_day(extractor):
    records = {r["place"]: r for r in extractor.extract(_BULLETIN, "bulletin")}
    nikopol, odesa = records["Nikopol"], records["Odesa"]
    assert (nikopol["event_date"], nikopol["time_precision"]) == ("2025-03-01", 3)
    assert (odesa["event_date"], odesa["time_precision"]) == ("2025-03-12", 1)
