"""Extraction, front-line movement (issue 16, class 1): the verb families of ground fighting
(holding off and beating back attacks, passive "were repelled", footholds and breaches, taking
and gaining ground, forces attacking near a place), and a sector of the front named after a town
("the Kupiansk direction"), which is not the town."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "The brigade held off six enemy assaults overnight.",
        "Paratroopers fought back two attacks at dawn.",
        "Defenders halted three Russian advances along the river.",
        "Five attacks by small infantry groups were repulsed on Monday.",
        "Marines expanded their bridgehead on the left bank.",
        "Enemy units infiltrated the northern outskirts.",
        "The defenders have since sealed the breach.",
        "The battalion gained 800 metres in a week.",
        "Moscow said its troops had taken Vuhledar.",
        "Assault groups broke through the first line of trenches.",
        "Russian units pushed into the neighbouring region.",
        "Ukrainian troops pushed the enemy back from the village.",
        "The paratroopers drove back an enemy attack before dawn.",
        # (issue recall24A: "close to" as "near")
        "The invaders attacked 6 times close to Petropavlivka and Pishchane.",
    ],
)
def test_verb_families_of_ground_fighting(sentence):
    assert "fighting" in [t for t, _ in triggers_in(sentence)]


def test_forces_attacking_near_a_place_fight_but_forces_attacking_a_target_strike():
    near = [t for t, _ in triggers_in("Russian forces attacked near the crossroads.")]
    assert near == ["fighting"]
    target = [t for t, _ in triggers_in("Ukrainian forces attacked an airfield with missiles.")]
    assert "fighting" not in target


def test_a_town_taken_or_its_part_seized_is_fighting_there(extractor):
    text = (
        "Kyiv, 2024-10-02\n"
        "Russian troops seized the southern part of Vuhledar on Tuesday, the General Staff said."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"]) == ("fighting", "Vuhledar")


def test_attacks_beaten_back_near_two_villages_are_fighting_at_both(extractor):
    text = (
        "Kyiv, 2024-10-02\n"
        "Ukrainian units beat back nine assaults near Kurakhove and Vuhledar on Tuesday."
    )
    events = extractor.extract(text, "t")
    assert sorted((e["event_type"], e["place"]) for e in events) == [
        ("fighting", "Kurakhove"),
        ("fighting", "Vuhledar"),
    ]


def test_a_sector_named_after_a_town_is_not_the_town(extractor):
    text = (
        "Kyiv, 2024-10-02\n"
        "In the Kupiansk direction, Russian forces attacked near Synkivka and Petropavlivka."
    )
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert "Kupiansk" not in places and "Kupyansk" not in places
    assert "Petropavlivka" in places


def test_fighting_off_attacks_is_one_phrase_not_fighting_and_a_strike():
    found = triggers_in("The brigade fought off 12 enemy attacks near the railway station.")
    assert [t for t, _ in found] == ["fighting"]
    assert found[0][1].group().startswith("fought off 12")


@pytest.mark.parametrize(
    "sentence",
    [
        "An armoured offensive began at dawn, with heavy shelling of Kupiansk.",
        "Troops crossed the river under cover of intense mortar and drone strikes on Kozacha Lopan.",
    ],
)
def test_fire_that_opens_or_covers_an_advance_is_no_strike_of_its_own(sentence):
    assert "strike" not in [t for t, _ in triggers_in(sentence)]


def test_shelling_without_an_advance_is_still_a_strike():
    assert [t for t, _ in triggers_in("Heavy shelling of Kupiansk went on all night.")] == [
        "strike"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Footage published on Sunday shows Russian soldiers in the centre of Toretsk.",
        "Video from Sunday shows Ukrainian troops in central Vovchansk.",
        "Russian infantry were filmed on Sunday in the eastern part of Chasiv Yar.",
        "On Sunday Ukrainian troops raised their flag in the central square of Kupiansk.",
        "Moscow said on Sunday that Vuhledar was back in its hands.",
        "Kyiv said on Sunday that Robotyne was firmly under Ukrainian control.",
        "Ukrainian units dug in around Vovchansk on Sunday.",
        "A renewed push towards Kurakhove stalled on Sunday.",
    ],
)
def test_troops_inside_a_place_or_holding_it_are_fighting_there(extractor, sentence):
    (event,) = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    assert event["event_type"] == "fighting"


@pytest.mark.parametrize(
    "sentence",
    [
        "Firefighters brought the blaze under control in Kharkiv on Sunday.",
        "Residents gathered in the centre of Lviv on Sunday to mourn the soldiers.",
    ],
)
def test_a_fire_under_control_or_a_crowd_in_a_square_is_no_fighting(extractor, sentence):
    assert all(e["event_type"] != "fighting" for e in extractor.extract(sentence, "t"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Our brigade held its ground near the crossroads all day.",
        "Marines are holding their positions on the island.",
        "Two enemy attempts to break in were halted at the bridge.",
        "Drone footage shows infantry clearing houses on the main street.",
    ],
)
def test_holding_ground_failed_attempts_and_clearing_are_fighting(sentence):
    assert "fighting" in [t for t, _ in triggers_in(sentence)]


def test_sectors_named_in_a_list_or_as_a_heading_are_not_the_towns(extractor):
    text = (
        "Morning update\n2 May 2025\n\n"
        "SUMY DIRECTION. The enemy attacked our positions four times.\n\n"
        "In the Chernihiv and Kharkiv directions no assault groups were seen.\n\n"
        "Russian troops attacked near Vovchansk twice."
    )
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Vovchansk"]


def test_attacks_on_a_front_are_fighting_at_the_places_of_the_front(extractor):
    text = (
        "Kyiv, 2025-05-04\n"
        "Heavy fighting west of Donetsk\n\n"
        "The General Staff counted 40 Russian attacks on the Kurakhove front on Sunday, most of "
        "them around Dachne and Ostrivske."
    )
    events = extractor.extract(text, "t")
    assert {(e["event_type"], e["place"]) for e in events} == {
        ("fighting", "Dachne"),
        ("fighting", "Ostrivske"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # control gained or lost over a place, with or without "full"; a unit credited with
        # "taking" it
        "The ministry said its troops had taken full control of Marinka on Monday.",
        "Russian units regained control of Krynky after a week of counter-attacks.",
        "Moscow credited its southern group with taking Vuhledar.",
    ],
)
def test_control_of_a_place_and_taking_it_are_fighting_there(extractor, sentence):
    events = extractor.extract("Kyiv, 2024-10-02\n" + sentence, "t")
    assert [e["event_type"] for e in events] == ["fighting"]
    assert events[0]["place_mention"] in ("Marinka", "Krynky", "Vuhledar")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # holding a place now, not taking it: "now fully control X"
        (
            "The ministry claimed its units now fully control Toretsk after weeks of fighting.",
            "Toretsk",
        ),
        # a fight named after the place it is for
        ("Commanders call the battle for Pokrovsk the fiercest of the autumn.", "Pokrovsk"),
        # troops seen on (not in) a part of the place; a compound direction
        ("Drone video shows Russian infantry on the north-western edge of Kupiansk.", "Kupiansk"),
        # the verb in quotes, as a side's statement is often quoted
        ('Moscow said its assault units had "entered the southern part" of Vuhledar.', "Vuhledar"),
    ],
)
def test_holding_a_place_a_fight_for_it_and_troops_on_its_edge_are_fighting_there(
    extractor, sentence, place
):
    events = extractor.extract("Kyiv, 2025-11-03\n" + sentence, "t")
    assert [e["event_type"] for e in events] == ["fighting"]
    assert events[0]["place_mention"].endswith(place)


def test_control_of_something_that_is_no_place_is_no_fighting():
    sentence = "Fund managers now fully control the board of the company."
    assert "fighting" not in [t for t, _ in triggers_in(sentence)]


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Front note, 8 October 2025\n\nUkrainian units drove Russian troops out of "
            "Bilohorivka on Monday, the brigade said.",
            "Bilohorivka",
        ),
        (
            "Front note, 8 October 2025\n\nMarines cleared enemy infantry from Krynky, according "
            "to geolocated footage.",
            "Krynky",
        ),
        (
            "KHARKIV, Oct 8 (Wire) - The garrison has expelled Russian forces from the outskirts "
            "of Vovchansk, its commander said.",
            "Vovchansk",
        ),
    ],
)
def test_troops_driven_out_of_a_place_were_fought_there(extractor, text, place):
    records = extractor.extract(text, "t")
    assert [(r["event_type"], r["place"]) for r in records] == [("fighting", place)]


def test_a_launch_from_a_place_is_still_no_fighting_there(extractor):
    text = "Report, 2025-10-08\nDrones launched from the Kursk region hit Sumy overnight."
    assert [(r["event_type"], r["place"]) for r in extractor.extract(text, "t")] == [
        ("strike", "Sumy")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Siversk sector: the enemy attacked nine times near Bilohorivka and Verkhnokamianske.",
        "The invaders attacked twice around Chasiv Yar on Tuesday, the brigade said.",
        "Opposing forces attacked 6 times towards Kupiansk overnight.",
    ],
)
def test_attacking_a_number_of_times_near_a_place_is_ground_fighting(sentence):
    assert [t for t, _ in triggers_in(sentence)] == ["fighting"]


def test_attacking_a_city_a_number_of_times_is_a_strike():
    types = [t for t, _ in triggers_in("Drones attacked Odesa three times overnight.")]
    assert types == ["strike"]
