"""Errors the lead and the errors36 set found, each read as a class (errors37): a victim told by
name and age with asides before the harm, a life story's town that is no scene, "all three" and
"both" downed as counts, and a morning statement's "over the past day" as its own day."""

from datetime import date

import pytest

from geo.extract.aged_victims import aged_victims
from geo.extract.dates import date_in
from geo.extract.front_day import front_day
from geo.extract.interception_figures import counts_around, every_downed
from geo.extract.life_story import life_story
from geo.extract.publication import Publication


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The school mourns our teacher Halyna Moroz, 52, a chemistry teacher, who was killed "
            "when a glide bomb hit her street.",
            ["killed"],
        ),
        ("Her neighbour Ivan, 70, who had come to help, was wounded.", ["injured"]),
        ("His deputy Olha Savchuk, 38, suffered a concussion and cuts.", ["injured"]),
        ("Petro Hnatiuk, aged 61, died in hospital on Monday.", ["killed"]),
        # no harm told, a tally of places, an official's aside
        ("He leaves his wife Iryna, 44, and their son Maksym, 12.", []),
        ("Kharkiv, 14, Sumy, 6, Poltava, 3: the night's count of drones.", []),
        ("Oleh Syniehubov, the governor, said two people were wounded.", []),
    ],
)
def test_a_victim_told_by_name_and_age(sentence, expected):
    assert aged_victims(sentence) == expected


def test_a_named_victim_with_asides_counts_in_the_toll(extractor):
    text = (
        "The council grieves for Andrii Koval, 41, a bus driver, who was killed when a drone "
        "struck his bus in Nikopol on 3 November.\n\n"
        "He was born in Marhanets and studied in Dnipro. His colleague Oksana Lytvyn, 35, who "
        "sat behind him, was wounded.\n"
    )
    records = extractor.extract(text, "t", date(2025, 11, 5))
    assert [(r["place"], r["fatalities"]) for r in records] == [("Nikopol", 1)], records


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She grew up in Chernihiv and moved to Kyiv in 2012.", True),
        ("Vasyl was born in Shostka.", True),
        ("He studied at the academy in Kharkiv.", True),
        ("A drone hit a house in Shostka.", False),
        ("Troops moved forward near Kupiansk.", False),
    ],
)
def test_a_life_story(sentence, expected):
    assert life_story(sentence) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (", and air defence shot down all four missiles over the city", (4, 4)),
        (", and all five were shot down by mobile fire groups", (5, 5)),
        ("All three Kalibr were knocked out over the", (3, 3)),
        ("both were downed near the", (None, 2)),
        ("Both drones were destroyed over the", (None, 2)),
        ("air defence shot down both drones and missiles over the", (None, None)),
        ("all four regions were warned", (None, None)),
    ],
)
def test_every_one_downed(text, expected):
    assert every_downed(text) == expected


def test_all_of_them_downed_after_the_place():
    sentence = "Four cruise missiles flew at the Rivne region, and all four were shot down."
    at = sentence.index("Rivne")
    assert counts_around(sentence[:at], sentence, sentence[at + 5 :], "") == (4, 4)


MORNING = Publication(date(2025, 10, 9), morning=True, clock=True)


@pytest.mark.parametrize(
    ("sentence", "front"),
    [
        ("Over the past day, 151 combat clashes were recorded.", True),
        ("Over the past day 48 assaults took place along the entire front line.", True),
        ("Over the past day our units repelled nine assaults near Orikhiv.", False),
        ("Over the past day the enemy shelled Nikopol 12 times.", False),
    ],
)
def test_a_morning_past_day_is_the_statements_own_unless_a_front_tally(sentence, front):
    assert front_day(sentence) is front
    when = date_in(sentence, MORNING)
    assert (when.day if when else None) == (None if front else date(2025, 10, 9))


def test_a_command_s_morning_update_dates_its_items_to_its_own_day(extractor):
    text = (
        "Operational update of the Eastern command, 12 October 2025, 07:30\n\n"
        "Over the past day our units repelled six enemy assaults near Siversk.\n\n"
        "The enemy struck Sloviansk with two guided bombs.\n"
    )
    records = extractor.extract(text, "t", date(2025, 10, 12))
    assert len(records) == 2, records
    assert {r["event_date"] for r in records} == {"2025-10-12"}, records


@pytest.mark.parametrize(
    ("sentence", "weapon", "category"),
    [
        (
            "A depot near Tokmak was hit with missiles of the Storm Shadow family.",
            "Storm Shadow",
            "cruise missile",
        ),
        ("Russia struck Sumy with drones of the Geran-2 type.", "Shahed", "drone"),
        ("Russia struck Sumy with Kalibr-class missiles.", "Kalibr", "cruise missile"),
    ],
)
def test_a_generic_word_of_a_systems_type_is_that_system(sentence, weapon, category):
    from geo.weapons import find_weapons

    first = find_weapons(sentence)[0]
    assert (first.weapon, first.category) == (weapon, category)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Governor Ivan Fedorov: the enemy launched nine attacks on Orikhiv over the past day. "
            "Two houses burned.",
            "strike",
        ),
        ("The General Staff said defenders repelled nine attacks near Orikhiv.", "fighting"),
    ],
)
def test_attacks_counted_on_a_town_are_its_shelling(extractor, text, etype):
    records = extractor.extract(text, "t", date(2025, 12, 2))
    assert [(r["place"], r["event_type"]) for r in records] == [("Orikhiv", etype)], records
