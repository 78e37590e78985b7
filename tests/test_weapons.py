from __future__ import annotations

import pytest

from geo import weapons


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("SCALP-EG", "Storm Shadow"),
        ("scalp eg", "Storm Shadow"),
        ("Geran-2", "Shahed"),
        ("Shahed-136", "Shahed"),
        ("Iskander-M", "Iskander"),
        ("9M728", "Iskander-K"),
        ("GMLRS", "HIMARS"),
        ("KAB-500", "KAB"),
        ("Triumf", "S-400"),
        ("Kh-101", "Kh-101"),
    ],
)
def test_aliases(alias, name):
    assert weapons.canonical(alias) == name


def test_every_system_has_a_known_category_and_a_range():
    for w in weapons.SYSTEMS:
        assert w.category in weapons.CATEGORIES
        assert w.range_km and w.range_km > 0, w.name


def test_unknown_category_is_refused():
    with pytest.raises(ValueError, match="'category' should be one of"):
        weapons.Weapon("X", "laser")


def test_find_weapons_names_systems_and_generic_words():
    text = "An Iskander cruise missile hit; combat drones and Geran-2; HIMARS fired."
    found = [(m.text, m.weapon, m.category) for m in weapons.find_weapons(text)]
    assert ("Iskander", "Iskander", "ballistic missile") in found
    assert ("cruise missile", None, "cruise missile") in found
    assert ("combat drones", None, "drone") in found
    assert ("Geran-2", "Shahed", "drone") in found
    assert ("HIMARS", "HIMARS", "rocket artillery") in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # bombs dropped from the air, however a report names them
        ("Two guided aviation bombs fell on the outskirts of Huliaipole.", "glide bomb"),
        ("Jets dropped three bombs on the village overnight.", "glide bomb"),
        ("An air-dropped bomb wrecked the market in Orikhiv.", "glide bomb"),
        ("The school in Vovchansk was hit by a FAB-250 with a glide kit.", "glide bomb"),
        ("A UAB-1500 levelled a warehouse.", "glide bomb"),
        ("Guided air bombs struck Stepnohirsk twice.", "glide bomb"),
        # missiles the list lacked
        ("An Oniks missile hit the port of Chornomorsk.", "cruise missile"),
        ("Kh-35 missiles were fired at Pivdennyi.", "cruise missile"),
    ],
)
def test_fired_weapon_categories(text, category):
    assert category in {m.category for m in weapons.fired_weapons(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Residents sat out the night in a bomb shelter in Zaporizhzhia.",
        "A car bomb killed a collaborator in Berdiansk.",
        "Schools opened their bomb-proof basements.",
        "A bomb threat closed the station in Lviv.",
    ],
)
def test_a_bomb_nobody_dropped_is_no_weapon(text):
    assert not weapons.fired_weapons(text)


@pytest.mark.parametrize(
    "text",
    [
        "A drone dropped a bomb on a car in Bilozerka, wounding the driver.",
        "In Marhanets a bomb released from a UAV hit a bus stop.",
        "A quadcopter let fall two small bombs on a tractor near Beryslav.",
    ],
)
def test_the_bomb_a_drone_drops_is_the_drones_strike(text):
    assert {m.category for m in weapons.fired_weapons(text)} == {"drone"}


def test_matches_understands_aliases_and_categories():
    assert weapons.matches("Storm Shadow", "cruise missile", "SCALP-EG")
    assert weapons.matches("Shahed", "drone", "drone")
    assert not weapons.matches("ATACMS", "ballistic missile", "HIMARS")


