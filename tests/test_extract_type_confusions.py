"""Extraction: sentences whose words of two event types meet, read as the wrong one (issue 16,
the unseen writers' type pairs): assaults counted in times on a named place ("the enemy attacked
X 14 times") are fighting, not a strike; air defence that repelled an attack on a place or was
working there is an interception, not fighting or a strike; a visit to a place hit before it
("visited X, hit by a missile the day before") is the strike there, not a meeting."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 3, 10)


def _records(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a General Staff morning summary: two villages, one count of assaults
        (
            "Over the past day the enemy attacked Pokrovsk and Myrnohrad 14 times.",
            {("Pokrovsk", "fighting", None), ("Myrnohrad", "fighting", None)},
        ),
        # a brigade spokesman on television
        (
            "In the Zaporizhzhia direction the occupiers attacked Huliaipole six times yesterday, "
            "the brigade's spokesman said.",
            {("Hulyaypole", "fighting", None)},
        ),
        # a wire story: the count, then the assaults repelled
        (
            "Russian forces attacked Kupiansk four times on Sunday; all the assaults were "
            "repelled, the military said.",
            {("Kupyansk", "fighting", None)},
        ),
    ],
)
def test_assaults_counted_in_times_on_a_place_are_fighting(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor's count of strikes: the weapons named
        (
            "The enemy attacked the Nikopol district 20 times with drones and artillery, the "
            "governor said.",
            {("Nikopol", "strike", "drone"), ("Nikopol", "strike", "artillery")},
        ),
        (
            "Russia attacked Kharkiv twice overnight with Shahed drones, injuring three people.",
            {("Kharkiv", "strike", "drone")},
        ),
    ],
)
def test_attacks_counted_with_their_weapons_stay_strikes(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mayor's Telegram post
        (
            "Air defence repelled a massive attack on Lviv overnight, the mayor said.",
            {("Lviv", "interception", None)},
        ),
        # a regional administration, the place first
        (
            "In Odesa, air defence forces were working against attack drones overnight.",
            {("Odesa", "interception", "drone")},
        ),
        # a wire story: the defenders named by their units
        (
            "Mobile fire groups and air defence units fought off a drone attack on Dnipro before "
            "dawn, the regional governor said.",
            {("Dnipro", "interception", "drone")},
        ),
    ],
)
def test_air_defence_at_a_place_is_an_interception(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_troops_repelling_an_attack_stay_fighting(extractor):
    text = "Ukrainian troops repelled an attack on Robotyne, the General Staff said."
    assert _records(extractor, text) == {("Robotyne", "fighting", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story: the leader at the scene of the hit
        (
            "President Zelensky visited the site in Kryvyi Rih where a missile hit a residential "
            "building on Friday, killing 20 people.",
            {("Kryvyy Rih", "strike", "missile")},
        ),
        # a local paper: the town hit the day before
        (
            "On Tuesday the prime minister visited Chernihiv, hit by a missile the day before, "
            "and laid flowers.",
            {("Chernihiv", "strike", "missile")},
        ),
        # a humanitarian update: staff who saw the damage
        (
            "UN staff who visited the hospital in Kherson on Monday saw that a shell had "
            "destroyed its roof.",
            {("Kherson", "strike", "artillery")},
        ),
    ],
)
def test_a_visit_to_a_place_hit_is_the_strike(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_a_visit_with_no_hit_stays_a_meeting(extractor):
    text = "The German chancellor visited Kyiv on Monday and met President Zelensky."
    assert _records(extractor, text) == {("Kyiv", "meeting", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night's summary: the hits listed, the downing after a semicolon
        (
            "Russia launched 50 drones at Ukraine overnight, hitting Kyiv and Odesa; 45 were "
            "downed.",
            {("Kyiv", "strike", "drone"), ("Odesa", "strike", "drone")},
        ),
        # a wire story: three cities struck, a tally of the rest
        (
            "Missiles struck Kharkiv, Sumy and Poltava on Monday, while air defence shot down "
            "another 12 over the centre of the country.",
            {
                ("Kharkiv", "strike", "missile"),
                ("Sumy", "strike", "missile"),
                ("Poltava", "strike", "missile"),
            },
        ),
    ],
)
def test_places_listed_after_a_hit_share_its_type(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a think tank's daily note
        (
            "Russian troops shelled Kurakhove as they pushed towards the town from the south.",
            {("Kurakhove", "fighting", None)},
        ),
        # a wire story: fighting at the edge of the town shelled
        (
            "Russian forces pounded Huliaipole with artillery on Tuesday while assault groups "
            "tried to break into its eastern outskirts.",
            {("Hulyaypole", "fighting", None)},
        ),
        # a brigade's post: the town shelled where the assaults were repelled
        (
            "Russian artillery shelled Robotyne, where our troops repelled two assaults.",
            {("Robotyne", "fighting", None)},
        ),
        # a General Staff summary: shelling, then the try to advance
        (
            "The enemy shelled our positions near Kurakhove and tried to advance.",
            {("Kurakhove", "fighting", None)},
        ),
        # a think tank: bombs before the assault
        (
            "Russian forces struck Vovchansk with guided bombs before launching an assault on "
            "the town.",
            {("Vovchansk", "fighting", None)},
        ),
    ],
)
def test_a_town_shelled_as_troops_assault_it_is_fighting(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_a_town_shelled_while_troops_fight_elsewhere_stays_a_strike(extractor):
    text = (
        "Russian artillery shelled Nikopol overnight, injuring two people, while fighting "
        "continued near Pokrovsk."
    )
    assert _records(extractor, text) == {
        ("Nikopol", "strike", "artillery"),
        ("Pokrovsk", "fighting", None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a General Staff summary
        (
            "Russian forces attacked the village of Berestok with armoured vehicles.",
            {("Berestok", "fighting", None)},
        ),
        # a brigade's post
        (
            "The occupiers stormed Pishchane using tanks and infantry fighting vehicles, but "
            "were driven back.",
            {("Pishchane", "fighting", None)},
        ),
        # a regional governor: guns and assault groups together
        (
            "The enemy attacked Huliaipole with artillery and assault groups.",
            {("Hulyaypole", "fighting", None)},
        ),
        # a wire story: troops with their fire support in an aside
        (
            "Russian troops, supported by artillery, attacked Toretsk from three sides.",
            {("Toretsk", "fighting", None)},
        ),
    ],
)
def test_attacks_with_armour_are_fighting(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city head's post: targets engaged, then blasts heard
        (
            "Ukrainian air defences engaged targets over Kyiv overnight, and explosions were heard.",
            {("Kyiv", "interception", None)},
        ),
        # a regional governor
        (
            "Explosions were heard in Kharkiv during the alert; air defence was working.",
            {("Kharkiv", "interception", None)},
        ),
    ],
)
def test_blasts_heard_as_air_defence_engages_are_an_interception(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a defence ministry's claim: an air defence system destroyed
        (
            "The defence ministry said its forces destroyed a Patriot missile system near Dnipro.",
            {("Dnipro", "strike", None)},
        ),
        # a wire story: launchers hit by drones
        (
            "Ukrainian drones destroyed two S-300 missile launchers near Kramatorsk overnight.",
            {("Kramatorsk", "strike", "drone")},
        ),
        # a General Staff post: a store of drones hit
        (
            "Our forces destroyed a depot storing Shahed drones in Primorsko-Akhtarsk.",
            {("Primorsko-Akhtarsk", "strike", None)},
        ),
    ],
)
def test_weapons_destroyed_on_the_ground_are_a_strike(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_a_warehouse_of_drones_destroyed_is_a_strike(extractor):
    # (the type only: "a warehouse of Shahed drones" still gives the drones as the weapon fired,
    # a weapon-category reading left to that class)
    text = "Our forces destroyed a warehouse of Shahed drones near Yeysk."
    assert {(p, t) for p, t, _ in _records(extractor, text)} == {("Yeysk", "strike")}


def test_drones_destroyed_in_the_air_stay_an_interception(extractor):
    text = "Air defence destroyed eight of the drones over Mykolaiv."
    assert {(p, t) for p, t, _ in _records(extractor, text)} == {("Mykolayiv", "interception")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night's summary: the downing, then a town and its hit after a semicolon
        (
            "Air defence shot down 20 drones overnight; in Odesa, one hit a residential "
            "building, injuring two.",
            {("Odesa", "strike", "drone")},
        ),
        # a wire story: the rest got through, joined by "and"
        (
            "Most of the missiles were intercepted, and a ballistic missile hit a port facility "
            "in Izmail.",
            {("Izmayil", "strike", "ballistic missile")},
        ),
        # a regional governor: the ones that got through
        (
            "Air defence shot down 12 drones, and two more hit a house in Kupiansk.",
            {("Kupyansk", "strike", "drone")},
        ),
        # an air force's tally: hits recorded after the downing
        (
            "Of the 48 drones, 40 were shot down; hits were recorded in Kharkiv and Dnipro.",
            {("Kharkiv", "strike", "drone"), ("Dnipro", "strike", "drone")},
        ),
    ],
)
def test_a_hit_told_in_its_own_clause_after_a_downing_is_a_strike(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Drones were shot down over Chernihiv; falling debris damaged a house in Nizhyn.",
        "Air defence shot down 14 drones over Mykolaiv, and three more were downed over Odesa.",
    ],
)
def test_debris_and_more_downings_after_a_downing_stay_interceptions(extractor, text):
    assert {t for _, t, _ in _records(extractor, text)} == {"interception"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story
        (
            "A HIMARS strike hit Russian troops gathering near Tokmak.",
            {("Tokmak", "strike", "rocket artillery")},
        ),
        # a ministry's claim: a gathering of servicemen as the target
        (
            "An Iskander struck a gathering of Ukrainian servicemen near Kramatorsk, the "
            "ministry said.",
            {("Kramatorsk", "strike", "ballistic missile")},
        ),
        # a General Staff summary: where personnel had gathered
        (
            "Our forces struck an area where Russian personnel had gathered near Vasylivka.",
            {("Vasylivka", "strike", None)},
        ),
    ],
)
def test_troops_gathering_where_a_strike_hit_are_its_target(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_leaders_gathering_stay_a_meeting(extractor):
    text = "European leaders gathered in Paris on Tuesday for talks on Ukraine."
    assert {(p, t) for p, t, _ in _records(extractor, text)} == {("Paris", "meeting")}


def test_a_downing_told_after_a_semicolon_leaves_the_hit_before_it_a_strike(extractor):
    text = (
        "Drone hits were recorded in Nizhyn and in the Izmail district of the Odesa region; "
        "wreckage of downed drones fell in three villages of the Sumy region."
    )
    kinds = {place: kind for place, kind, _ in _records(extractor, text)}
    assert kinds.get("Izmayil") == "strike", kinds
