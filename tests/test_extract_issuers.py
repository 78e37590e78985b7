"""Extraction, who issued a report (issue 16): a state body's press-office header ("... - press
service", "... (official channel)", a body's name above "Press release, <date>") makes the report
that body's word and dates its undated sentences to its day; a news outlet's, a club's or the
UN's header does not."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.issuer import side_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "Coast Guard of Georgia - press service\nNote, 04.06.2025\n\nText.",
            "Coast Guard of Georgia",
        ),
        (
            "Горсовет | Lutsk City Administration (official channel)\n2 May 2025, 10:00\n",
            "Lutsk City Administration",
        ),
        ("MINISTRY OF TRANSPORT OF MOLDOVA\nPress release, 3 May 2025\n\nText.", None),
        ("Civil Aviation Agency | notice\n05.05.2025, 01:10\n", "Civil Aviation Agency"),
    ],
)
def test_a_state_bodys_press_office_header_names_the_issuer(header, issuer):
    assert side_author(header) == (issuer or header.splitlines()[0])


@pytest.mark.parametrize(
    "header",
    [
        # a news outlet's desk, a market notice, a football club, the UN's office: no side's body
        "Riverside Gazette - press review\n3 May 2025\n\nText.",
        "SHIPPING WAR RISKS - MARKET NOTICE\nIssued 3 May 2025\n",
        "FC DNIPRO ATHLETIC - OFFICIAL STATEMENT\n\n3 May 2025\n",
        "UN Office for the Coordination of Humanitarian Affairs\nPress release, 3 May 2025\n",
        # a headline quoting a ministry is a report about it
        "Ministry says its press service was hacked overnight\n3 May 2025\n",
    ],
)
def test_headers_that_name_no_issuing_state_body(header):
    assert side_author(header) is None


def test_a_press_service_briefing_is_its_claim_of_its_own_day(extractor):
    # published the morning of the 9th: without an issuer its undated strike would be the 8th
    text = (
        "Ukrainian Navy - press service\nBriefing note, 09.05.2025\n\n"
        "Drones struck a grain warehouse in Reni; two workers were hurt."
    )
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "claimed" and event["claimed_by"] == "Ukrainian Navy"
    assert event["event_date"] == "2025-05-09"


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # the time and day after the body's name are when it issued, not who
        (
            "Ministry of Defence of Ukraine, 09:10, 14 April 2025\n\nText.",
            "Ministry of Defence of Ukraine",
        ),
        (
            "Governor of the Kursk Region (Sunday, 6 April 2025)\n\nText.",
            "Governor of the Kursk Region",
        ),
        ("General Staff - Mar 3 2025 morning update\n\nText.", "General Staff"),
        # a name and office after a comma stay whole
        (
            "Ivan Sirko, Governor of the Poltava Region\n3 May 2025\n",
            "Ivan Sirko, Governor of the Poltava Region",
        ),
    ],
)
def test_the_issuer_is_named_without_its_day(header, issuer):
    assert side_author(header) == issuer


@pytest.mark.parametrize(
    "header",
    [
        # a short headline that quotes a side's body, a wire update's note in brackets
        "Bryansk governor says two drones downed\n\nText.",
        "Headline about Rivne\n\n(Adds governor's comments, air force tally)\n\nText.",
    ],
)
def test_a_quoting_headline_or_an_update_note_names_no_issuer(header):
    assert side_author(header) is None


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "Administration of the city of Horlivka, 2 April 2025\n\nText.",
            "Administration of the city of Horlivka",
        ),
        (
            "Nikopol District State Administration\n2 April 2025\n\nText.",
            "Nikopol District State Administration",
        ),
        ("Mariupol City Administration | evening update\n\nText.", "Mariupol City Administration"),
    ],
)
def test_a_local_administrations_post_is_its_word(header, issuer):
    """A city's, district's or region's administration heading its post (on either side of the
    front) claims what it tells."""
    assert side_author(header) == issuer


def test_a_first_line_of_many_words_is_no_issuer_and_is_read_in_linear_time():
    """A first line of 20,000 'Head of the': the search for 'Head of [words] Administration'
    tried every 'Head of' against the rest of the line (240 kB took 19 s, four times a quarter's
    time 15 times). A header names its issuer in a few words: a longer line is passed over
    before it is searched."""
    from geo.extract.issuer import side_author

    assert side_author("Head of the " * 20_000 + "Administration\nA drone hit Kharkiv.") is None
    line = "Head of the Kharkiv Regional Military Administration"
    assert side_author(f"{line}\nA drone hit Kharkiv.") == line
