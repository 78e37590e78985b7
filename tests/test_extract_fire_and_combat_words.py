"""Event words the lexicon lacked (issue 16, "no event word in its sentence"): fire opened on a
place, a weapon named by its own word that went off or came down there ("a Shahed detonated",
"KABs fell on"), combat named as such ("heavy combat", "hostilities"). Each in two or three
writers' styles, with the guards that keep their look-alikes out."""

from __future__ import annotations

from datetime import date

import pytest


def _strike(got, place, category):
    return any(
        t == "strike" and p.startswith(place) and c == category and d == "2025-03-04"
        for t, p, c, d in got
    )


def _got(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 3, 5))
    return [
        (e["event_type"], e["place"], e["weapon_category"], str(e["event_date"])) for e in events
    ]


@pytest.mark.parametrize(
    "text, place, category",
    [
        # a regional administration's post
        ("Enemy artillery opened fire on Nikopol on Tuesday afternoon.", "Niko", "artillery"),
        # a wire report
        (
            "Russian troops opened fire on Marhanets with mortars on Tuesday, the governor said.",
            "Marh",
            "artillery",
        ),
        # a channel's line
        ("On Tuesday the occupiers opened fire at Beryslav from across the river.", "Bery", None),
    ],
)
def test_fire_opened_on_a_place_is_a_strike(extractor, text, place, category):
    got = _got(extractor, text)
    assert _strike(got, place, category), got


@pytest.mark.parametrize(
    "text, place, category",
    [
        ("A Shahed drone detonated near a bus stop in Kherson on Tuesday.", "Kher", "drone"),
        ("An FPV drone detonated next to a car in Beryslav on Tuesday morning.", "Bery", "drone"),
        ("KABs fell on Kostiantynivka again on Tuesday.", "Kost", "glide bomb"),
        (
            "Two FAB-500s landed in Orikhiv on Tuesday, the military administration said.",
            "Orik",
            "glide bomb",
        ),
    ],
)
def test_a_named_weapon_that_went_off_or_fell_there_is_a_strike(extractor, text, place, category):
    got = _got(extractor, text)
    assert _strike(got, place, category), got


def test_a_charge_set_off_under_the_rails_stays_sabotage(extractor):
    got = _got(
        extractor, "An explosive device detonated under the tracks near Melitopol on Tuesday."
    )
    assert not any(t == "strike" for t, _, _, _ in got), got


@pytest.mark.parametrize(
    "text, place",
    [
        # a wire report
        ("Heavy combat continued around Vovchansk on Tuesday.", "Vovc"),
        # an official bulletin
        (
            "Active combat operations went on near Kurakhove on Tuesday, the General Staff said.",
            "Kura",
        ),
        # a think tank
        ("Russian forces conducted combat operations near Siversk on Tuesday.", "Sive"),
    ],
)
def test_combat_named_as_such_is_fighting(extractor, text, place):
    got = _got(extractor, text)
    assert any(
        t == "fighting" and p.startswith(place) and d == "2025-03-04" for t, p, _, d in got
    ), got


def test_drone_debris_that_fell_is_no_strike_of_its_own(extractor):
    got = _got(extractor, "Drone debris fell on a residential area of Shostka on Tuesday night.")
    assert not any(t == "strike" for t, _, _, _ in got), got


@pytest.mark.parametrize(
    "text, place, category",
    [
        # a city's channel
        (
            "A drone came down on a residential building in Kharkiv on Tuesday night.",
            "Khar",
            "drone",
        ),
        # a wire report on a refinery
        ("A Shahed sparked a blaze at an oil depot in Novorossiysk on Tuesday.", "Novo", "drone"),
        # a regional post
        (
            "An FPV drone wrecked a car in Beryslav on Tuesday, the driver survived.",
            "Bery",
            "drone",
        ),
        # a front-line report
        ("Russian mortar fire on Vovchansk continued on Tuesday.", "Vovc", "artillery"),
    ],
)
def test_a_weapon_that_came_down_set_fire_or_wrecked_is_a_strike(extractor, text, place, category):
    got = _got(extractor, text)
    assert _strike(got, place, category), got


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian forces made marginal progress near Pokrovsk on Tuesday.", "Pokr"),
        (
            "Russian troops have made some progress near Toretsk, the brigade said on Tuesday.",
            "Tore",
        ),
    ],
)
def test_ground_progress_is_fighting(extractor, text, place):
    got = _got(extractor, text)
    assert any(
        t == "fighting" and p.startswith(place) and d == "2025-03-04" for t, p, _, d in got
    ), got


def test_progress_in_talks_is_no_fighting(extractor):
    got = _got(extractor, "Negotiators made some progress in Istanbul on Tuesday.")
    assert not any(t == "fighting" for t, _, _, _ in got), got


@pytest.mark.parametrize(
    "text, place, category",
    [
        (
            "Kupiansk once again found itself under Russian artillery fire on Tuesday.",
            "Kup",
            "artillery",
        ),
        ("On Tuesday Nikopol remained under shelling for most of the day.", "Niko", "artillery"),
    ],
)
def test_a_town_that_found_itself_or_remained_under_fire_was_hit(extractor, text, place, category):
    got = _got(extractor, text)
    assert _strike(got, place, category), got
