"""Extraction, an event told in the sentence after its place: the town named before and told of
again as "there", "the village" or a hit on "it"; a heading's town named again under it only as
the seat of the one who speaks."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, body: str) -> dict[str, str]:
    text = "Report, 2025-06-10\n\n" + body
    return {e["place_mention"]: e["event_type"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # feature story: a building of the town, then "it" hit
        (
            "The poet grew up in Izium and often wrote about its old library. "
            "A glide bomb destroyed it last week.",
            {"Izium": "strike"},
        ),
        # navy spokesman: drones heading for a port, then downed "there"
        (
            "According to the navy, a third wave of sea drones headed for Feodosia. "
            "The Russian ministry claimed its ships destroyed four of them there.",
            {"Feodosia": "interception"},
        ),
        # reporter's notebook: "there" after the town
        (
            "Our team reached Bilozerka shortly after noon. "
            "An hour later a mortar round landed there, wounding a volunteer.",
            {"Bilozerka": "strike"},
        ),
    ],
)
def test_a_town_told_back_in_the_next_sentence(extractor, body, expected):
    assert _kinds(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an aid agency's update: the town, then "an attack ... killed" (the noun and its toll)
        "People in Mykolaiv city keep sheltering in basements. On 3 May, an attack on a "
        "housing estate in the Inhulskyi district killed three civilians and injured eight.",
        # the toll alone after the noun, in a wire story
        "Residents of Kostiantynivka woke to sirens. A morning attack on the market left two "
        "people dead.",
    ],
)
def test_an_attack_noun_with_its_toll_after_the_town_is_news_there(extractor, body):
    assert set(_kinds(extractor, body).values()) == {"strike"}


def test_an_attack_noun_without_a_toll_after_the_town_stays_no_event(extractor):
    body = "Pavlohrad's mayor opened a new shelter. It has nothing to do with the bridge attack."
    assert _kinds(extractor, body) == {}


def test_there_is_the_town_where_something_goes_on_not_a_road_s_end(extractor):
    body = (
        "North of the city, around Hryhorivka, Russian units are trying to cut the road to "
        "Siversk. A brigade commander said his men beat off four assaults there on Friday."
    )
    assert _kinds(extractor, body) == {"around Hryhorivka": "fighting"}


def test_an_example_after_background_is_not_told_back(extractor):
    body = (
        "Marhanets has been under almost daily shelling since the spring. "
        "Two weeks ago a drone strike on a bus there killed a driver."
    )
    assert _kinds(extractor, body) == {}


def test_a_retractions_town_is_still_the_one_told_back(extractor):
    body = (
        "11:05 CORRECTION - Earlier we wrote that a missile hit Lubny. The regional governor "
        "has since said debris of a downed drone fell on the town's outskirts."
    )
    assert _kinds(extractor, body) == {"Lubny": "interception"}


@pytest.mark.parametrize(
    "body",
    [
        "There were no reports of damage. Our team reached Bilozerka shortly after noon.",
        # an existential "there" after the town is no place: "There were ..." (no event word)
        "Our team reached Bilozerka shortly after noon. There were long queues for water.",
        # (nor does it place an event word at the town: "there were explosions" far off)
        "Our team reached Bilozerka at noon. There were explosions far to the south all night.",
        # "it" hit in a sentence after a town, but "it" is no building there: an event word
        # without one of the hit verbs is left alone
        "The novelist grew up in Izium. Her new book says little about it.",
    ],
)
def test_no_event_is_told_back_without_a_word_that_points_back(extractor, body):
    assert _kinds(extractor, body) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an analyst's numbered section
        (
            "2.3 Mykolaiv.\nOn 4 May the governor of Mykolaiv said air defence had repelled a "
            "drone attack overnight.",
            {"Mykolaiv": "interception"},
        ),
        # a digest's heading line over a city council's statement
        (
            "Poltava\nThe Poltava city council said a drone struck a bus depot before dawn.",
            {"Poltava": "strike"},
        ),
        # a channel's pictograph heading
        (
            "🔹 Sumy:\nThe mayor of Sumy reported that shelling damaged a school.",
            {"Sumy": "strike"},
        ),
    ],
)
def test_a_headings_town_named_again_as_a_speakers_seat(extractor, body, expected):
    assert _kinds(extractor, body) == expected


def test_under_a_heading_another_town_hit_is_that_towns(extractor):
    body = "Poltava\nThe governor of Poltava said a drone struck a depot in Kremenchuk."
    assert _kinds(extractor, body) == {"Kremenchuk": "strike"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # feature: the town named as where people woke, the hit in the next sentence
        (
            "People in Pavlohrad were woken by sirens shortly after two. "
            "A ballistic missile struck a depot near the station, killing one worker.",
            {"Pavlohrad": "strike"},
        ),
        # reporter's notebook: where the team spent the night, then what landed
        (
            "We stayed the night in Nikopol with a family of teachers. "
            "Before dawn artillery shells hit the street behind their house.",
            {"Nikopol": "strike"},
        ),
        # governor's post: a town as the topic, the downing after it
        (
            "Kupiansk was quiet until midnight. "
            "Then air defence shot down two drones approaching the rail yard.",
            {"Kupiansk": "interception"},
        ),
    ],
)
def test_an_event_told_right_after_the_sentence_that_names_its_town(extractor, body, expected):
    assert _kinds(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an attack named by its noun only: no news of a hit
        "The choir of Uzhhorod sang in the cathedral. It had nothing to do with the attack.",
        # an earlier event
        "Engineers returned to Slavutych this week. "
        "They are still assessing damage caused by a drone earlier this year.",
        # another sentence in between
        "Children in Lutsk went back to school. Teachers were relieved. "
        "A drone hit a warehouse, killing one.",
    ],
)
def test_no_event_for_a_town_named_before_news_that_is_not_its(extractor, body):
    assert "Uzhhorod" not in _kinds(extractor, body)
    assert "Slavutych" not in _kinds(extractor, body)
    assert "Lutsk" not in _kinds(extractor, body)


def test_a_titles_town_is_the_place_of_the_bodys_placeless_event(extractor):
    # local news: the title names the town and the event; the body tells it without the town
    text = (
        "Lutsk wakes to explosions\n\nPublished 3 May 2025, 08:40\n\n"
        "Sirens went off at 01:50. Soon after, residents heard two loud blasts.\n\n"
        "A furniture workshop caught fire on the edge of the city, the council said."
    )
    records = extractor.extract(text, "t")
    assert [(r["place"], r["event_type"]) for r in records] == [("Lutsk", "strike")]
