"""Extraction, the attributes of an event (issue 16, eleventh writer): a single person's age is no
count, a figure before a described crew, "this afternoon", evidence and doubts that name whose
word they weigh, and a doubted claim at a place the gazetteer lacks."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.attribution import ATTESTED, claimant_in
from geo.extract.casualties import casualty_figures
from geo.extract.hedges import doubted


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


# Figures: an age is no count; a figure may stand before words describing its people.


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("In the village a pensioner of 77 was wounded by shrapnel.", {"injured": 1}),
        ("A woman of 90 died when the roof fell in.", {"killed": 1}),
        ("Hlukhiv: a shell hit a barn; a boy of 15 was hurt.", {"injured": 1}),
        # an age between commas was already one person; it stays so
        ("Its driver, 58, was killed on the spot.", {"killed": 1}),
        # a total, not an age
        ("A total of 14 people were injured.", {"injured": 14}),
        # a figure before words describing its people
        ("Two of our field crew members were hurt by a second drone.", {"injured": 2}),
        ("Four emergency workers were wounded in a repeat strike.", {"injured": 4}),
        ("Three of its line maintenance staff were injured on Monday.", {"injured": 3}),
        ("The shelling killed five mine rescue volunteers, the company said.", {"killed": 5}),
        # houses are no people: the figure does not reach across "and"
        ("A drone hit 12 houses and people were injured.", {}),
    ],
)
def test_who_a_figure_counts(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_an_age_in_a_community_line_is_one_person(extractor):
    text = (
        "Chernihiv Regional Military Administration\nSummary for Monday, 2 June 2025\n\n"
        "Semenivka community: a drone hit a farm building; a man of 52 was injured.\n"
    )
    (e,) = extractor.extract(text, "t", date(2025, 6, 2))
    assert (e["fatalities"], e["injured"]) == (None, 1)


# Dates: "this afternoon" is the publication's day.


@pytest.mark.parametrize(
    "text",
    [
        "HOST: A missile hit Zaporizhzhia this afternoon, killing two, the governor said.\n",
        "Evening wire\n\nRussian shelling struck Kherson this afternoon, wounding three people.\n",
    ],
)
def test_this_afternoon_is_the_publication_day(extractor, text):
    (e,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert e["event_date"] == "2025-05-06"


def test_a_meeting_this_afternoon(extractor):
    text = "Defence ministers of the Nordic countries met in Vilnius this afternoon.\n"
    (e,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert e["event_type"] == "meeting" and e["event_date"] == "2025-05-06"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "FRONT NOTE - 12 May 2025\n\n"
            "Summary: Russian forces advanced in Kupiansk and keep pressing south of Toretsk.\n\n"
            "Toretsk direction. The General Staff says its forces repelled 12 assaults near "
            "Toretsk over the past day.\n",
            "Toretsk",
        ),
        (
            "Morning digest, 12 May 2025\n\n"
            "Heavy fighting continued around Lyman, where Russian troops pressed towards the "
            "town.\n\nThe General Staff says its forces repelled 9 assaults near Lyman over the "
            "past day.\n",
            "Lyman",
        ),
    ],
)
def test_the_bodys_past_day_dates_an_earlier_undated_mention(extractor, text, place):
    events = extractor.extract(text, "t", date(2025, 5, 12))
    assert next(e for e in events if e["place"] == place)["event_date"] == "2025-05-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's defence ministry claims its troops have taken Bohuslavka.",
        "A pro-Kremlin blogger claims Russian units have entered Novoiehorivka.",
    ],
)
def test_a_claim_in_the_present_is_the_reports_day(extractor, sentence):
    (e,) = extractor.extract(f"Daily explainer\n\n{sentence}\n", "t", date(2025, 5, 12))
    assert e["event_date"] == "2025-05-12"


# Verification: evidence the report weighs, doubts that name whose word they are about.


@pytest.mark.parametrize(
    "sentence",
    [
        "Satellite photos made the next morning and examined by our analysts show burnt hangars.",
        "Satellite pictures released since leave no doubt that the bridge span collapsed.",
        "Commercial satellite imagery leaves little doubt that three aircraft were destroyed.",
    ],
)
def test_satellite_evidence_further_from_its_verb(sentence):
    assert ATTESTED.search(sentence)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The agency could not independently confirm the accounts of either governor.", "governor"),
        ("We have not been able to verify the claims of both ministries.", "ministrie"),
        ("We were unable to check any of the ministry's claims.", "ministry"),
    ],
)
def test_a_doubt_names_whose_word(sentence, who):
    assert doubted(sentence) == who


def test_a_doubt_about_the_governors_leaves_the_ministrys_tally(extractor):
    text = (
        "MOSCOW, May 4, 2024 (Wirecast) - A drone hit a shop in Graivoron overnight, the "
        "Belgorod regional governor said on Saturday.\n\n"
        "The Kursk regional governor said debris fell on a house in Rylsk.\n\n"
        "Russia's defence ministry said 20 drones were shot down over the Bryansk region.\n\n"
        "Wirecast could not independently confirm the accounts of either governor.\n"
    )
    events = extractor.extract(text, "t", date(2024, 5, 4))
    assert [(e["place_mention"], e["verification"]) for e in events] == [
        ("Graivoron", "unverified"),
        ("a house in Rylsk", "unverified"),
        ("Bryansk region", "claimed"),
    ]


def test_a_doubt_about_either_governor_covers_one_named_by_his_name(extractor):
    text = (
        "MOSCOW, May 4, 2024 (Wirecast) - Debris of a downed drone fell on a school in Rossosh "
        "overnight, the Voronezh regional governor said on Saturday.\n\n"
        "Vasily Orlov, who governs the Kursk region, said a drone struck a bus in Rylsk.\n\n"
        "Wirecast could not independently confirm the accounts of either governor.\n"
    )
    events = extractor.extract(text, "t", date(2024, 5, 4))
    assert [e["verification"] for e in events] == ["unverified", "unverified"]
    assert events[1]["claimed_by"] == "Vasily Orlov"


def test_a_name_before_a_relative_clause_is_the_speaker():
    sentence = (
        "Oleh Petrov, who heads the district administration, said two barns burned in the night."
    )
    assert claimant_in(sentence) == "Oleh Petrov"


@pytest.mark.parametrize(
    "doubt",
    [
        "Pro-Kremlin bloggers also say troops reached Zarichnivka-Nova, but we have seen no "
        "imagery of it.",
        "Separately, Ukraine's military intelligence claimed a strike on a radar at Cape "
        "Ostrogorsk on Monday; it released no pictures and we could not verify it.",
    ],
)
def test_a_doubted_claim_at_an_unknown_place_leaves_the_paragraphs_events(extractor, doubt):
    text = (
        "FRONT NOTE - 12 May 2025\n\n"
        "Geolocated footage published on 11 May shows Russian infantry in the west of Chasiv "
        f"Yar, an advance of some 500 metres. {doubt}\n"
    )
    (e,) = extractor.extract(text, "t", date(2025, 5, 12))
    assert e["place"] == "Chasiv Yar" and e["verification"] == "confirmed"


def test_a_village_of_a_district_only_locates_it(extractor):
    text = (
        "BELGOROD, June 3, 2024 (Wirecast) - A drone dropped a grenade on a car in Murom, a "
        "village of the Shebekino district, injuring two men, the governor said on Monday.\n"
    )
    (e,) = extractor.extract(text, "t", date(2024, 6, 3))
    assert e["place"] == "Murom" and e["injured"] == 2


# The report's own reporter on the spot confirms the event at the place the paragraph names; a
# bulletin's presenter reads the news and claims nothing.


def test_a_reporter_on_the_spot_in_a_transcript_confirms(extractor):
    text = (
        "TRANSCRIPT - Midday News, Tuesday 6 May 2025\n\n"
        "ANCHOR: A drone hit a market in Kherson this morning, wounding five, the governor said.\n\n"
        "ANCHOR: Our correspondent Ivan is there. Ivan?\n\n"
        "IVAN (Kherson): The stalls are flattened. I counted six burnt-out kiosks.\n\n"
        "ANCHOR: Thank you. Sport now.\n"
    )
    (e,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert e["place"] == "Kherson" and e["verification"] == "confirmed"


def test_our_correspondent_in_a_later_paragraph_confirms(extractor):
    text = (
        "KHARKIV, March 6, 2025 (Wirecast) - A missile hit a printing works in Kharkiv on "
        "Thursday, killing two workers, the regional governor said.\n\n"
        "Power was cut in several districts.\n\n"
        "In Kharkiv, a Wirecast correspondent saw rescuers lifting slabs from the press hall.\n"
    )
    (e,) = extractor.extract(text, "t", date(2025, 3, 6))
    assert e["place"] == "Kharkiv" and e["verification"] == "confirmed"


# Counts: a sentence that gives both what was launched and what was brought down gives both to
# its first interception.


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "KYIV, June 9, 2025 (Wirecast) - The air force said Russia fired 64 drones overnight "
            "and that 50 were shot down over the Odesa and Mykolaiv regions.\n",
            (64, 50),
        ),
        (
            "Air Force of Ukraine\nOn the night of 9 June the enemy launched 38 Shahed drones; "
            "air defence destroyed 31 over the Kharkiv region.\n",
            (38, 31),
        ),
        # two kinds launched: each figure is that of the weapon after it
        (
            "KYIV, June 9, 2025 (Wirecast) - Russia launched 40 drones and 6 missiles overnight, "
            "and 35 drones were shot down over the Kyiv region, the air force said.\n",
            (40, 35),
        ),
        (
            "Front note, 9 June 2025\n\nThe Ukrainian Air Force reported that Russian forces "
            "launched 120 Shahed and decoy drones and one Kinzhal missile overnight and that "
            "Ukrainian forces downed 90 drones over Poltava and Sumy oblasts.\n",
            (120, 90),
        ),
        (
            "Evening brief, 9 June 2025\n\nThe air force said Russia fired two Iskander-M "
            "missiles and 52 drones, and that 40 drones were brought down over the Vinnytsia "
            "region.\n",
            (52, 40),
        ),
    ],
)
def test_launched_and_destroyed_in_one_sentence(extractor, text, counts):
    first = next(
        e
        for e in extractor.extract(text, "t", date(2025, 6, 9))
        if e["event_type"] == "interception"
    )
    assert (first["launched"], first["destroyed"]) == counts


# A sentence that only says whose word the event is, after it, makes it that side's claim,
# however long it is; an independent body's stays a confirmation.


@pytest.mark.parametrize(
    "text",
    [
        "Regional news, 17 March 2025\n\nA missile hit a warehouse in Pavlohrad on Monday "
        "evening. Two workers were hurt. This was reported by the head of the regional "
        "military administration, Ivan Petrenko.\n",
        "TRANSCRIPT - Noon bulletin, 17 March 2025\n\nANCHOR: In the north, a drone hit a "
        "substation in Sumy this morning. Around twelve thousand homes lost power, the regional "
        "administration said. Nobody was hurt.\n",
    ],
)
def test_a_source_after_the_event_makes_it_a_claim(extractor, text):
    (e,) = extractor.extract(text, "t", date(2025, 3, 17))
    assert e["verification"] == "claimed"


def test_an_independent_source_after_the_event_confirms(extractor):
    text = (
        "Weekly note, 17 March 2025\n\nShelling hit a market in Kherson on Monday, killing two "
        "vendors. The UN human rights mission said in a statement issued on Wednesday that it "
        "had documented both deaths.\n"
    )
    (e,) = extractor.extract(text, "t", date(2025, 3, 17))
    assert e["verification"] == "confirmed"


def test_one_sides_launch_count_is_not_the_other_sides_interception(extractor):
    text = (
        "The war today: what we know\n\nPublished Monday 9 June 2025\n\n"
        "The Ukrainian air force says Russia sent 300 drones overnight.\n\n"
        "On the Russian side, the defence ministry says 25 Ukrainian drones were shot down over "
        "the Kursk region during the night.\n"
    )
    (e,) = [e for e in extractor.extract(text, "t", date(2025, 6, 9)) if e["destroyed"]]
    assert (e["launched"], e["destroyed"]) == (None, 25)


def test_a_salvo_of_two_kinds_then_the_share_of_one_downed(extractor):
    text = (
        "KYIV, June 9, 2025 (Wirecast) - Ukraine's air force said Russia had fired 4 ballistic "
        "missiles and 50 drones at the Mykolaiv region overnight.\n"
        "Air defences brought down 38 of the drones but none of the missiles, it said.\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 9))
    (e,) = [e for e in events if e["event_type"] == "interception"]
    assert (e["weapon_category"], e["launched"], e["destroyed"]) == ("drone", 50, 38)
