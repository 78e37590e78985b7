"""Extraction, dates: the small hours told by midnight ("shortly after midnight", "just after
midnight", "in the middle of the night") with no day named are the night the report wakes to: the
day of publication, as "overnight" and "before dawn" are, not the day before; a day its paragraph
named keeps them. (A clock alone, "at about 03:40", still says nothing: test_extract_times_of_day.)"""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place"]: e["event_date"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a wire story filed in the morning
        (
            "ZAPORIZHZHIA, Ukraine, Nov 6, 2024 (Wire) - A guided bomb fell near a bus depot in "
            "Zaporizhzhia shortly after midnight, wounding four people, the governor said.",
            "Zaporizhzhya",
            "2024-11-06",
        ),
        # a state company's note
        (
            "Railway operator - operational note\n14 March 2025\n\n"
            "Just after midnight drones hit the locomotive depot at Konotop station. Trains are "
            "running with delays.",
            "Konotop",
            "2025-03-14",
        ),
        # a town news site: the middle of the night
        (
            "Shostka town news, 9 May 2025\n\n"
            "In the middle of the night Russian drones attacked Shostka; a substation was "
            "damaged.",
            "Shostka",
            "2025-05-09",
        ),
    ],
)
def test_small_hours_are_the_night_the_report_wakes_to(extractor, text, place, day):
    dates = _dates(extractor, text)
    assert dates.get(place) == day, dates


def test_a_day_named_in_the_paragraph_keeps_its_small_hours(extractor):
    text = (
        "Weekly note, Tuesday 14 May 2024\n\n"
        "Sunday was the hardest day. Shortly after midnight a drone hit a school in Kupiansk.\n"
    )
    assert _dates(extractor, text).get("Kupyansk") == "2024-05-12"


def test_an_afternoon_clock_is_no_night(extractor):
    text = "Morning report, 14 May 2024\n\nAt 15:20 Russian artillery shelled Kupiansk."
    assert _dates(extractor, text).get("Kupyansk") == "2024-05-13"
