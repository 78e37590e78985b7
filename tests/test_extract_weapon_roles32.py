"""Extraction: the weapon category of an event when the report names other arms beside it
(issue 16, the check sets' largest blind class: a record near the gold event with another
category). An air defence system or a warplane told as what brought weapons down is the
interceptor, not the weapon ("Patriot crews intercepted both Iskander-M ballistic missiles");
a generic word and the system it came from are one weapon ("rockets of the Vampire system"), so
two kinds downed in one sentence are two interceptions; a downing that names its systems with a
slash or several words ("destroyed 81 Kh-101/Kh-555 and Kalibr cruise missiles over ...") is an
interception; a weapon told at another place is no weapon of the event before it ("X was
shelled. Rocket launchers were used against Y": X's shelling stays artillery). Examples are ours
(realstyle-heldout-weapon32)."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records: list[dict], place: str, etype: str) -> set[str | None]:
    return {
        r["weapon_category"] for r in records if r["place"] == place and r["event_type"] == etype
    }


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "In the Kyiv region, Patriot crews intercepted both Iskander-M ballistic missiles.",
            ["ballistic missile"],
        ),
        ("IRIS-T batteries around Lviv shot down three cruise missiles.", ["cruise missile"]),
        ("The missiles were shot down by Patriot systems.", ["missile"]),
        ("F-16 pilots brought down several of them.", []),
        # fired at the ground, or itself downed: still the weapon
        ("Russia struck Kharkiv with S-300 missiles at dawn.", ["air defence missile", "missile"]),
        (
            "A Ukrainian S-300 missile was shot down over Belgorod.",
            ["air defence missile", "missile"],
        ),
        # a warplane that struck stays the weapon
        ("Its aircraft destroyed two boats near Zatoka.", ["aircraft"]),
    ],
)
def test_the_interceptor_is_no_weapon(text, categories):
    assert {w.category for w in wv.fired_weapons(text)} == set(categories)


def test_an_interception_by_patriot_keeps_the_kind_brought_down(extractor):
    text = "In the Kyiv region, Patriot crews intercepted both Iskander-M ballistic missiles."
    records = extractor.extract(text, "t", date(2024, 12, 13))
    assert {r["weapon_category"] for r in records if r["event_type"] == "interception"} == {
        "ballistic missile"
    }


def test_two_kinds_downed_one_named_by_its_system_after(extractor):
    text = (
        "Belgorod. Over the city air defence shot down two Tochka-U missiles and five rockets "
        "of the Vampire system."
    )
    records = extractor.extract(text, "t", date(2024, 6, 3))
    assert _kinds(records, "Belgorod", "interception") == {"ballistic missile", "rocket artillery"}


def test_a_downing_of_systems_named_with_a_slash_is_an_interception(extractor):
    text = (
        "Air defence destroyed 81 Kh-101/Kh-555 and Kalibr cruise missiles over the Lviv, "
        "Ivano-Frankivsk and Ternopil regions."
    )
    records = extractor.extract(text, "t", date(2024, 12, 13))
    assert records and {r["event_type"] for r in records} == {"interception"}


def test_a_salvo_that_destroyed_a_plant_is_a_strike(extractor):
    text = (
        "On 11 April the thermal power plant outside Ukrainka, south of Kyiv, was destroyed "
        "outright by a salvo of missiles."
    )
    records = extractor.extract(text, "t", date(2024, 4, 12))
    assert "interception" not in {r["event_type"] for r in records}


def test_a_weapon_told_at_another_place_is_not_carried_back(extractor):
    text = (
        "Live: Kherson region under fire\n\n09:42\nRussian forces shelled the Korabelnyi "
        "district of Kherson again this morning. A 63-year-old man was wounded.\n\n10:15\n"
        "Multiple rocket launchers were used against Bilozerka. Regional police said a shop "
        "and four homes were damaged."
    )
    records = extractor.extract(text, "t", date(2024, 8, 22))
    assert _kinds(records, "Kherson", "strike") == {"artillery"}


@pytest.mark.parametrize(
    "words",
    [
        "maritime drones",
        "surface drones",
        "water drones",
        "USVs",
        "unmanned vessels",
        "unmanned surface craft",
        "explosive-laden boats",
        "remote-controlled boats",
        "underwater drones",
        "naval kamikaze drones",
        "Sea Babies",
        "Sea Baby drones",
        "Magura drones",
    ],
)
def test_the_worlds_words_for_naval_drones(words):
    text = f"Ukraine attacked the port of Novorossiysk with {words} overnight."
    assert {w.category for w in wv.fired_weapons(text)} == {"naval drone"}


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "Ukraine fired S-200 missiles at Crimea, Russia said.",
            {"air defence missile", "missile"},
        ),
        ("A GBU-39 hit a command post near Oleshky.", {"glide bomb"}),
        ("Two Harpoon missiles struck a tug off Kherson.", {"cruise missile", "missile"}),
        ("An FP-1 drone hit the refinery.", {"drone"}),
        ("Tor crews shot down two drones over Belgorod.", {"drone"}),
        # an air defence system burned on the ground is the target
        ("Near Tokmak our crews found and burned a Tor-M2 air defence system.", set()),
    ],
)
def test_more_systems_by_their_role(text, categories):
    assert {w.category for w in wv.fired_weapons(text)} == categories
