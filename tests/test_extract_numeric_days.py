"""Extraction, dates: days written in figures without their year after an entry's weekday
("Tue 03.06", "Fri 13/6", "Night of 8-9.06"), a night's span, and a paste's dateline whose dash
is a span's ("MONDAY, JUNE 9-10")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Tue 03.06 | Kramatorsk | CONFIRMED", date(2025, 6, 3)),
        ("Fri 13/6, about 09:00 - shells fell on a market", date(2025, 6, 13)),
        ("Night into Sun 8/6 - drones came in from the north", date(2025, 6, 8)),
        ("Monday 02.06: a quiet day on our sector", date(2025, 6, 2)),
        ("Night of 8-9.06 | Poltava", date(2025, 6, 9)),  # the night ends on its second day
        ("Thursday 12.06 -> Friday 13.06", date(2025, 6, 13)),  # a span: its end
        ("Tue 6/10 - a bomb hit a school", date(2025, 6, 10)),  # 6 October was no Tuesday
        ("Wed 24.12 | Sumy", date(2024, 12, 24)),  # ahead of the publication: last year's
    ],
)
def test_a_weekday_s_day_and_month_in_figures(sentence, day):
    when = date_in(sentence, Publication(date(2025, 6, 20)))
    assert when is not None and when.day == day and when.precision == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Output fell by 4.10 per cent on Monday 3.5 times over",
        "The mayor spoke for 2.5 hours",
        "Drones hit 12/15 targets, the army said",
    ],
)
def test_figures_without_a_weekday_before_them_are_no_day(sentence):
    when = date_in(sentence, Publication(date(2025, 6, 20)))
    assert when is None or when.day.month != 10 and when.day.day not in (2, 12)


def test_a_digest_s_incident_headings_date_their_paragraphs(geocoder):
    text = (
        "FIELD MONITOR | Bulletin 4 | Period: 1-30 June 2025 | Issued 3 July 2025\n\n"
        "Tue 03.06 | Kramatorsk, Donetsk oblast | CONFIRMED\n"
        "A guided bomb hit a clinic in Kramatorsk. Our team counted two dead.\n\n"
        "Sat 21.06 | Kherson | CONFIRMED\n"
        "Shells struck a tram depot in Kherson. One driver was wounded.\n"
    )
    got = [(e["place"], e["event_date"]) for e in Extractor(geocoder).extract(text, "t")]
    assert got == [("Kramatorsk", "2025-06-03"), ("Kherson", "2025-06-21")]


def test_a_day_heading_with_a_span_of_days_is_no_dateline(geocoder):
    text = (
        "WEEK IN REVIEW - June 7-13\n\n"
        "KYIV, June 14 (Ridgeline Wire) - The main events of the week, day by day.\n\n"
        "SATURDAY, JUNE 7\n"
        "A drone hit a shop in Sumy, the regional governor said.\n\n"
        "MONDAY TO TUESDAY, JUNE 9-10\n"
        "A missile struck a depot in Bila Tserkva, the railway said.\n"
    )
    got = {
        (e["place"], e["event_date"][:4])
        for e in Extractor(geocoder).extract(text, "t", date(2025, 6, 14))
    }
    assert got == {("Sumy", "2025"), ("Bila Tserkva", "2025")}
