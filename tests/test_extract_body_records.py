"""Extraction, verification (issue 16): a side's body as the subject of a verb of recording
("the air force recorded", "police registered", "the administration logged", "the railway
confirmed that") gives its own record, so its claim, though no verb of saying is used. An
independent body's record (the UN's monitors) and a passive "hits were recorded" in the
reporter's own account claim nothing."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.body_record import recorded_by

DAY = date(2025, 6, 3)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text):
    return {
        (e["place_mention"], e["event_type"], e["verification"], e["claimed_by"])
        for e in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire story's lead: the air force as the subject of "recorded"
            "The air force recorded a ballistic missile strike on Kryvyi Rih at dawn; a "
            "warehouse burned.",
            {("Kryvyi Rih", "strike", "claimed", "Air force")},
        ),
        (  # a regional portal: the rescuers' count
            "The State Emergency Service recorded three fires in Bila Tserkva after the "
            "missile attack.",
            {("Bila Tserkva", "strike", "claimed", "State Emergency Service")},
        ),
        (  # an evening digest: the administration's log of the day
            "Evening digest\n\nThe regional military administration registered 312 attacks on "
            "14 settlements of the Zaporizhzhia region over the past day, including a guided-bomb "
            "strike on Huliaipole.",
            {("Huliaipole", "strike", "claimed", "Regional military administration")},
        ),
        (  # a company's word, "confirmed that"
            "Ukrzaliznytsia confirmed that a drone hit a locomotive near Lozova in the morning; "
            "the driver was wounded.",
            {("near Lozova", "strike", "claimed", "Ukrzaliznytsia")},
        ),
        (  # the side itself as the subject of "reports"
            "The Ukrainian side reports that Russian drones hit a grain terminal in Izmail "
            "overnight.",
            {("Izmail", "strike", "claimed", "Ukrainian side")},
        ),
        (  # the tally's body, then its interceptions: the body, not "Ukrainian side"
            "Ukraine's air force registered 40 Shahed drones overnight; 31 were shot down over "
            "the Poltava region.",
            {("Poltava region", "interception", "claimed", "Ukraine's air force")},
        ),
    ],
)
def test_a_sides_body_recording_the_event_claims_it(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's own passive record
        "Explosions were recorded in Kryvyi Rih at dawn, and a warehouse burned.",
        # an independent body's record bears it out
        "UN monitors recorded a missile strike on a market in Kostiantynivka that killed "
        "four civilians.",
        # the reporter's own camera
        "A security camera recorded the moment a missile hit a depot in Lozova.",
    ],
)
def test_no_sides_record_claims_nothing(extractor, text):
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}


def test_recorded_by_names_the_subject_only():
    assert recorded_by("Police registered 14 damaged houses in Zolochiv.") == "Police"
    assert recorded_by("Strikes were recorded in 7 locations.") is None
    assert recorded_by("The ministry has confirmed the strike on Odesa.") is None
    assert recorded_by("NASA fire data recorded a heat anomaly near Engels.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a mayor's post under his name and office
            "Ihor Terekhov, Kharkiv mayor\n\nOvernight drones hit a warehouse in Kharkiv. Two "
            "people were injured.",
            {("Kharkiv", "strike", "claimed", "Ihor Terekhov, Kharkiv mayor")},
        ),
        (  # ... and under his office and name
            "Mykolaiv mayor Oleksandr Sienkevych\n\nA drone hit a private house in Mykolaiv "
            "before dawn; an elderly woman was hurt.",
            {("Mykolaiv", "strike", "claimed", "Mykolaiv mayor Oleksandr Sienkevych")},
        ),
        (  # the rescuers' post: at work on the aftermath, then what was hit
            "The State Emergency Service is dealing with the consequences of the night attack "
            "on Kharkiv.\n\nIn Chuhuiv, a drone set a warehouse on fire.\n\nA missile hit a "
            "five-storey building in Izium; rescuers pulled two people from the rubble.",
            {
                ("Kharkiv", "strike", "claimed", "State Emergency Service"),
                ("Chuhuiv", "strike", "claimed", "State Emergency Service"),
                ("Izium", "strike", "claimed", "State Emergency Service"),
            },
        ),
        (  # a company's post about its own plant
            "DTEK: Russian drones attacked our thermal power plant overnight. The equipment was "
            "badly damaged.\n\nIn Odesa, strikes damaged a substation; 40,000 families are "
            "without power.",
            {("Odesa", "strike", "claimed", "DTEK")},
        ),
        (  # a source line at the end in words
            "A drone struck a minibus in Nikopol this morning. The driver and two passengers "
            "were wounded.\n\nInformation from the Dnipropetrovsk regional military "
            "administration.",
            {
                (
                    "Nikopol",
                    "strike",
                    "claimed",
                    "Dnipropetrovsk regional military administration",
                )
            },
        ),
        (  # ... and in brackets with "according to"
            "Shelling damaged two houses in Stepnohirsk after midnight; no one was hurt.\n\n"
            "(According to the regional police)",
            {("Stepnohirsk", "strike", "claimed", "Regional police")},
        ),
    ],
)
def test_a_post_opened_or_closed_by_its_issuer_is_its_word(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a headline quoting the mayor is no issuer's header
        "Kharkiv mayor says drones hit the city\n\nDrones hit a warehouse in Kharkiv overnight, "
        "our correspondent saw.",
        # a reporter's article about rescuers
        "Rescuers in Kharkiv worked through the night. Our correspondent saw a missile hit a "
        "school in Izium.",
    ],
)
def test_a_reporters_article_names_no_issuer(extractor, text):
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire story: the mayor's office before his name, then the city's air defence
            "Kharkiv was attacked again overnight. The mayor of Kharkiv, Ihor Terekhov, said 12 "
            "drones targeted the city.\n\nAir defence shot down eight of them over Kharkiv.",
            {("Kharkiv", "interception", "claimed", "Mayor of Kharkiv Ihor Terekhov")},
        ),
        (  # a regional round-up: the governor named after his office
            "The regional governor, Vitaliy Kim, said a drone hit a grain silo in Ochakiv on "
            "Sunday.\nNine more were brought down over Mykolaiv.",
            {
                ("Ochakiv", "strike", "claimed", "Regional governor Vitaliy Kim"),
                ("Mykolaiv", "interception", "claimed", "Regional governor Vitaliy Kim"),
            },
        ),
        (  # a body, not its document
            "Four people were killed when a missile hit a market in Kramatorsk, per the "
            "ministry's tally.",
            {("Kramatorsk", "strike", "claimed", "Ministry")},
        ),
    ],
)
def test_the_claimant_is_named_as_the_text_names_him(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare bracket between two clauses joined by "and"
            "In Kostiantynivka a guided bomb hit a school (regional military administration) and "
            "a teacher was wounded.",
            {("Kostiantynivka", "strike", "claimed", "Regional military administration")},
        ),
        (  # a body with a participle closing the sentence
            "A missile struck a railway depot in Lozova, the state railway operator reporting "
            "two workers hurt.",
            {("Lozova", "strike", "claimed", "State railway operator")},
        ),
        (  # ... "with police saying"
            "Shelling hit a barn in Vovchansk on Friday, with police saying a farmer was burned.",
            {("Vovchansk", "strike", "claimed", "Police")},
        ),
        (  # the body's document as the subject
            "Two civilians were wounded in Nikopol by artillery fire, the regional military "
            "administration's morning update shows.",
            {("Nikopol", "strike", "claimed", "Regional military administration")},
        ),
        (  # "data from" the body: the body claims
            "In Zaporizhzhia, a missile hit an apartment block overnight, killing two people, "
            "according to preliminary data from the regional military administration.",
            {("Zaporizhzhia", "strike", "claimed", "Regional military administration")},
        ),
    ],
)
def test_a_body_named_without_a_verb_of_its_own_claims(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire story with two sources: the governor opens his sentence with his long name
            "Russia's defence ministry said it had downed 30 drones over the Belgorod region.\n\n"
            "Kharkiv governor Oleh Syniehubov said four medics were injured. A drone struck a "
            "shop in Balakliia.",
            {
                ("Belgorod region", "interception", "claimed", "Russia's defence ministry"),
                ("Balakliia", "strike", "claimed", "Kharkiv governor Oleh Syniehubov"),
            },
        ),
        (  # a round-up: the head of an administration named in full
            "The air force said 80 drones were launched overnight.\n\nThe head of the Sumy "
            "regional military administration Oleh Hryhorov reported two wounded. Artillery "
            "shelled Krasnopillia.",
            {
                (
                    "Krasnopillia",
                    "strike",
                    "claimed",
                    "Head of the Sumy regional military administration Oleh Hryhorov",
                ),
            },
        ),
    ],
)
def test_a_speaker_opening_his_sentence_carries_on_in_his_paragraph(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a ministry's post under a generic title: "informs that"
            "Official statement\n\nThe Ministry of Energy of Ukraine informs that drones attacked "
            "a power plant in the Kharkiv region overnight.\n\nIn Sumy, a substation was damaged.",
            {
                ("the Kharkiv region", "strike", "claimed", "Ministry of Energy of Ukraine"),
                ("Sumy", "strike", "claimed", "Ministry of Energy of Ukraine"),
            },
        ),
        (  # a police channel's post under its name with an emoji
            "📢 Kharkiv Oblast Police\n\nA guided bomb hit a car repair shop in Kupiansk this "
            "morning. Two mechanics were wounded.\n\nIn Izium, drones damaged a kindergarten.",
            {
                ("Kupiansk", "strike", "claimed", "Kharkiv Oblast Police"),
                ("Izium", "strike", "claimed", "Kharkiv Oblast Police"),
            },
        ),
        (  # a ministry's update: its name, a full stop, the update's title
            "Ministry of Health of Ukraine. Update on the victims of the attack on Dnipro\n\n"
            "As of 10:00, 14 people are in hospital in Dnipro.\n\nIn Pavlohrad, two more people "
            "asked for help after the missile strike.",
            {
                ("Dnipro", "strike", "claimed", "Ministry of Health of Ukraine"),
                ("Pavlohrad", "strike", "claimed", "Ministry of Health of Ukraine"),
            },
        ),
        (  # a police directorate's long name before "informs:"
            "Update 09:30\n\nThe Main Directorate of the National Police in the Kharkiv region "
            "informs: a drone struck a bus stop in Chuhuiv, wounding three people.",
            {
                (
                    "Chuhuiv",
                    "strike",
                    "claimed",
                    "Main Directorate of the National Police in the Kharkiv region",
                )
            },
        ),
    ],
)
def test_a_bodys_post_in_more_header_forms_is_its_word(extractor, text, expected):
    assert _events(extractor, text) == expected


def test_a_description_of_a_unit_is_no_long_name():
    assert recorded_by("A Ukrainian brigade operating in the area reported heavy fog.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a community's short post: its opening speaks as a side, the list below is plain
            "The occupiers shelled Kherson again overnight.\n\nA drone hit a minibus; the driver "
            "was wounded. Artillery damaged a school in Bilozerka.",
            {
                ("Kherson", "strike", "claimed", "Ukrainian side"),
                ("Bilozerka", "strike", "claimed", "Ukrainian side"),
            },
        ),
        (  # a regional channel's night summary
            "Night in the Sumy region\n\nThe enemy struck the border communities 40 times. In "
            "Krasnopillia, a drone hit a farm building. In Velyka Pysarivka, mortar fire damaged "
            "two houses.",
            {
                ("Krasnopillia", "strike", "claimed", "Ukrainian side"),
                ("Velyka Pysarivka", "strike", "claimed", "Ukrainian side"),
            },
        ),
        (  # a delivery company's post about its own terminal
            "Nova Poshta: a drone hit our sorting terminal in Odesa at night. A worker was "
            "slightly injured.",
            {("Odesa", "strike", "claimed", "Nova Poshta")},
        ),
        (  # the grid operator's name alone, with a full stop, above its post
            "Ukrenergo.\n\nOvernight, drones again hit energy infrastructure in the Chernihiv "
            "region. In Nizhyn, a substation caught fire.",
            {("Nizhyn", "strike", "claimed", "Ukrenergo")},
        ),
    ],
)
def test_a_short_posts_opening_names_whose_word_it_is(extractor, text, expected):
    assert _events(extractor, text) == expected


def test_a_reporters_story_opening_with_the_enemy_quoted_stays_its_own(extractor):
    text = (
        "Residents call them 'the enemy's birds'. Our correspondent saw a drone hit a shop in "
        "Kherson on Monday, and a second one struck a bus in Bilozerka."
    )
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}
