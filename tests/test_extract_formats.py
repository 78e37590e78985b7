"""Extraction, report formats and who speaks (issue 16, classes 2, 3 and 5): a long header that
names a side's body as issuer, "it said" after a named speaker, a span of days dated by its end,
and wire copy whose one-sentence paragraphs carry the story's date."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in
from geo.extract.issuer import side_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_a_long_header_naming_a_sides_body_makes_the_report_its_statement():
    header = (
        "Daily summary issued by the General Staff of the Armed Forces of Ukraine on the "
        "situation at the front (3 May 2025)\n\nBody."
    )
    assert side_author(header) is not None
    quoted = (
        "Defence Ministry in Moscow says its air defences downed dozens of drones over "
        "three southern regions during the night\n\nBody."
    )
    assert side_author(quoted) is None


def test_a_sides_long_header_makes_its_tally_a_claim_of_the_day(extractor):
    text = (
        "Operational update from the Air Force of the Armed Forces of Ukraine for the night "
        "of 3 to 4 May (English text)\n4 May 2025\n\n"
        "Twelve drones were shot down over the Chernihiv region."
    )
    (event,) = extractor.extract(text, "t", date(2025, 5, 4))
    assert (event["verification"], event["event_date"]) == ("claimed", "2025-05-04")


def test_it_said_takes_the_speaker_named_before(extractor):
    text = (
        "Kyiv, 2025-05-04\n"
        "The Belarusian border guard said on Sunday that 30 drones had crossed its airspace.\n"
        "It listed six as brought down over the Gomel region."
    )
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "claimed"
    assert "border guard" in event["claimed_by"].lower()


def test_a_span_of_days_is_dated_by_its_end_and_two_days_stay_two():
    pub = Publication(date(2025, 5, 6))  # a Tuesday
    span = date_in("Drones were downed from late on Sunday until dawn on Monday.", pub)
    assert span is not None and span.day == date(2025, 5, 5)
    two = date_in("Shells fell on Saturday and again on Monday.", pub)
    assert two is not None and two.day == date(2025, 5, 3)


def test_wire_copy_carries_the_story_date_to_the_next_paragraph(extractor):
    text = (
        "LVIV, May 6 (Wire) - Russian drones struck a warehouse in Lviv overnight, officials "
        "said on Tuesday.\n\n"
        "A second wave of drones hit an electricity substation in Stryi, the governor said.\n"
    )
    events = extractor.extract(text, "t", date(2025, 5, 6))
    assert {e["place"]: e["event_date"] for e in events} == {
        "Lviv": "2025-05-06",
        "Stryi": "2025-05-06",
    }


def test_a_live_blog_entry_goes_on_with_the_story_of_the_entry_before(extractor):
    text = (
        "War live: day of strikes\nMonday 3 March 2025\n\n"
        "08:10 GMT\nA missile hit a clinic in Poltava on Sunday, the mayor says; four people died.\n\n"
        "08:45 GMT\nInvestigators say debris at the clinic came from an Iskander. "
        "UN monitors said on Monday that the clinic was struck.\n\n"
        "09:30 GMT\nShelling damaged a bridge in Kherson, the governor says.\n"
    )
    events = {e["place"]: e for e in extractor.extract(text, "t")}
    poltava = events["Poltava"]
    assert (poltava["weapon"], poltava["event_date"]) == ("Iskander", "2025-03-02")
    assert poltava["verification"] == "confirmed"  # the UN bears the mayor's word out
    assert events["Kherson"]["weapon"] is None


def test_a_short_town_name_in_a_headline_in_capitals_is_the_town(geocoder):
    # in a line all in capitals a word of five letters is no acronym
    text = "Kyiv, 2025-05-02\nTHREE WOUNDED AS DRONES HIT IRPIN OVERNIGHT"
    events = Extractor(geocoder).extract(text, "t")
    assert [(e["place"], e["weapon_category"]) for e in events] == [("Irpin", "drone")]
