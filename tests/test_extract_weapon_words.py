"""Extraction, weapon words the world uses for a category: rockets, mixed missile salvos, pilots."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.weapons import fired_weapons


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _only(extractor, sentence: str) -> dict:
    (event,) = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    return event


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian rockets slammed into a market in Kostiantynivka on Sunday, killing three.",
        "A rocket attack on Nikopol wounded two people overnight.",
        "Rockets struck the outskirts of Kherson before dawn.",
    ],
)
def test_rockets_without_a_system_are_rocket_artillery(extractor, sentence):
    event = _only(extractor, sentence)
    assert (event["event_type"], event["weapon_category"]) == ("strike", "rocket artillery")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # A salvo of several missile kinds is a missile strike.
        (
            "A barrage of cruise and ballistic missiles killed four people in Lviv on Sunday.",
            "missile",
        ),
        ("Ballistic and cruise missiles hit Dnipro overnight, injuring nine.", "missile"),
        ("Russia fired ballistic as well as cruise missiles at Odesa on Sunday.", "missile"),
        # Pilots, warplanes and aviation are aircraft.
        (
            "The air force commander said his pilots destroyed a bridge at Kreminna on Sunday.",
            "aircraft",
        ),
        ("Ukrainian warplanes struck a command post near Tokmak on Sunday.", "aircraft"),
        ("Russian military aviation bombed Orikhiv on Sunday, injuring two.", "aircraft"),
    ],
)
def test_missile_kinds_and_warplanes_name_their_category(extractor, sentence, category):
    assert _only(extractor, sentence)["weapon_category"] == category


def test_a_named_system_still_wins_over_the_generic_word(extractor):
    event = _only(extractor, "HIMARS rockets hit a Russian depot near Skadovsk on Sunday.")
    assert (event["weapon"], event["weapon_category"]) == ("HIMARS", "rocket artillery")
    event = _only(extractor, "An S-300 missile hit Kharkiv on Sunday, injuring six.")
    assert event["weapon_category"] == "air defence missile"


@pytest.mark.parametrize(
    ("sentence", "records"),
    [
        (
            "Drones and a ballistic missile hit Kharkiv on Sunday, killing two people.",
            [("drone", 2, None), ("ballistic missile", None, None)],
        ),
        (
            "Shahed drones and Grad rockets struck Nikopol on Sunday, injuring three.",
            [("drone", None, 3), ("rocket artillery", None, None)],
        ),
        (
            "The enemy hit the airfield near Starokostiantyniv with a Kinzhal and four Kh-101s.",
            [("ballistic missile", None, None), ("cruise missile", None, None)],
        ),
    ],
)
def test_two_weapon_kinds_that_hit_one_place_are_two_records_figures_on_the_first(
    extractor, sentence, records
):
    events = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    assert len({e["place"] for e in events}) == 1
    assert [(e["weapon_category"], e["fatalities"], e["injured"]) for e in events] == records


def test_guns_and_rocket_launchers_together_are_one_shelling(extractor):
    text = "Kyiv, 2025-02-10\nNikopol was shelled with Grad rockets and artillery on Sunday."
    assert len(extractor.extract(text, "t")) == 1


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # "shelled" names the guns when nothing else is named; a launcher named wins
        ("Russian troops shelled Nikopol on Sunday, wounding two people.", "artillery"),
        ("Troops shelled Hola Prystan with Grad rockets on Monday.", "rocket artillery"),
        # the place as the subject of "came under ... fire"
        ("Vovchansk came under mortar fire overnight, the governor said.", "artillery"),
    ],
)
def test_shelled_and_under_fire_are_artillery_unless_a_weapon_is_named(
    extractor, sentence, category
):
    event = _only(extractor, sentence)
    assert (event["event_type"], event["weapon_category"]) == ("strike", category)


# A system named as what was hit is the target, not the weapon; fired, it is the weapon.
@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        (
            "Kyiv said it struck a Russian S-400 system with a Neptune missile near Sevastopol.",
            "Neptune",
        ),
        ("A Neptune destroyed an S-300 launcher near Luhansk on Monday.", "Neptune"),
        ("Russian S-300 missiles struck Kharkiv on Monday.", "S-300"),
    ],
)
def test_a_hit_system_is_the_target_not_the_weapon(sentence, weapon):
    assert [w.weapon for w in fired_weapons(sentence) if w.weapon] == [weapon]


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery hit drone launch sites near the river.",
        "The raid struck a missile depot and two hangars.",
        "Saboteurs burned a workshop assembling sea drones.",
    ],
)
def test_a_weapon_word_naming_the_target_is_not_the_weapon_used(sentence):
    assert [w.category for w in fired_weapons(sentence)] in ([], ["artillery"])


def test_the_weapon_that_hit_a_weapons_depot_is_still_read():
    found = fired_weapons("Ukrainian drones hit a Shahed storage depot overnight.")
    assert [w.category for w in found] == ["drone"]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # Arms named by the force that used them (the weapon rule's inferred rows): an
        # "aviabomb", a bomber force's "long-range aviation", the ministry's "its aircraft",
        # the Unmanned Systems Forces.
        (
            "On Sunday an aviabomb fell in a yard in Kupiansk, two women were contused.",
            "glide bomb",
        ),
        ("The occupiers hit Orikhiv with two aviabombs on Sunday morning.", "glide bomb"),
        (
            "Russia's long-range aviation struck targets in the Rivne oblast on Sunday night.",
            "aircraft",
        ),
        (
            "The ministry said its aircraft sank a Ukrainian patrol boat near Ochakiv on Sunday.",
            "aircraft",
        ),
        (
            "Units of the Unmanned Systems Forces hit an oil depot in Novorossiysk on Sunday night.",
            "drone",
        ),
        # the munition named wins over the aircraft that carried it
        (
            "Russian aircraft dropped guided bombs on Huliaipole on Sunday, injuring one.",
            "glide bomb",
        ),
        (
            "Its aircraft shot down three drones over Bryansk on Sunday night, the ministry said.",
            "drone",
        ),
    ],
)
def test_the_force_named_gives_its_category(extractor, sentence, category):
    assert _only(extractor, sentence)["weapon_category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "Flights resumed at Pulkovo, the civil aviation authority said on Sunday.",
        "Air defence units and anti-aircraft gunners were on duty near Sumy.",
        "A drone fell on an aircraft factory in Kazan on Sunday.",
        # an aircraft hit or downed is the target, not the weapon
        "Drones hit a radar station and two aircraft at the Saky airfield.",
        "Nothing shows that any aircraft was destroyed at the base that night.",
        "The transport aircraft was shot down over the Belgorod region.",
        "Photos of the airfield show no burnt aircraft and no new craters near Lutsk.",
    ],
)
def test_aviation_of_no_strike_names_no_aircraft(text):
    assert "aircraft" not in {w.category for w in fired_weapons(text)}


# "Rocket artillery" was read as the word "Rocket" and then "artillery", and the nearer one
# ("artillery") made the category; it names one weapon.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rocket artillery shelled Nikopol in the afternoon, wounding one man.",
        "Enemy rocket-artillery fire hit the outskirts of Orikhiv on Monday.",
    ],
)
def test_rocket_artillery_is_one_weapon(extractor, sentence):
    event = _only(extractor, sentence)
    assert (event["event_type"], event["weapon_category"]) == ("strike", "rocket artillery")


# "Shahed-type drones", "Geran-style UAVs": a word saying the kind stood between the system and
# its generic word, so the two were read as two weapons and the record kept only "drone".
@pytest.mark.parametrize(
    "sentence",
    [
        "A Shahed-type drone hit a house in Odesa overnight.",
        "Overnight 30 Geran-style UAVs were launched at Sumy; 22 were shot down.",
        "Air defence downed 41 of 65 Shahed-type drones over the Odesa region overnight.",
    ],
)
def test_a_system_type_word_keeps_the_system(extractor, sentence):
    event = _only(extractor, sentence)
    assert (event["weapon"], event["weapon_category"]) == ("Shahed", "drone"), event


# The gap between a system and a generic word is read as "a word saying the kind" only when it
# is short: the pattern's two runs of blanks try every split of a long gap (x17.6 the time for x4
# the blanks before the length guard).
def test_a_long_gap_after_a_system_is_read_in_linear_time():
    from timing import cpu_seconds

    from geo.extract.weapon_words import next_to

    def gap(n: int) -> tuple[str, int, int]:
        text = "Shahed" + " " * n + "x drones"
        return text, 6, len(text) - 6

    small_s, small = cpu_seconds(next_to, *gap(2_000))
    big_s, big = cpu_seconds(next_to, *gap(8_000))
    assert not small and not big
    assert big_s < 8 * max(small_s, 1e-4), (small_s, big_s)
