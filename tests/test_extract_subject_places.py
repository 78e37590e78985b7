"""Extraction: a town that is the subject of the sentence telling what befell it is where the
event happened, though no preposition or hit verb stands beside it (issue 16, "only mentioned"
with no cue): "Kramatorsk, an industrial city of 150,000, lost power after a missile strike",
"the Crimean Bridge, the only road link to the peninsula, was attacked". A town named in passing
by a sentence about something else stays a mention. And the place a struck part belongs to
("drones hit the crude distillation unit of the Tuapse refinery") is where the blow fell, however
many words name the part."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 2, 17)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (e["place"], e["event_type"], e["weapon_category"], e["event_date"])
        for e in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the town, an apposition, and what it lost
        (
            "Kramatorsk, an industrial city that had some 150,000 inhabitants before the war, "
            "lost power and water on Monday after a missile strike, the regional governor said.",
            ("Kramatorsk", "strike", "missile", "2026-02-16"),
        ),
        # a local channel: a short sentence of what the town lived through
        (
            "Nikopol spent Monday night under Russian shelling, two houses burned on the "
            "embankment.",
            ("Nikopol", "strike", "artillery", "2026-02-16"),
        ),
        # a long-form writer: a long apposition between the town and its verb
        (
            "Residents were still asleep when Kherson, the only regional capital that Russian "
            "troops ever managed to take in this war, was hit by a barrage of rockets.",
            ("Kherson", "strike", "rocket artillery", "2026-02-16"),
        ),
        # a war blog: the town's possessive before what of it was hit
        (
            "Kherson's riverside suburbs spent Sunday night under heavy Russian shelling.",
            ("Kherson", "strike", "artillery", "2026-02-15"),
        ),
        # a local channel's telegraphic line, no verb
        (
            "Chuhuiv again under drone attack on Monday, three people wounded at a bus stop.",
            ("Chuhuyiv", "strike", "drone", "2026-02-16"),
        ),
        # a briefing's question: the town the subject of a reported clause
        (
            "Russian war bloggers insist that Kurakhove was taken overnight.",
            ("Kurakhove", "fighting", None, "2026-02-17"),
        ),
        # a wire: the struck part of a bridge named in four words
        (
            "Two sea drones struck the eastern road span of the Crimean Bridge before dawn on "
            "Monday.",
            ("Crimean Bridge", "strike", "naval drone", "2026-02-16"),
        ),
        # a general staff's claim: a unit of a refinery
        (
            "The General Staff said its drones hit the crude distillation unit of the Tuapse "
            "refinery on Sunday night, starting a fire.",
            ("Tuapse", "strike", "drone", "2026-02-15"),
        ),
    ],
)
def test_a_place_with_no_cue_beside_it_is_the_event_place_by_its_grammar(extractor, text, expected):
    assert expected in _events(extractor, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a capital standing for its government, with an attack as its topic
        (
            "Kyiv has long argued that refineries are fair targets after a winter of strikes on "
            "its power grid.",
            "Kyiv",
        ),
        # a town that shelters those who fled the fighting elsewhere
        (
            "Lviv, far from the front, has become a refuge for families fleeing the fighting in "
            "the east.",
            "Lviv",
        ),
        # an official named after his region, speaking of downed drones
        (
            "The Bryansk governor said on Monday that all the drones had been shot down.",
            "Bryansk",
        ),
        # a town that took in those who fled the shelling of another
        (
            "Dnipro, the largest city behind that stretch of the front, has taken in tens of "
            "thousands of people who fled the shelling of Nikopol.",
            "Dnipro",
        ),
        # a town at peace while the attack fell on a town named beside it
        ("Odesa stayed calm during Monday's drone attack on Mykolaiv.", "Odesa"),
        # a capital reacting to an attack elsewhere: the attack is its verb's object
        ("Warsaw condemned the attack as a war crime on Tuesday.", "Warsaw"),
        ("Odesa welcomed the strikes on Crimean airfields with some relief.", "Odesa"),
        # a capital as the attacker
        ("Moscow attacked Kharkiv with 40 drones overnight, the governor said.", "Moscow"),
    ],
)
def test_a_town_named_in_passing_stays_a_mention(extractor, text, town):
    assert not any(place == town for place, _, _, _ in _events(extractor, text))


def test_a_struck_part_with_a_name_of_its_own_is_not_the_owner_s(extractor):
    text = "Drones hit the Unecha pumping station of the Druzhba pipeline on Sunday night."
    assert not any(place.startswith("Druzhba") for place, _, _, _ in _events(extractor, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a verb of saying with its "that" left out
        (
            "Evening wrap\n\nThe ministry claimed Robotyne had been captured on Monday.\n",
            "Robotyne",
        ),
        (
            "Digest\n\nMilitary bloggers wrote Synkivka was overrun after a week of assaults.\n",
            "Synkivka",
        ),
        # the claim's own word in quotes after the town and its apposition
        (
            "Brief\n\nMoscow announced that Andriivka, a hamlet west of Bakhmut, had been "
            '"liberated" by its airborne units.\n',
            "Andriivka",
        ),
    ],
)
def test_a_town_whose_capture_is_reported_is_where_the_fighting_was(extractor, text, town):
    events = extractor.extract(text, "t", DAY)
    assert [(e["place_mention"], e["event_type"]) for e in events] == [(town, "fighting")]
