"""Extraction, who issued a report (issue 16): a state body's press-office header ("... - press
service", "... (official channel)", a body's name above "Press release, <date>") makes the report
that body's word and dates its undated sentences to its day; a news outlet's, a club's or the
UN's header does not."""

from __future__ import annotations

from datetime import date

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


# The claimant is the body or person, never the title around it nor a post's time stamp; a later
# post that opens with another speaker ("X: ...") is that speaker's.
@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "Channel digest, Governor of Kherson region Oleksandr Prokudin, evening of 3 May 2025",
            "Governor of Kherson region Oleksandr Prokudin",
        ),
        ("Selected posts, Ministry of Defence, overnight 4 to 5 June", "Ministry of Defence"),
        ("Odesa City Council, Monday update", "Odesa City Council"),
        # a body's name with its city after a comma stays whole
        ("City Council, Sumy", "City Council, Sumy"),
    ],
)
def test_a_titles_body_is_the_issuer_not_the_whole_title(header, issuer):
    assert side_author(header + "\n\nText.") == issuer


def test_a_posts_time_stamp_or_the_title_is_no_claimant_and_a_new_speaker_claims_his_post(
    extractor,
):
    text = (
        "Channel digest, Governor of Bryansk region Alexander Bogomaz, night of 9 to 10 May 2025\n\n"
        "22:40 A drone hit a garage in Klintsy. A man was injured.\n"
        "02:15 The Ministry of Defence reports that 12 UAVs were destroyed over Bryansk region.\n"
        "03:50 Governor of Kursk region Alexander Khinshtein: in Lgov a drone struck a shop, "
        "two people were hurt.\n"
    )
    claimed = {e["place_mention"]: e["claimed_by"] for e in extractor.extract(text, "t")}
    assert claimed == {
        "Klintsy": "Governor of Bryansk region Alexander Bogomaz",
        "Bryansk region": "Ministry of Defence",
        "Lgov": "Governor of Kursk region Alexander Khinshtein",
    }


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (  # a live blog: the speaker after the verb
            "Live: the south, 12 March 2025\n\nMykolaiv, 08:40\n"
            "A drone hit a warehouse in Mykolaiv, the regional administration said.",
            "Regional administration",
        ),
        (  # a bulletin line with its time: the ministry, not its time
            "Bulletin, 12 March 2025\n\n"
            "07.30 The Ministry of Defence said nine drones were destroyed over Kursk region.",
            "Ministry of Defence",
        ),
        (  # nor is a heading's kind of text before a colon
            "Live, 12 March 2025\n\nMilitary update: a drone hit a fuel depot in Kherson.",
            None,
        ),
        (  # a timeline's place before a colon is no speaker
            "Timeline, 12 March 2025\n\nKherson: a drone dropped a grenade on a bus, one hurt.",
            None,
        ),
    ],
)
def test_the_claimant_is_who_speaks_in_every_style(extractor, text, claimant):
    assert {e["claimed_by"] for e in extractor.extract(text, "t")} == {claimant}


# A document issued by the body whose sites or forces it tells about (issue 16): the header names
# the body as the statement's author, so every event it tells is that body's claim.
@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # the kind of document before the body: the body alone is the claimant
        (
            "Daily briefing of the Ministry of Defence of the Russian Federation (2 June 2025)",
            "Ministry of Defence of the Russian Federation",
        ),
        (
            "Overnight in the region: a summary of the Belgorod Regional Administration",
            "Belgorod Regional Administration",
        ),
        # a utility's, a hospital's, an energy company's or a brigade's own statement
        ("Statement by Zaporizhzhiaoblenergo", "Zaporizhzhiaoblenergo"),
        ("Sumy City Children's Hospital: statement on the morning shelling", None),
        ("Metinvest Group - press statement, 2 June 2025", "Metinvest Group"),
        ("Update from the 47th Mechanized Brigade", "47th Mechanized Brigade"),
        ("Odesa Port Authority reports:", "Odesa Port Authority"),
        # a translation's source line under its title: the channel's owner
        (
            "Translated post\nSource: Telegram channel of the Governor of Kursk Region",
            "Governor of Kursk Region",
        ),
    ],
)
def test_a_bodys_own_statement_names_it_as_the_issuer(header, issuer):
    expected = issuer or header.split(":")[0]
    assert side_author(header + "\n\nText.") == expected


