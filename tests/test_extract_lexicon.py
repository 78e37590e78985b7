"""Extraction, event words: types, intentions and plans, which word and weapon go with a place."""

from __future__ import annotations

import pytest

from geo import weapons as wv
from geo.extract import Extractor
from geo.extract.event_type import type_for
from geo.extract.lexicon import triggers_in
from geo.extract.weapon_words import weapon_for


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv, 2025-03-01\nMinisters will meet in Warsaw next week. Russia wants to capture Kupiansk.",
        # a day after the publication, told without its year and in the present: still to come
        "Kyiv, 2025-09-10\nEU defence ministers meet in Brussels on 20 September to talk air defence.",
        "Kyiv, 2025-09-10\nReminder: the staff meeting in the Lviv office moves to Monday 15 September.",
    ],
)
def test_future_meetings_and_intentions_are_not_events(extractor, text):
    assert extractor.extract(text, "t") == []


def test_a_meeting_on_a_day_before_the_publication_stays(extractor):
    text = "Kyiv, 2025-09-10\nEU defence ministers met in Brussels on 8 September."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Brussels"]


def test_event_words_in_order_without_intentions():
    found = triggers_in(
        "Russia plans to attack the bridge; drones struck a depot and were shot down."
    )
    assert [t for t, _ in found] == ["strike", "interception"]
    assert triggers_in("The combat drones were new.") == []


def test_each_place_takes_the_word_and_weapon_of_its_clause():
    text = "A Shahed hit Sumy, and artillery shelled Kupiansk."
    triggers, weapons = triggers_in(text), wv.find_weapons(text)
    sumy, kupiansk = text.index("Sumy"), text.index("Kupiansk")
    assert type_for(triggers, sumy) == type_for(triggers, kupiansk, sumy + 4) == "strike"
    assert weapon_for(weapons, sumy) == ("Shahed", "drone")
    assert weapon_for(weapons, kupiansk, sumy + 4) == (None, "artillery")


def test_front_line_movement_is_fighting(extractor):
    text = (
        "Kyiv, 2025-03-08\n"
        "Russian troops liberated the village of Bohdanivka, the ministry said. "
        "Ukrainian units repelled six assaults near Pokrovsk and pushed back Russian forces near "
        "Toretsk. Air defence repelled a drone attack on Odesa."
    )
    kinds = {e["place"]: (e["event_type"], e["actor"]) for e in extractor.extract(text, "t")}
    assert kinds == {
        "Bohdanivka": ("fighting", "Russia"),
        "Pokrovsk": ("fighting", "Ukraine"),
        "Toretsk": ("fighting", "Ukraine"),
        "Odesa": ("interception", None),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tuapse, three uncrewed boats heading for the harbour were destroyed on approach on "
        "Sunday, the mayor said.",
        "On Sunday an attack of uncrewed boats on the port of Tuapse was repelled.",
    ],
)
def test_sea_drones_stopped_short_of_a_port_are_an_interception(extractor, sentence):
    events = extractor.extract("Kyiv, 2025-03-10\n" + sentence, "t")
    assert [(e["place"], e["event_type"]) for e in events] == [("Tuapse", "interception")]


def test_a_word_inside_a_longer_event_phrase_is_not_counted_twice():
    found = triggers_in("Ukrainian units repelled 9 Russian attacks near the village.")
    assert [t for t, _ in found] == ["fighting"]


def test_aircraft_beside_another_weapon_are_its_carrier_or_its_target():
    text = "Drones damaged two Tu-22M3 bombers at an airfield near Engels."
    assert weapon_for(wv.find_weapons(text), text.index("Engels")) == (None, "drone")
    alone = "A Su-34 hit a bridge near Kupiansk."
    assert weapon_for(wv.find_weapons(alone), alone.index("Kupiansk"))[1] == "aircraft"


def test_a_missile_that_tore_through_a_block_is_a_strike():
    from geo.extract.lexicon import triggers_in

    found = triggers_in("A missile tore through a nine-storey block in the afternoon.")
    assert [(t, m.group()) for t, m in found] == [("strike", "tore through")]


def test_a_second_place_with_no_weapon_of_its_own_takes_the_sentences_strike_weapon(geocoder):
    from geo.extract import Extractor

    text = (
        "Kyiv, 2025-03-01\n"
        "Glide bombs fell on Orikhiv in Zaporizhzhia oblast and on Siversk in Donetsk oblast."
    )
    events = Extractor(geocoder).extract(text, "t")
    assert [e["weapon_category"] for e in events] == ["glide bomb", "glide bomb"]


def test_may_the_month_is_no_intention():
    # "On 2 May our" is a date, not "may" the modal before the event word
    found = triggers_in("On 2 May our troops captured the hill; Russia may attack again.")
    assert [m.group() for _, m in found] == ["captured"]


