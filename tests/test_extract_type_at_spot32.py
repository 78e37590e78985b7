"""Extraction: the type at a place where a downing and a hit are told together, in the forms of
the type32 set (realstyle-heldout-type32): a drone or missile attack "by Shaheds" repelled over a
town is an interception there, not the ground's fighting (and "Shaheds on X" is no run hiding
the town, as "Rostov on Don"); cruise missiles "taken down" as a share of a salvo ("9 of the
cruise missiles"); a weapon "damaged by our fire" or that a mobile fire group "had hit", then
fell; "every target over X was eliminated"; air defences "taking most of them out over the
capital"; blasts at a place with the air defence at work in the next clause after a comma or a
dash; a place said "not damaged" is no hit there. The cases marked "stays" are what the rules
must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 18)
CASES = [
    # a governor's post: the drone attack repelled, told by the weapon's name
    (
        "Late in the evening an attack by Shaheds on Chernihiv was repelled; air defence "
        "destroyed four drones above the city.",
        {("Chernihiv", "interception", "drone")},
    ),
    # stays: a ground attack repelled near a village
    (
        "An attack by enemy infantry near Kupiansk was repelled.",
        {("Kupyansk", "fighting", None)},
    ),
    # "Shaheds on X" keeps the town
    (
        "A night of Shaheds on Odesa left two people injured.",
        {("Odesa", "strike", "drone")},
    ),
    # an air force morning post: a share of the salvo taken down over a region
    (
        "Our air defence took down 6 of the cruise missiles over the Kyiv region.",
        {("Kiev", "interception", "cruise missile")},
    ),
    # a missile damaged by air defence fire that came down in a region
    (
        "A Kh-101 damaged by our fire came down in a field in the Rivne region.",
        {("Rivne", "interception", "cruise missile")},
    ),
    # a local paper: a mobile fire group's hit, then the crash
    (
        "Near Bucha a mobile fire group had hit a Shahed, which then crashed into a garden.",
        {("Bucha", "interception", "drone")},
    ),
    # a city administration: targets over the city eliminated
    (
        "All targets over Vinnytsia were eliminated overnight, the city administration said.",
        {("Vinnytsya", "interception", None)},
    ),
    # stays: a target named as what was hit
    (
        "Drones hit a military target in Kursk overnight.",
        {("Kursk", "strike", "drone")},
    ),
    # an OSINT thread: air defence filmed firing over a town
    (
        "In Kerch, residents filmed air defence firing for most of the night.",
        {("Kerch", "interception", None)},
    ),
    # a Telegram line: blasts, then the air defence at work after a dash
    (
        "Blasts in Poltava — air defence at work.",
        {("Poltava", "interception", None)},
    ),
    # stays: a hit told between the blasts and the air defence
    (
        "Explosions in Kharkiv, a missile hit a school; air defence is working.",
        {("Kharkiv", "strike", "missile")},
    ),
    # a Russian governor: the drone downed over the town's edge, the depot there not damaged
    (
        "Air defence intercepted a drone above the edge of the town, and the fuel depot in "
        "Klintsy was not damaged, the governor said.",
        {("Klintsy", "interception", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_type_at_spot(extractor, text, expected):
    got = {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }
    assert got == expected


def test_salvo_taken_out_over_the_capital(extractor):
    text = (
        "KYIV, June 18 (Courier) - Russia struck at Ukraine overnight with drones, officials said, "
        "with air defences taking most of them out over the capital."
    )
    got = {(r["place"], r["event_type"]) for r in extractor.extract(text, "t", DAY)}
    assert got == {("Kyiv", "interception")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitoring channel: blasts alone, then the wreckage of a shot-down drone
        (
            "Sumy — explosions! City administration: wreckage of a shot-down drone on a garage, "
            "nobody hurt.",
            {("Sumy", "interception", "drone")},
        ),
        # a governor's post: blasts, then the downing over the city
        (
            "Loud blasts in Poltava at night. Air defence shot down three drones over the city.",
            {("Poltava", "interception", "drone")},
        ),
        # a local paper: "a heavy bang", then the drone a fire group hit and that crashed
        (
            "Residents of Nizhyn were woken by a heavy bang before dawn. It was a drone that a "
            "mobile fire group had hit and that then crashed into a field.",
            {("Nizhyn", "interception", "drone")},
        ),
        # stays: the air defence only told at work after the blasts (heldout10's warning)
        (
            "Loud explosions in Kyiv. Air defence is working over the city.",
            {("Kyiv", "strike", None)},
        ),
        # stays: a hit told after the blasts
        (
            "Explosions in Sumy. A drone hit a school.",
            {("Sumy", "strike", "drone")},
        ),
    ],
)
def test_blasts_alone_then_a_downing(extractor, text, expected):
    got = {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }
    assert got == expected


def test_not_debris_is_no_downing(extractor):
    # an OSINT thread contradicting an official: the "debris" denied is no interception
    text = (
        "Video from Kirovske shows a fire at the airfield. That is not debris, whatever the "
        "governor calls it."
    )
    got = {r["event_type"] for r in extractor.extract(text, "t", DAY)}
    assert "interception" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mayor's morning post: drones downed, then a missile of another kind on "the city"
        (
            "Air defence shot down six Shaheds over Dnipro at night. At dawn the enemy struck the "
            "city with a ballistic missile, wounding four.",
            {("Dnipro", "interception", "drone"), ("Dnipro", "strike", "ballistic missile")},
        ),
        # stays: a drone of the same salvo that hit the city is the interception's to weigh
        (
            "Air defence shot down six Shaheds over Dnipro at night. Later a drone hit the city.",
            {("Dnipro", "interception", "drone")},
        ),
    ],
)
def test_other_arms_on_the_city_after_a_downing(extractor, text, expected):
    got = {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }
    assert got == expected
