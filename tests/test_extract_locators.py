"""Extraction, one event one record (issue 16, class 6): a place named with where it lies ("X in
the Y region") is one event at X; and hand-made villages (data/aliases.csv) count as places."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "where",
    [
        "Shebekino in the Belgorod region",
        "Shebekino, in the Belgorod region",
        "Shebekino in Russia",
    ],
)
def test_a_place_with_its_locator_is_one_event_at_the_place(extractor, where):
    text = f"Kyiv, 2025-03-02\nA drone struck a depot near {where} on Sunday, officials said."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Shebekino"]


def test_two_places_joined_by_and_stay_two_events(extractor):
    text = "Kyiv, 2025-03-02\nShelling on Sunday killed two people in Kherson and one in Nikopol."
    assert sorted(e["place"] for e in extractor.extract(text, "t")) == ["Kherson", "Nikopol"]


def test_a_hand_made_village_is_a_place(extractor):
    text = "Kyiv, 2025-03-02\nUkrainian troops repelled an assault near Robotyne on Sunday."
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"]) == ("fighting", "Robotyne")
    assert abs(event["lat"] - 47.44) < 0.05


def test_a_place_then_near_a_city_is_one_event_at_the_place(extractor):
    text = "Kyiv, 2025-03-02\nDrones struck the airfield at Engels, near Saratov, on Sunday night."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Engels"]


def test_two_close_places_of_one_sentence_are_two_events(extractor):
    text = (
        "Kyiv, 2025-03-02\n"
        "Russian assaults on Chasiv Yar, a town on a canal, and near Bakhmut were repelled on Sunday."
    )
    assert sorted(e["place"] for e in extractor.extract(text, "t")) == ["Bakhmut", "Chasiv Yar"]


def test_a_shell_is_artillery(extractor):
    text = "Kyiv, 2025-03-02\nA shell struck a barn in Nikopol on Sunday."
    (event,) = extractor.extract(text, "t")
    assert event["weapon_category"] == "artillery"


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Russian troops entered Lyptsi near Kharkiv on Sunday.", ["Lyptsi"]),
        ("Missiles hit the Saky airfield near Yevpatoria on Sunday.", ["Saky Air Base"]),
        ("Drones struck the Engels air base near Saratov on Sunday.", ["Engels Air Base"]),
        (
            "Russian troops took Lyptsi and Zzyzxivka near Vovchansk on Sunday.",
            ["Lyptsi"],
        ),
        (
            "Fighting raged on Sunday near Robotyne and Verbove, 5 km from the front and "
            "about 10 km south of Orikhiv.",
            ["Robotyne", "Verbove"],
        ),
        # A town's own region after a comma locates it.
        ("A drone hit a depot in Nova Kakhovka, Kherson Oblast, on Sunday.", ["Nova Kakhovka"]),
        # Places each with their own "near", or after a region, stay event places; a region in
        # the middle of a list does not end it.
        (
            "Missiles hit Kharkiv, the Sumy region and Odesa on Sunday.",
            ["Kharkiv", "Sumy", "Odesa"],
        ),
        ("Troops repelled attacks near Kupiansk and near Lyman on Sunday.", ["Kupyansk", "Lyman"]),
        ("In the Donetsk region near Pokrovsk, troops repelled attacks on Sunday.", ["Pokrovsk"]),
        (
            "A drone hit Bilozerka on Sunday, and shells fell 10 km north of Kherson.",
            ["Bilozerka", "Kherson"],
        ),
    ],
)
def test_a_town_named_right_after_the_event_place_by_near_or_a_distance_only_locates_it(
    extractor, sentence, places
):
    events = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    assert [e["place"] for e in events] == places


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Russian troops pushed into the east of Novoselydivka (southeast of Pokrovsk) on Sunday.",
            ["Novoselydivka"],
        ),
        ("A drone hit a farm in Hrabovske (north-east of Sumy) overnight.", ["Hrabovske"]),
        ("Shells fell on Bilozerka (12 km west of Kherson) on Sunday.", ["Bilozerka"]),
        # the bracket's own event stays: a second strike told inside it
        (
            "A drone hit Bilozerka (shells also fell on Kherson) on Sunday.",
            ["Bilozerka", "Kherson"],
        ),
    ],
)
def test_a_direction_in_brackets_after_a_place_only_locates_it(extractor, sentence, places):
    events = extractor.extract("Kyiv, 2024-11-18\n" + sentence, "t")
    assert [e["place"] for e in events] == places


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "Ukrainian troops mounted small attacks across the border into the Belgorod region.",
            "fighting",
        ),
        ("Russian units mounted fresh assaults near Pokrovsk on Sunday.", "fighting"),
        ("Russia mounted a large drone attack on Odesa on Sunday.", "strike"),
    ],
)
def test_troops_mounting_attacks_is_fighting_a_drone_attack_mounted_is_a_strike(
    extractor, sentence, etype
):
    events = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    assert [e["event_type"] for e in events] == [etype]


def test_a_district_with_no_city_named_is_in_the_city_of_the_dateline(extractor):
    text = (
        "Lanterns in the cellar: a choir keeps singing\n\n"
        "By our music correspondent | Odesa, Monday 3 March 2025\n\n"
        "The choir rehearses twice a week. Late on Saturday a drone hit a warehouse in the "
        "Peresypskyi district, the regional governor said.\n"
    )
    events = extractor.extract(text, "t", date(2025, 3, 3))
    assert [(e["event_type"], e["place"], e["weapon_category"]) for e in events] == [
        ("strike", "Odesa", "drone")
    ]


def test_two_districts_of_the_dateline_city_are_two_strikes_there(extractor):
    text = (
        "Mykolaiv, 12 May 2025\n\n"
        "The night was loud. On Friday a missile struck a school in the Inhulskyi district. "
        "On Sunday, artillery shells damaged a shop in the Zavodskyi district.\n"
    )
    events = extractor.extract(text, "t", date(2025, 5, 12))
    assert sorted((e["place"], e["weapon_category"]) for e in events) == [
        ("Mykolayiv", "artillery"),
        ("Mykolayiv", "missile"),
    ]


def test_a_district_in_a_report_without_a_dateline_city_has_no_place(extractor):
    # "Zavodskyi": a district of Mykolaiv, Dnipro's Kamianske, Zaporizhzhia ... (places35)
    text = "Weekly notes, 12 May 2025\n\nA missile struck a school in the Zavodskyi district.\n"
    assert extractor.extract(text, "t", date(2025, 5, 12)) == []


def test_a_district_of_one_city_only_names_its_city(extractor):
    # the codifier's districts are names of their city (places35): Inhulskyi is Mykolaiv's
    text = "Weekly notes, 12 May 2025\n\nA missile struck a school in the Inhulskyi district.\n"
    assert [e["place"] for e in extractor.extract(text, "t", date(2025, 5, 12))] == ["Mykolayiv"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Diary\n\n5 May – Kupiansk shelled twice; a woman hurt.\n", "Kupiansk"),
        ("Notes\n\nKramatorsk hit by two glide bombs overnight, the mayor says.\n", "Kramatorsk"),
        ("Brief\n\nMonday: Krasnopillia bombed again, no casualties.\n", "Krasnopillia"),
    ],
)
def test_a_place_with_a_bare_participle_after_it_was_hit(extractor, text, place):
    events = extractor.extract(text, "t", date(2025, 5, 6))
    assert [(e["event_type"], e["place_mention"]) for e in events] == [("strike", place)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Log\n\nKupiansk and Izium shelled again overnight, one man wounded.\n",
            {"Kupiansk", "Izium"},
        ),
        (
            "Log\n\nNikopol, Marhanets and Pokrov shelled, no casualties.\n",
            {"Nikopol", "Marhanets", "Pokrov"},
        ),
    ],
)
def test_towns_listed_before_a_bare_participle_were_each_hit(extractor, text, places):
    """(issue recall24A: the list's first towns took the role of the first, which had none)"""
    events = extractor.extract(text, "t", date(2025, 5, 6))
    assert {(e["event_type"], e["place_mention"]) for e in events} == {
        ("strike", p) for p in places
    }


def test_towns_that_struck_a_deal_are_no_targets(extractor):
    text = "Notes\n\nKharkiv and Poltava struck a deal on power supplies.\n"
    assert extractor.extract(text, "t", date(2025, 5, 6)) == []


def test_a_place_that_struck_a_deal_is_no_target(extractor):
    text = "Notes\n\nOdesa struck a deal with a shipping firm on Monday.\n"
    assert extractor.extract(text, "t", date(2025, 5, 6)) == []


@pytest.mark.parametrize(
    "where",
    [
        "near Seversk, Donetsk People's Republic,",
        "near Seversk, DPR,",
        "in Lisichansk, Lugansk People's Republic,",
    ],
)
def test_a_town_then_its_peoples_republic_is_one_event_at_the_town(extractor, where):
    # the "republic" a Russian statement names after a town is its region, as "Donetsk region"
    text = f"Moscow, 2025-03-02\nGunners hit an ammunition depot {where} the ministry said."
    places = [e["place"] for e in extractor.extract(text, "t")]
    assert len(places) == 1 and places[0] in ("Siversk", "Lysychansk")


@pytest.mark.parametrize(
    ("where", "town"),
    [
        ("in the Kamensk-Shakhtinsky district", "Kamensk-Shakhtinsky"),
        ("in the Bilhorod-Dnistrovskyi district", "Bilhorod-Dnistrovskyi"),
    ],
)
def test_a_hyphenated_towns_district_is_the_town(extractor, where, town):
    # a hyphenated town's name ending like an adjective ("-sky", "-skyi") names its own district,
    # not a city's district named by an adjective ("the Kyivskyi district" of Kharkiv)
    text = f"Kyiv, 2025-03-02\nA drone hit a fuel depot {where} on Sunday, officials said."
    assert [e["place"] for e in extractor.extract(text, "t")] == [town]