def test_setting_a_building_on_fire_is_a_strike(extractor):
    assert [t for t, _ in triggers_in("A drone set an old barn on fire.")] == ["strike"]
    text = "Sumy, 2025-06-03\nOvernight a drone set a shop ablaze in Romny.\n"
    assert [(r["event_type"], r["place"]) for r in extractor.extract(text, "t")] == [
        ("strike", "Romny")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "There were nine attacks near Toretsk overnight.",
        "Bloggers wrote that the village was captured on Sunday.",
        "Our units hold positions on the edge of the town.",
    ],
)
def test_counted_attacks_a_place_taken_and_held_positions_are_fighting(sentence):
    assert [t for t, _ in triggers_in(sentence)] == ["fighting"]


def test_taken_to_hospital_and_drone_attacks_are_no_fighting():
    assert triggers_in("A boy was taken to hospital.") == []
    assert [t for t, _ in triggers_in("Three drone attacks on Sumy.")] == ["strike"]


def test_an_air_raid_alarm_is_a_warning_not_a_raid():
    assert triggers_in("Air raid alarms sounded at two plants this week.") == []
    assert [t for t, _ in triggers_in("A night raid hit the port.")][:1] == ["strike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither side reported any naval attack on the port that week.",
        "No drone attack was recorded in the city on Monday.",
        "The army did not report any strikes on the bridge.",
    ],
)
def test_an_event_word_said_not_to_have_happened_is_none(sentence):
    assert triggers_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A guided bomb fell on the yard of a school in Kupiansk.", "strike"),
        ("Two rockets landed on a market in Nikopol at noon.", "strike"),
        ("A quadcopter let fall a grenade onto a tractor near Vovchansk.", "strike"),
        ("Assault units pressed on with attacks on the outskirts of Toretsk.", "fighting"),
    ],
)
def test_weapons_that_fell_or_landed_and_attacks_pressed_on_with(extractor, sentence, kind):
    events = extractor.extract("Kyiv, 2025-03-06\n" + sentence, "t")
    assert [e["event_type"] for e in events] == [kind]


def test_prices_that_fell_and_air_attacks_pressed_on_with_are_no_such_events():
    assert triggers_in("Prices fell on the exchange in Moscow.") == []
    kinds = [t for t, _ in triggers_in("Russia pressed on with air attacks on the grid.")]
    assert "fighting" not in kinds


def test_debris_of_a_drone_that_fell_on_a_town_stays_an_interception(extractor):
    text = "Kyiv, 2025-03-06\nDrone debris fell on a garage in Shostka late on Friday."
    assert [e["event_type"] for e in extractor.extract(text, "t")] == ["interception"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A KAB levels a two-storey house in Kupiansk; its owner survives.", "strike"),
        ("Two Iskanders flattened three barns on the edge of Vovchansk.", "strike"),
        ("Overnight a drone damages a power substation near Sumy.", "strike"),
        ("Artillery pounds the outskirts of Nikopol at dawn.", "strike"),
        ("A Shahed slams into an apartment block in Odesa.", "strike"),
        ("Air defence downs 14 of 20 drones over the Odesa region.", "interception"),
    ],
)
def test_a_timeline_in_the_present_tense_tells_events(sentence, kind):
    assert [t for t, _ in triggers_in(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Radiation levels near Enerhodar stay normal.",
        "The ups and downs of the season in Kharkiv.",
        "The contractor pays damages to the city of Poltava.",
    ],
)
def test_present_tense_words_that_are_nouns_are_no_events(sentence):
    assert triggers_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our teams in Lviv and Rivne coordinate the field visits.",
        "Nurses from Poltava make home visits to older patients every week.",
        "The monitors' site visits to Mykolaiv are organised from Odesa.",
    ],
)
def test_visits_that_are_a_kind_of_work_are_no_meeting(sentence):
    assert "meeting" not in [t for t, _ in triggers_in(sentence)]


def test_a_visit_by_a_leader_is_still_a_meeting():
    types = [t for t, _ in triggers_in("The chancellor visited Kyiv on Tuesday.")]
    assert types == ["meeting"]


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Shortly before dawn Ukrainian drones reached Kursk, and a fire broke out.",
            "Kursk",
            "drone",
        ),
        ("Long-range drones again reached Novoshakhtinsk overnight.", "Novoshakhtinsk", "drone"),
        ("Two missiles reached Lviv despite the air defence.", "Lviv", "missile"),
    ],
)
def test_weapons_that_reached_a_place_struck_it(extractor, text, place, kind):
    events = extractor.extract(f"Kyiv, 2025-03-06\n{text}\n", "t")
    assert [(e["event_type"], e["place"], e["weapon_category"]) for e in events] == [
        ("strike", place, kind)
    ]


def test_drones_that_never_reached_a_place_did_not_strike_it():
    assert triggers_in("The drones never reached Kyiv.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our drone crew burned a Russian supply truck near Vovchansk on Monday.",
        "An FPV drone burned two armoured vehicles outside Toretsk.",
        "Gunners torched an ammunition dump near Robotyne.",
    ],
)
def test_a_unit_that_burned_a_vehicle_or_a_depot_struck_it(extractor, text):
    events = extractor.extract(f"Kyiv, 2025-03-06\n{text}\n", "t")
    assert [e["event_type"] for e in events] == ["strike"]


def test_partisans_who_burned_a_cabinet_are_still_sabotage():
    types = [t for t, _ in triggers_in("Partisans burned a relay cabinet near Melitopol.")]
    assert types == ["other"]
