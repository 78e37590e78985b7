"""Extraction, verification (issue 16): a record that a side's body issues or sources is that
body's claim, in the forms such documents take with no verb of saying: a log's line citing its
source in brackets ("(Kharkiv RMA)", "(source: ... OVA)"), "— per the city council", a closing
line "Source: ..." or "Via: ...", a header naming the body by its abbreviation or in
transliteration, an e-mail's From line, a channel's name line, "Forwarded from ...", a digest
of posts each under its body's name. The reporter's own account, an independent body's
(OCHA, HRMMU) and a hedge keep their statuses."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.sourced import body_sections, issued_by, sourced_to

DAY = date(2025, 6, 3)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _statuses(extractor, text):
    return {
        (e["place_mention"], e["verification"], e["claimed_by"])
        for e in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an overnight log, each line closing on its source in brackets
            "Overnight log, 3 June\n\n"
            "02:10 Drone hit a warehouse in Kupiansk, two injured (Kharkiv RMA).\n"
            "03:45 Guided bomb struck a private house in Vovchansk; one man killed (Kharkiv RMA).\n",
            {
                ("Kupiansk", "claimed", "Kharkiv RMA"),
                ("Vovchansk", "claimed", "Kharkiv RMA"),
            },
        ),
        (  # a bulleted summary: "(source: ...)"
            "Shelling summary for 3 June 2025\n\n"
            "- Artillery shelled Stepnohirsk, damaging two houses (source: Zaporizhzhia OVA)\n"
            "- A drone hit a car in Orikhiv, the driver was wounded (source: Zaporizhzhia OVA)\n",
            {
                ("Stepnohirsk", "claimed", "Zaporizhzhia OVA"),
                ("Orikhiv", "claimed", "Zaporizhzhia OVA"),
            },
        ),
        (  # a newsletter's notes: "— per ..."
            "Notes from the south, 3 June 2025\n\n"
            "Drones struck an apartment block in Nikopol in the morning; a woman died — per the "
            "district military administration.\n",
            {("Nikopol", "claimed", "District military administration")},
        ),
        (  # the general staff's and the rescuers' records in a front-line digest
            "Front line and rear, 3 June\n\n"
            "Ukrainian forces repelled 14 assaults near Pokrovsk (General Staff).\n"
            "A rescue crew came under fire in Nikopol while putting out a blaze (State Emergency "
            "Service).\n",
            {
                ("near Pokrovsk", "claimed", "General Staff"),
                ("Nikopol", "claimed", "State Emergency Service"),
            },
        ),
    ],
)
def test_a_line_sourced_in_brackets_or_per_a_body_is_its_claim(extractor, text, expected):
    assert _statuses(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # independent bodies in brackets bear the record out
            "Humanitarian notes, 3 June 2025\n\n"
            "- Shelling damaged a water station in Kupiansk (OCHA).\n"
            "- A missile hit a school in Kharkiv (HRMMU).\n",
            {("Kupiansk", "confirmed"), ("Kharkiv", "confirmed")},
        ),
        (  # a photographer's credit, a region in brackets: no source
            "Kupiansk, 3 June 2025\n\nA drone hit a warehouse in Kupiansk (photo: Anna Smith).\n"
            "Shelling damaged a bridge in Vovchansk (Kharkiv region).\n",
            {("Kupiansk", "confirmed"), ("Vovchansk", "confirmed")},
        ),
        (  # "per cent", "via" a road: no source
            "Night in the south, 3 June 2025\n\n"
            "A missile hit a warehouse in Odesa overnight, destroying 40 per cent of its stock. "
            "Drones flew in via the sea.\n",
            {("Odesa", "confirmed")},
        ),
        (  # a hedge keeps its doubt whatever the header
            "Kharkiv RMA\n\n"
            "A drone reportedly hit a warehouse in Kupiansk; this could not be independently "
            "verified.\n",
            {("Kupiansk", "unverified")},
        ),
    ],
)
def test_no_sides_source_keeps_the_reports_own_status(extractor, text, expected):
    events = extractor.extract(text, "t", DAY)
    assert {(e["place_mention"], e["verification"]) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Night of 2 to 3 June\n\nThe enemy shelled Nikopol. Two people were wounded.\n\n"
            "Source: Kherson Regional Military Administration",
            "Kherson Regional Military Administration",
        ),
        (
            "Morning update\n\nA guided bomb hit a school in Sumy overnight.\n\nVia: Sumy OVA "
            "Telegram",
            "Sumy OVA",
        ),
        (
            "Zaporizhzhia OVA\n3 June 2025, 09:12\n\nA house burned in Huliaipole.",
            "Zaporizhzhia OVA",
        ),
        ("Kharkivska OVA | official\n\nA missile hit Chuhuiv.", "Kharkivska OVA"),
        ("Mykolaiv RMA: drones downed over the region overnight\n\nText.", "Mykolaiv RMA"),
        (
            "From: Press Office, Sumy Regional Military Administration <press@sumy.example>\n"
            "To: desk@example.org\nSubject: Situation as of 08:00\n\nText.",
            "Sumy Regional Military Administration",
        ),
        (
            "Odesa City Military Administration ✅\n12.4K subscribers\n\nText.",
            "Odesa City Military Administration",
        ),
        (
            "Forwarded from Kharkiv Regional Military Administration\n\nText.",
            "Kharkiv Regional Military Administration",
        ),
        ("Sumy oblast administration - morning summary\n\nText.", "Sumy oblast administration"),
        ("Харківська ОВА\n\nText.", "Харківська ОВА"),
        ("Kharkiv RMA / Харківська обласна військова адміністрація\n\nText.", "Kharkiv RMA"),
        ("Situation in the Kharkiv region as of 08:00 (Kharkiv RMA)\n\nText.", "Kharkiv RMA"),
        ("Kharkiv RMA / Telegram / 3 June 2025 08:12\n\nText.", "Kharkiv RMA"),
        ("Summary of the Kharkiv RMA for 3 June\n\nText.", "Kharkiv RMA"),
        ("Zolochiv village council | news\n\nText.", "Zolochiv village council"),
        ("Oleh Syniehubov | Head of Kharkiv OVA\n\nText.", "Head of Kharkiv OVA"),
        ("Повітряні Сили ЗС України / Ukrainian Air Force\n\nText.", "Ukrainian Air Force"),
        # an outlet's, the UN's sources, a photo credit: no issuer
        ("Morning update\n\nA drone hit Sumy.\n\nSources: our reporters, UN HRMMU", None),
        ("Morning update\n\nA drone hit Sumy.\n\nPhoto: Sumy OVA", None),
    ],
)
def test_the_issuer_in_the_forms_a_bodys_post_takes(text, issuer):
    assert issued_by(text) == issuer


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Two injured in Kupiansk (Kharkiv RMA).", "Kharkiv RMA"),
        ("Shelling of Orikhiv (source: Zaporizka ODA, 08:10)", "Zaporizka ODA"),
        ("A woman died in Nikopol, per local authorities.", "Local authorities"),
        ("A car burned in Kherson (police)", "Police"),
        ("A drone hit the port (the port of Izmail).", None),
        ("Prices rose 20 per cent in Odesa.", None),
    ],
)
def test_the_source_a_line_cites_by_its_form(text, claimant):
    assert sourced_to(text) == claimant


def test_a_digest_headed_by_its_first_bodys_name_gives_the_next_body_its_own(extractor):
    text = (
        "Zaporizhzhia Regional Military Administration\n"
        "Russian troops shelled Orikhiv; a man was killed.\n\n"
        "Kherson Regional Military Administration\n"
        "A drone hit a minibus in Bilozerka, injuring the driver.\n"
    )
    assert {(e["place_mention"], e["claimed_by"]) for e in extractor.extract(text, "t", DAY)} == {
        ("Orikhiv", "Zaporizhzhia Regional Military Administration"),
        ("Bilozerka", "Kherson Regional Military Administration"),
    }


def test_a_digest_of_posts_each_under_its_bodys_name_gives_each_its_own(extractor):
    text = (
        "What the regions posted overnight, 3 June 2025\n\n"
        'Kharkiv RMA:\n"A guided bomb hit a shop in Kupiansk. Two people were wounded."\n\n'
        "Kherson Regional Military Administration\n"
        "A drone hit a minibus in Bilozerka, injuring the driver.\n\n"
        "Our correspondent in Odesa saw a fire at the port of Odesa after a missile strike.\n"
    )
    assert [b for _, _, b in body_sections(text)] == [
        "Kharkiv RMA",
        "Kherson Regional Military Administration",
    ]
    events = {e["place_mention"]: e for e in extractor.extract(text, "t", DAY)}
    assert (events["Kupiansk"]["verification"], events["Kupiansk"]["claimed_by"]) == (
        "claimed",
        "Kharkiv RMA",
    )
    assert events["Kupiansk"]["injured"] == 2
    assert events["Bilozerka"]["claimed_by"] == "Kherson Regional Military Administration"
    assert events["Bilozerka"]["event_type"] == "strike"
    odesa = next(e for k, e in events.items() if "Odesa" in k)
    assert odesa["verification"] == "confirmed"


def test_a_body_named_by_abbreviation_in_the_header_claims_its_post_of_its_day(extractor):
    # the post's undated strike is the day its header gives
    text = (
        "Zaporizka OVA\n3 June 2025, 21:40\n\n"
        "Russian troops struck Huliaipole with guided bombs. A house was destroyed and two "
        "people were injured."
    )
    (event,) = extractor.extract(text, "t")
    assert event["place_mention"] == "Huliaipole"
    assert (event["verification"], event["claimed_by"]) == ("claimed", "Zaporizka OVA")
    assert event["weapon_category"] == "glide bomb"
    assert event["injured"] == 2
    assert event["event_date"] == "2025-06-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a digest's items, each opening with its body's name and a colon
            "Overnight in the regions, 3 June 2025\n\n"
            "Kharkiv RMA: a guided bomb hit a shop in Kupiansk; two wounded.\n"
            "Sumy OVA: drones struck a school in Okhtyrka, no casualties.\n",
            {("Kupiansk", "claimed", "Kharkiv RMA"), ("Okhtyrka", "claimed", "Sumy OVA")},
        ),
        (  # a source line closing the paragraph it sources
            "Kherson, 3 June 2025\n\n"
            "A drone hit a police car in Kherson; two officers were hurt. Source — regional "
            "police.\n\nOur reporter saw a fire in Mykolaiv after a missile hit a warehouse.\n",
            {("Kherson", "claimed", "Regional police"), ("Mykolaiv", "confirmed", None)},
        ),
        (  # an e-mail whose subject line names the body
            "From: desk@example.org\nSubject: Kharkiv RMA — situation as of 08:00, 3 June\n\n"
            "Overnight a drone hit a house in Zolochiv. A woman was injured.",
            {("Zolochiv", "claimed", "Kharkiv RMA")},
        ),
        (  # a "Geolocated:" note is the report's own evidence, no one's claim
            "Thread, 3 June 2025\n\n"
            "3/ Russian infantry attacked Rodynske on Friday. Geolocated: "
            "48.357, 37.206.\n",
            {("Rodynske", "confirmed", None)},
        ),
    ],
)
def test_a_digests_items_and_source_lines_name_their_bodies(extractor, text, expected):
    assert _statuses(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # whose information it was, said after the event with no verb of saying
            "Kherson, 3 June 2025\n\n"
            "Russian artillery shelled Bilozerka in the afternoon; a man, 70, was wounded. The "
            "information was provided by the Kherson RMA.",
            {("Bilozerka", "claimed", "Kherson RMA")},
        ),
        (  # a marked bracket inside the sentence
            "Kherson, 3 June 2025\n\n"
            "Two people were injured in Antonivka (per the RMA) after shelling, and a shop burned.",
            {("Antonivka", "claimed", "RMA")},
        ),
        (  # a first line "Source: ..." names the issuer
            "Source: Kharkiv RMA\n\nA drone hit a private house in Zolochiv overnight. A woman "
            "was injured.",
            {("Zolochiv", "claimed", "Kharkiv RMA")},
        ),
        (  # a body's abbreviation after its name, the target; aid "provided by" a council
            "Kharkiv, 3 June 2025\n\nA missile hit the building of the Kharkiv regional "
            "administration (ODA).\nA drone hit a truck carrying aid provided by the city council "
            "in Kherson.\n",
            {("Kharkiv", "confirmed", None), ("Kherson", "confirmed", None)},
        ),
        (  # the service named in brackets as what acted, in the reporter's own account
            "Odesa, 3 June 2025\n\nRescuers of the State Emergency Service (SES) put out a fire "
            "at a warehouse in Odesa after a drone strike, our correspondent saw.",
            {("a warehouse in Odesa", "confirmed", None)},
        ),
    ],
)
def test_a_source_named_after_the_event_or_in_a_marked_bracket(extractor, text, expected):
    assert _statuses(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a headline naming a body as what was hit is about it, not its header
        "Russian missile hits Kharkiv regional administration\n\n"
        "A missile hit the regional administration building in central Kharkiv on 2 June 2025.\n",
        # a body's kind glossed in brackets, a subheading naming what was hit
        "Night in Kharkiv, 3 June 2025\n\n"
        "A drone damaged a substation of the national grid operator (Ukrenergo) in Kharkiv.\n",
        "Kherson under fire\n\nPolice station\n"
        "A shell hit the police station in Kherson on 2 June 2025; nobody was hurt.\n",
    ],
)
def test_a_body_named_as_what_was_hit_or_glossed_claims_nothing(extractor, text):
    events = extractor.extract(text, "t", DAY)
    assert events
    assert {e["verification"] for e in events} == {"confirmed"}


def test_a_tallys_header_after_its_title_still_names_its_body():
    text = "Night attack: Air Force of Ukraine report\n\nAir defence shot down 40 drones."
    assert (issued_by(text) or "").startswith("Air Force of Ukraine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body's name alone in brackets between clauses
            "Kharkiv region, 3 June 2025\n\n"
            "Two people were injured in Kupiansk (Kharkiv RMA), and a house burned down.",
            {("Kupiansk", "claimed", "Kharkiv RMA")},
        ),
        (  # a digest's items opening with the body's name and a dash
            "Overnight in the regions, 3 June 2025\n\n"
            "Kharkiv RMA — a guided bomb hit a shop in Kupiansk; two wounded.\n"
            "Sumy OVA — drones struck a school in Okhtyrka.\n",
            {("Kupiansk", "claimed", "Kharkiv RMA"), ("Okhtyrka", "claimed", "Sumy OVA")},
        ),
        (  # "Posted by" at the top or at the end
            "Posted by: Kharkiv RMA\n3 June 2025\n\n"
            "A drone hit a private house in Zolochiv overnight. A woman was injured.",
            {("Zolochiv", "claimed", "Kharkiv RMA")},
        ),
        (
            "3 June 2025\n\nA drone hit a private house in Zolochiv overnight. A woman was "
            "injured.\n\nPosted by Kharkiv RMA",
            {("Zolochiv", "claimed", "Kharkiv RMA")},
        ),
        (  # a place before the dash, a region in brackets: the report's own
            "Overnight, 3 June 2025\n\nKupiansk — a guided bomb hit a shop; two wounded.\n"
            "A drone hit a car in Vovchansk (Kharkiv region), and the driver was wounded.\n",
            {("Kupiansk", "confirmed", None), ("Vovchansk", "confirmed", None)},
        ),
    ],
)
def test_a_bare_bracket_a_name_and_dash_and_posted_by_name_their_bodies(extractor, text, expected):
    assert _statuses(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "per X" with no comma before it, closing the line
            "Notes from the east, 3 June 2025\n\n"
            "Kupiansk: a drone hit a grocery at night, three people hurt per the district "
            "administration.\n",
            {("Kupiansk", "claimed", "District administration")},
        ),
        (  # ... an official by office, a ministry by its abbreviation
            "Notes from the east, 3 June 2025\n\n"
            "Kherson: shelling of the central market in the morning, one dead per the "
            "provincial head.\n"
            "Vovchansk: Russian troops attacked the aggregate plant at dawn per Ukrainian MoD.\n",
            {
                ("Kherson", "claimed", "Provincial head"),
                ("Vovchansk", "claimed", "Ukrainian MoD"),
            },
        ),
        (  # "as per X" closing the line, in a port agent's English
            "Port circular No. 14\n\n"
            "2) Monday night a drone hit the fuel berth in Reni, one watchman wounded as per "
            "regional administration.\n",
            {("Reni", "claimed", "Regional administration")},
        ),
        (  # "As per X" opening it
            "Port circular No. 15\n\n"
            "1) IZMAIL. As per regional administration 3 persons injured when ballistic missile "
            "hit the grain terminal on Sunday.\n",
            {("IZMAIL", "claimed", "Regional administration")},
        ),
        (  # "per X" closing a bracket: an edit summary
            "Revision history\n\n"
            "(cur | prev) 10:12, 3 June 2025  Editor_K  (Attacks: a drone hit the bus station "
            "in Balakliia this morning, one injured, per Kharkiv RMA)  (undo)\n",
            {("Balakliia", "claimed", "Kharkiv RMA")},
        ),
        (  # "per" of a measure sources nothing
            "Notes, 3 June 2025\n\n"
            "A drone hit a shop in Kupiansk at night; 20 per cent of the windows in the street "
            "broke.\n"
            "Artillery shelled Stepnohirsk at a rate of forty rounds per hour; two houses "
            "burned.\n",
            {("Kupiansk", "confirmed", None), ("Stepnohirsk", "confirmed", None)},
        ),
    ],
)
def test_per_without_a_comma_or_closing_a_bracket_sources_a_body_not_a_measure(
    extractor, text, expected
):
    assert _statuses(extractor, text) == expected
