"""Extraction, casualty figures told as people listed and summed ("two teenagers and their
mother", "three men and a woman", "a man, his wife and their son"), a victim told by name
("Mykola Hrytsenko, a crane driver at the port, was killed"), "one killed and another injured",
and more ways of saying nobody was hurt ("not a single resident was hurt", "none were injured",
"no civilian casualties", "no one is believed to have been hurt", "everyone escaped unharmed",
"no loss of life"). Sentences in our own words, in a wire's, a regional governor's (translated)
and a monitoring mission's styles; the figures that stay off beside them."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.casualties import casualty_figures


def _pair(sentence: str) -> tuple[int | None, int | None]:
    f = casualty_figures(sentence)
    return f.get("killed"), f.get("injured")


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # wire
        ("A drone struck a car near Kherson, killing two teenagers and their mother.", (3, None)),
        ("Three men and a woman died when the missile hit the market, police said.", (4, None)),
        ("Two boys and their grandfather were wounded by shrapnel in Nikopol.", (None, 3)),
        # governor's post, translated
        ("A man, his wife and their son were injured; they are in hospital.", (None, 3)),
        ("Two women and a child were hospitalised with shrapnel wounds.", (None, 3)),
        # monitoring mission
        ("Four civilians and a volunteer were killed when the shell landed.", (5, None)),
        # not summed: a count of the people and who is among them
        ("Five people, a woman and her son among them, were injured.", (None, 5)),
        ("Four people were injured, a woman and her son among them.", (None, 4)),
    ],
)
def test_people_listed_are_summed(sentence, figures):
    assert _pair(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # obituary, wire
        ("Mykola Hrytsenko, a crane driver at the port, was killed.", (1, None)),
        ("Olena Savchuk, 41, died at the scene, the police said.", (1, None)),
        ("Taras Lytvyn, who ran the village shop, was wounded in the leg.", (None, 1)),
        # governor's post
        ("One person was killed and another injured in the shelling.", (1, 1)),
        ("One man died and another was wounded.", (1, 1)),
        # no victim: a speaker named with his office, a place, a street
        (
            "Ivan Fedorov, the head of the regional administration, said the attack was repelled.",
            (None, None),
        ),
        ("Serhii Lysak, the governor, said two people were injured.", (None, 2)),
    ],
)
def test_one_victim_told_otherwise(sentence, figures):
    assert _pair(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # governor's post, translated
        ("Not a single person was hurt.", (0, 0)),
        ("Not one resident was injured, the head of the community said.", (0, 0)),
        ("None were injured, according to preliminary data.", (0, 0)),
        ("Nobody suffered, the head of the community said.", (0, 0)),
        ("People did not suffer.", (0, 0)),
        ("Casualties were avoided.", (0, 0)),
        ("No injured.", (0, 0)),
        # wire
        ("There were no civilian casualties, the regional governor said.", (0, 0)),
        ("The strike caused no human casualties.", (0, 0)),
        ("No one is believed to have been hurt in the blast.", (0, 0)),
        ("Nobody appears to have been injured.", (0, 0)),
        ("Everyone inside escaped unharmed, the rescue service said.", (0, 0)),
        ("All the workers on shift were unhurt.", (0, 0)),
        # mission: the dead alone
        ("No loss of life was reported at the scene, the mission noted.", (0, None)),
        ("Six people were wounded but there was no loss of life.", (0, 6)),
        # not a zero: nothing said of the harmed, or a count
        ("Not a single drone reached the city.", (None, None)),
        ("Not one of the missiles was shot down, and two people were killed.", (2, None)),
        ("There were no serious injuries among the four people hurt.", (None, 4)),
    ],
)
def test_nobody_harmed_said_otherwise(sentence, figures):
    assert _pair(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # wire
        (
            "Doctors are treating eight people, two of them in a serious condition, he added.",
            (None, 8),
        ),
        # governor's post, translated
        ("The regional hospital is treating five residents of the village.", (None, 5)),
        # mission
        ("Medics were treating three civilians at the scene.", (None, 3)),
        # not the hurt of an attack: a clinic's patients, no count
        ("Doctors at the clinic are treating 40 patients a day.", (None, None)),
        ("Doctors are treating the wounded in the basement.", (None, None)),
    ],
)
def test_hurt_counted_by_their_care(sentence, figures):
    assert _pair(sentence) == figures


def _records(extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (e["place_mention"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "figures-counted", date(2025, 6, 3))
    ]


def test_care_told_in_a_paragraph_of_its_own(extractor):
    text = (
        "KHARKIV, June 3 (Wire) - A Russian missile struck an apartment block in Kharkiv on "
        "Monday morning, the regional governor said.\n\n"
        "The blast tore through the upper floors and set several flats on fire, he said.\n\n"
        "Doctors are treating eight people, two of them in a serious condition, he added.\n"
    )
    assert [(f, i) for _, f, i in _records(extractor, text)] == [(None, 8)]


def test_a_village_where_not_a_single_person_was_hurt(extractor):
    text = (
        "In the afternoon the occupiers shelled Bilozerka with artillery. A shop and three "
        "private houses were damaged. Fortunately, not a single resident was hurt.\n"
    )
    assert [(f, i) for _, f, i in _records(extractor, text)] == [(0, 0)]


def test_a_victim_told_by_name(extractor):
    text = (
        "Halyna Bondar, a nurse who had stayed on at the district hospital, was killed on "
        "Saturday when a Russian glide bomb hit a street in Kostiantynivka, police said.\n"
    )
    assert [(f, i) for _, f, i in _records(extractor, text)] == [(1, None)]