@pytest.mark.parametrize(
    "header",
    [
        # a rights group's documentation, the UN's or the IAEA's update, an outlet's report
        "Statement by Human Rights Watch",
        "IAEA Update 301 - statement from the Director General",
        "Update from the UN Human Rights Monitoring Mission",
        "Riverside News: report from Kharkiv",
        "Kharkiv governor reports a strike on a hospital",
        # a club's statement names no side's body
        "FC Dnipro Athletic: statement after the strike on the stadium",
    ],
)
def test_an_independent_bodys_or_an_outlets_statement_names_no_issuer(header):
    assert side_author(header + "\n\nText.") is None


@pytest.mark.parametrize(
    ("text", "verification", "claimant"),
    [
        (
            "Statement by Poltavaoblenergo\n\n"
            "Overnight a drone hit our substation in Kremenchuk on 2 June 2025. Two of our "
            "electricians were hurt.",
            "claimed",
            "Poltavaoblenergo",
        ),
        (
            "Kherson Regional Clinical Hospital: statement on the shelling\n\n"
            "On 2 June 2025 a shell hit the surgical wing of the hospital in Kherson; a nurse "
            "was wounded.",
            "claimed",
            "Kherson Regional Clinical Hospital",
        ),
        (  # the outlet's own report quoting a ministry in one paragraph: the rest is its own
            "Drone hits warehouse in Kremenchuk\n\n"
            "A drone hit a warehouse in Kremenchuk on 2 June 2025, our correspondent saw.\n\n"
            "The defence ministry said separately that it had downed 30 drones.",
            "confirmed",
            None,
        ),
        (  # a rights group's own documentation is no side's claim
            "Statement by Human Rights Watch\n\n"
            "On 2 June 2025 a missile hit a school in Kremenchuk, killing two teachers.",
            "confirmed",
            None,
        ),
    ],
)
def test_the_events_of_a_bodys_own_statement_are_its_claim(extractor, text, verification, claimant):
    events = [
        e
        for e in extractor.extract(text, "t")
        if "Kremenchuk" in e["place_mention"] or "Kherson" in e["place_mention"]
    ]
    assert events
    assert {(e["verification"], e["claimed_by"]) for e in events} == {(verification, claimant)}


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a war blogger's channel whose digest speaks as one side: the channel's word throughout
        (
            "Frontline Notes Z | evening channel digest\n\n"
            "KUPYANSK. Our units pushed the enemy out of two tree lines near Kupiansk.",
            "Frontline Notes Z",
        ),
        (
            "Steppe Falcons (Telegram channel)\n\n"
            "Our artillery destroyed an enemy ammunition depot near Kupiansk this morning.",
            "Steppe Falcons",
        ),
        # an outlet's channel that speaks as nobody's side, the UN's channel: no issuer
        ("Riverside Daily | Telegram channel\n\nA drone hit a depot near Kupiansk.", None),
        (
            "UN Ukraine | Telegram channel\n\nOur teams delivered aid; our units of staff rest.",
            None,
        ),
    ],
)
def test_a_channel_that_speaks_as_a_side_is_the_issuer(text, issuer):
    assert side_author(text) == issuer


@pytest.mark.parametrize(
    "header",
    [
        "Ivan Petrenko, head of Sumy regional military administration:",
        "Governor of Belgorod region —",
        "Zaporizhzhia Regional Military Administration;",
    ],
)
def test_who_claims_is_named_without_the_headers_trailing_colon_or_dash(extractor, header):
    text = (
        f"{header}\n\n07:50 - Russian drones hit a garage in Okhtyrka overnight; one man was hurt."
    )
    (event,) = extractor.extract(text, "t", published=date(2026, 10, 5))
    assert event["claimed_by"]
    assert event["claimed_by"] == event["claimed_by"].rstrip(" :;,—–-")
