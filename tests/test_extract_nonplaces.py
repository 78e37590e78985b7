"""Extraction, words that are not the place or the time of this event (issue 16, classes 4, 5
and 7): a city's district named by an adjective, a running total since a year, a meeting still to
come, and a month with its year."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in
from geo.extract.casualties import casualty_figures
from geo.extract.places import find_places


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_a_citys_district_named_by_an_adjective_is_the_city(extractor):
    text = (
        "Kyiv, 2025-02-11\n"
        "In Odesa, a drone struck a warehouse in the Kyivskyi district overnight, the mayor said."
    )
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Odesa"]


def test_a_month_and_year_is_month_precision():
    pub = Publication(date(2025, 6, 12))
    when = date_in("In November 2023, drones reached an airfield far behind the lines.", pub)
    assert when is not None and (when.day, when.precision) == (date(2023, 11, 1), 3)


def test_a_running_total_since_a_year_is_no_events_figure():
    assert casualty_figures("Since March 2022 shelling has killed 41 people in the district.") == {}
    assert casualty_figures("Shelling killed 4 people in the district.") == {"killed": 4}


def test_a_meeting_ministers_are_due_at_or_would_hold_is_not_an_event(extractor):
    text = (
        "Kyiv, 2025-02-10\n"
        "The envoy said air defence would top the agenda when ministers meet in Warsaw on "
        "Thursday.\nTwo foreign ministers were due in Vilnius on Friday."
    )
    assert extractor.extract(text, "t") == []


def test_a_word_of_an_all_caps_headline_written_in_lower_case_elsewhere_is_no_place(extractor):
    text = (
        "DRONE HITS ROAD BRIDGE IN ZAPORIZHZHIA, TWO KILLED\n"
        "A drone struck cars on the bridge late on Monday, the governor said.\n"
    )
    names = [h.mention for h in find_places(extractor.geocoder, text)]
    assert "BRIDGE" not in names and "ZAPORIZHZHIA" in names