def _spans(matches) -> list[tuple[int, int, str | None, str | None]]:
    return [(m.start(), m.end(), m.group("system"), m.group("generic")) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "Two Iskanders and a Kh-101 hit Odesa; SHAHED-136 drones, shahed 136s and a KAB were seen.",
        "HIMARS, M142 HIMARS, himars-launched ATACMS; the Storm Shadow/SCALP-EG missiles struck.",
        "Glide bombs, drones and artillery shelling: a drone, a mortar, rocket launchers.",
        # A letter that folds to k only when case is ignored (the Kelvin sign), a long s.
        "\u212aalibr missiles and \u017fhahed drones; pre-Iskander, x-Kinzhal, Kh-22s.",
        "",
    ],
)
def test_mentions_found_through_first_characters_are_those_of_the_whole_pattern(text):
    """find_weapons tries at each word start only the names beginning with its character: it
    must find exactly what the one pattern of every name finds, on any text."""
    assert _spans(weapons._mentions(text)) == _spans(weapons._MENTION.finditer(text))


def test_mentions_match_the_whole_pattern_on_the_reports():
    from geo.paths import DATA_DIR

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA_DIR.glob("reports/**/*.txt"))]
    assert texts
    found = 0
    for text in texts + [t.upper() for t in texts] + [t.lower() for t in texts]:
        expected = _spans(weapons._MENTION.finditer(text))
        assert _spans(weapons._mentions(text)) == expected
        found += len(expected)
    assert found > 100


def test_a_weapon_kind_filter_takes_in_its_sub_kinds_and_says_so():
    """ "drone" keeps naval drones too (a user asking for drones means every drone), "missile"
    every missile; a sub-kind keeps only itself; the Weapon box says which options do this."""
    from geo.events import to_frame
    from geo.filtering import Filters, apply_filters
    from webui.filter_words import weapon_label

    base = {"event_date": "2026-12-01", "time_precision": 1, "event_type": "strike"}
    rows = [
        ("Odesa", None, "naval drone"),
        ("Sumy", "Shahed", "drone"),
        ("Kyiv", "Iskander", "ballistic missile"),
        ("Kherson", None, "artillery"),
    ]
    frame = to_frame(
        [
            {
                **base,
                "geo_precision": 1,
                "verification": "claimed",
                "place": p,
                "lat": 47.0,
                "lon": 33.0,
                "weapon": w,
                "weapon_category": c,
            }
            for p, w, c in rows
        ]
    )

    def kept(*wanted: str) -> set[str]:
        return set(apply_filters(frame, Filters(weapons=wanted))["place"])

    assert kept("drone") == {"Odesa", "Sumy"}
    assert kept("naval drone") == {"Odesa"}
    assert kept("missile") == {"Kyiv"}
    assert kept("Shahed") == {"Sumy"}
    assert weapons.matches(None, "naval drone", "drone")
    assert weapon_label("drone") == "drone (all kinds)"
    assert weapon_label("naval drone") == "naval drone"
    assert weapon_label("Shahed") == "Shahed"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # an agency's slug glued to the headline's first word (heldout3, 11, 26, 28, 30, 38)
        ("UPDATE 3-Drones and a missile strike Sumy overnight", ["drone", "missile"]),
        ("WRAPUP 2-Glide bombs hit Kupiansk as toll rises", ["glide bomb"]),
        ("FACTBOX-Missiles that reached Lviv this year", ["missile"]),
        ("REFILE-Shahed drones hit Odesa port", ["drone", "drone"]),
        # no slug: a word joined by a hyphen stays no weapon of its own
        ("ANTI-DRONE NETS GO UP OVER KHERSON ROADS", []),
        ("the counter-drone unit", []),
    ],
)
def test_a_weapon_after_a_wire_slug_is_found(text, categories):
    assert [w.category for w in weapons.find_weapons(text)] == categories


def test_a_systems_name_that_is_an_everyday_verb_is_no_weapon_in_lower_case():
    assert weapons.find_weapons("Civilians in the city continued to bear the brunt.") == []
    assert [w.weapon for w in weapons.find_weapons("A Tu-95 (NATO name Bear) took off.")] == [
        "Tu-95",
        "Tu-95",
    ]
