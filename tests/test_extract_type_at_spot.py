"""Extraction: a record at the gold event's own place read with another type, or missing beside
another place's record (issue 16, the development writers heldout14-21's type pairs at the spot):
debris told after its place ("In X, south of the capital, falling debris damaged a school") is an
interception there; weapons that "visited" a place, and a missile that "lands" where people had
gathered, are strikes, not meetings; assaults counted after the place ("near X, where the enemy
attacked 48 times") are fighting; drones downed "over the province" after a town's hit are the
province's interception. Each form is written in two or three writers' styles; the cases marked
"stays" are what the rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 3, 10)
CASES = [
    # a wire story: the town, an aside on where it lies, then the debris
    (
        "In Fastiv, west of the capital, wreckage of a drone damaged two garages overnight; "
        "nobody was injured.",
        {("Fastiv", "interception", "drone")},
    ),
    # a timeline table: the town in its cell, the debris in the next
    (
        "12 March | Poltava | Missile debris lands on a warehouse roof after the air defence "
        "fired; no casualties",
        {("Poltava", "interception", "missile")},
    ),
    # a podcast's show notes: the place, then who told of the debris
    (
        "[00:21:10] Overnight in Zhytomyr: the mayor reported drone debris falling on a private "
        "house, two people hurt.",
        {("Zhytomyr", "interception", "drone")},
    ),
    # stays: the weapon's own hit told before the debris; drones and debris together
    (
        "In Fastiv, west of the capital, a drone hit a warehouse and its debris set two cars on "
        "fire.",
        {("Fastiv", "strike", "drone")},
    ),
    ("In Poltava, drones and falling debris damaged six houses.", {("Poltava", "strike", "drone")}),
    # a milblogger's euphemism: the weapons "visited" the target
    (
        "Our Kalibrs visited the Yavoriv training ground last night.",
        {("Yavoriv", "strike", "cruise missile")},
    ),
    (
        "Last night the Gerans paid a visit to Kremenchuk again, the channel boasted.",
        {("Kremenchuk", "strike", "drone")},
    ),
    # a photo caption and a local site: people gathered where the strike hit, no meeting
    (
        "A second missile lands on the square in Kupiansk, where volunteers had gathered to hand "
        "out bread.",
        {("Kupyansk", "strike", "missile")},
    ),
    (
        "In Sumy a drone struck a street where mourners were gathering for a funeral.",
        {("Sumy", "strike", "drone")},
    ),
    # stays: people meeting
    ("Foreign ministers gathered in Warsaw on Monday.", {("Warsaw", "meeting", None)}),
    (
        "The German chancellor visited Kyiv on Tuesday and met the president.",
        {("Kyiv", "meeting", None)},
    ),
    # a morning summary and a brigade's word: the place, then the count in a clause of its own
    (
        "Fighting was fiercest near Kurakhove, where Russian troops attacked 23 times.",
        {("Kurakhove", "fighting", None)},
    ),
    (
        "The brigade still holds Siversk, where the enemy had attacked nine times since dawn.",
        {("Siversk", "fighting", None)},
    ),
    # a rights monitor and a factbox: a missile "brought down" part of a building
    (
        "Before dawn a ballistic missile brought down part of a five-storey block in Bucha, "
        "killing four residents.",
        {("Bucha", "strike", "ballistic missile")},
    ),
    (
        "The blast brought down the roof of a school in Chuhuiv; a missile was used, police said.",
        {("Chuhuyiv", "strike", "missile")},
    ),
    # stays: weapons brought down
    (
        "Air defence brought down two cruise missiles over Vinnytsia.",
        {("Vinnytsya", "interception", "cruise missile")},
    ),
    # a dashboard and a grid operator: attacks counted on what people live by are strikes
    (
        "Three attacks on power facilities in the Sumy region cut electricity overnight, the "
        "grid operator said.",
        {("Sumy", "strike", None)},
    ),
    (
        "Five attacks on energy infrastructure in Odesa left thousands of homes without light.",
        {("Odesa", "strike", None)},
    ),
    # stays: attacks on troops' positions
    (
        "The brigade said four attacks on its positions near Kupiansk were repelled.",
        {("Kupyansk", "fighting", None)},
    ),
    # a newsletter's subject line, a front summary, a wire round-up: the place's own verb after
    # it wins over the word of the list item before
    (
        "Subject: Weekly #40 - fighting in Chasiv Yar, Sloviansk hit again, talks in Rome",
        {
            ("Chasiv Yar", "fighting", None),
            ("Slovyansk", "strike", None),
            ("Rome", "meeting", None),
        },
    ),
    (
        "Fighting went on near Toretsk, Kostiantynivka was shelled.",
        {("Toretsk", "fighting", None), ("Kostyantynivka", "strike", "artillery")},
    ),
    (
        "Heavy fighting near Pokrovsk; Dobropillia struck by a glide bomb overnight.",
        {("Pokrovsk", "fighting", None), ("Dobropillia", "strike", "glide bomb")},
    ),
    # stays: the clause's own word before the place
    (
        "Missiles struck Lviv as 30 drones were downed over the west.",
        {("Lviv", "strike", "missile")},
    ),
    # stays: a count of strikes, the weapon named
    (
        "A man was wounded in Nikopol, where Russian forces attacked 12 times with drones.",
        {("Nikopol", "strike", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_type_at_the_place(extractor, text, expected):
    got = {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }
    assert got == expected


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        # a newsletter: the hit in a town, then the downings over "the region"
        (
            "Drones hit an oil depot in Tuapse in the Krasnodar region early on Sunday, the "
            "governor said. The defence ministry says it downed 20 drones over the region.",
            "Tuapse",
            "Krasnodar",
        ),
        # a regional channel: "the province"
        (
            "A drone set fire to a warehouse in Uman overnight, the Cherkasy governor wrote. "
            "Air defence destroyed nine more drones over the province, he added.",
            "Uman",
            "Cherkasy",
        ),
    ],
)
def test_downings_over_the_region_after_a_town_hit(extractor, text, town, region):
    got = {
        (r["place"], r["event_type"], r["geo_precision"]) for r in extractor.extract(text, "t", DAY)
    }
    assert got == {(town, "strike", 1), (region, "interception", 3)}
