"""Extraction: a gun, launcher or air defence system told as what was hit, the verb after it
("HIMARS launchers were destroyed near X", "a Patriot launcher was hit by a Kinzhal", "an S-300
battery was struck") is the target, not the strike's weapon: the weapon is the one that hit it,
or none when none is named. (First run before the rule: all four gave the target's category.)"""

from __future__ import annotations

import pytest

from geo import weapons as wv


def _strikes(extractor, text: str) -> list[tuple[str, str | None]]:
    return sorted(
        (e["place"], e["weapon_category"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "strike"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a defence ministry's daily briefing
        (
            "Over the past day the armed forces struck Ukrainian positions; two HIMARS launchers "
            "were destroyed near Kramatorsk.",
            [("Kramatorsk", None)],
        ),
        # a wire story quoting Russian officials, the weapon named after the target
        (
            "MOSCOW, June 3 (Wire) - A Patriot launcher was hit near Kyiv by a Kinzhal "
            "hypersonic missile, Russian officials said.",
            [("Kyiv", "ballistic missile")],
        ),
        # a think-tank note on a claim, the participle alone
        (
            "Russian sources claimed a HIMARS launcher destroyed near Kostiantynivka on 2 June; "
            "the claim could not be verified.",
            [("Kostyantynivka", None)],
        ),
        # a regional channel
        (
            "Russian officials claimed that an S-300 battery was struck in the Odesa region "
            "overnight.",
            [("Odessa", None)],
        ),
    ],
)
def test_a_launcher_told_hit_is_no_weapon_fired(extractor, text, expected):
    assert _strikes(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        ("HIMARS rockets hit a depot near Belgorod.", {"HIMARS", "rockets"}),
        ("Grad launchers fired at Nikopol overnight.", {"Grad"}),
        ("Two M777 howitzers were destroyed by Lancet drones.", {"Lancet", "drones"}),
    ],
)
def test_what_fired_stays_fired(text, fired):
    assert {w.text for w in wv.fired_weapons(text)} == fired
