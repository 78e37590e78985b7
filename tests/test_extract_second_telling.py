"""One strike told twice in a report, the second telling naming its weapon more precisely than the
first (or the first more precisely than the second): "an air strike" and then the glide bomb it
dropped, "shelling" and then the Grad rockets, "rockets" and then the S-300 missile, S-300
missiles and then "ballistic missiles". One place, one day, one record, with the precise kind;
a report that says the second was another attack ("later that day", "a second strike") keeps two.
Each form in the styles of a wire story, a governor's post and a live blog."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 3, 12)


def _strikes(extractor, text, place):
    return [
        r
        for r in extractor.extract(text, "t", PUBLISHED)
        if r["event_type"] == "strike" and r["place"].startswith(place)
    ]


@pytest.mark.parametrize(
    "text, place, category, fatalities, injured",
    [
        # a wire story: the lede's air strike, the body's glide bomb
        ("KUPIANSK, March 11 (Wire) - A Russian air strike on Kupiansk wounded four civilians on "
         "Wednesday, the regional governor said. Russian warplanes dropped a guided bomb on the "
         "town's central market, he added.", "Kupyansk", "glide bomb", None, 4),
        # a governor's post: aviation first, the KAB after
        ("Russian aviation struck Kostiantynivka again today. A KAB hit a private house in "
         "Kostiantynivka; two people were killed.", "Kostyantynivka", "glide bomb", 2, None),
        # a live blog: the airstrike in one entry, the bomb in the next
        ("14:05 An airstrike has hit Orikhiv, the regional administration says. Three people were "
         "injured.\n\n14:40 The bomb that fell on Orikhiv was a glide bomb, regional officials now "
         "say.", "Orikhiv", "glide bomb", None, 3),
    ],
)  # fmt: skip
def test_an_air_strike_and_the_glide_bomb_it_dropped_are_one_strike(
    extractor, text, place, category, fatalities, injured
):
    strikes = _strikes(extractor, text, place)
    assert len(strikes) == 1, strikes
    assert strikes[0]["weapon_category"] == category
    assert (strikes[0]["fatalities"], strikes[0]["injured"]) == (fatalities, injured)


@pytest.mark.parametrize(
    "text, place, category",
    [
        ("NIKOPOL, March 11 (Wire) - Russian forces shelled Nikopol on Wednesday, wounding two "
         "people. The town was hit by Grad rockets, the governor said.", "Nikopol", "rocket artillery"),
        ("The enemy shelled Beryslav on March 11. The occupiers fired an MLRS at Beryslav; a "
         "woman was injured.", "Beryslav", "rocket artillery"),
        ("09:12 Russian forces fired rockets at Kharkiv on Wednesday evening, injuring four, "
         "Mayor Terekhov says.\n\n09:50 Terekhov adds that an S-300 missile hit a supermarket in "
         "Kharkiv on Wednesday.", "Kharkiv", "air defence missile"),
        ("Russia launched S-300 missiles at Kharkiv on Wednesday evening, injuring six people. "
         "Kharkiv was hit by two ballistic missiles, the mayor wrote.", "Kharkiv",
         "air defence missile"),
    ],
)  # fmt: skip
def test_a_generic_word_and_the_precise_weapon_after_it_are_one_strike(
    extractor, text, place, category
):
    strikes = _strikes(extractor, text, place)
    assert len(strikes) == 1, strikes
    assert strikes[0]["weapon_category"] == category


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian forces shelled Kherson on Wednesday morning, killing a man. Later that day an "
         "MLRS strike on Kherson damaged a school.", "Kherson"),
        ("An air strike hit Kupiansk on Wednesday, wounding three. In the evening, a second "
         "attack with a glide bomb hit Kupiansk, the governor said.", "Kupyansk"),
    ],
)  # fmt: skip
def test_a_second_attack_the_text_tells_as_another_stays_two(extractor, text, place):
    assert len(_strikes(extractor, text, place)) == 2


@pytest.mark.parametrize(
    "text, place, weapon, category",
    [
        # a live blog's later entry revises what its earlier one called the missile
        ("05:10 The governor of Sumy says a missile hit a warehouse in Sumy overnight; he calls "
         "it a Kh-59.\n\n08:20 Update: the air force now says the missile that struck Sumy was an "
         "Iskander-M, not a Kh-59.", "Sumy", "Iskander", "ballistic missile"),
        # a wire story's last paragraph corrects the lede's weapon
        ("POLTAVA, March 12 (Wire) - A Russian missile struck an enterprise in Poltava overnight, "
         "the regional governor said, naming it a Kh-101. Ukraine's air force later identified the "
         "weapon that hit Poltava as a Kalibr rather than a Kh-101.", "Poltava", "Kalibr",
         "cruise missile"),
        # a governor's post: a drone, not a missile, it turns out
        ("A missile hit a school in Chernihiv tonight, the city's acting mayor reported. It was a "
         "Shahed drone, not a missile, that struck the school in Chernihiv, the regional "
         "administration clarified in the morning.", "Chernihiv", "Shahed", "drone"),
    ],
)  # fmt: skip
def test_a_weapon_the_report_revises_is_the_strikes_one(extractor, text, place, weapon, category):
    strikes = _strikes(extractor, text, place)
    assert len(strikes) == 1, strikes
    assert (strikes[0]["weapon"], strikes[0]["weapon_category"]) == (weapon, category)


@pytest.mark.parametrize(
    "text, place, category",
    [
        # a wire lede: the night's arsenal, then after a semicolon the town and what hit it
        ("Russia launched 80 drones and six missiles at Ukraine overnight; in Poltava, a missile "
         "hit an industrial site, the governor said.", "Poltava", "missile"),
        # a live blog: the arsenal, then a colon and the city's own hit
        ("07:30 The air force counts 300 drones and 12 cruise missiles launched overnight: in "
         "Lutsk, a drone struck a warehouse, the mayor says.", "Lutsk", "drone"),
        # a regional channel: a dash between the arsenal and the town's glide bomb
        ("The enemy used drones and artillery along the whole region today — in Kupiansk a glide "
         "bomb hit a shop, two people were wounded.", "Kupyansk", "glide bomb"),
    ],
)  # fmt: skip
def test_a_towns_own_clause_names_what_hit_it_not_the_nights_arsenal(
    extractor, text, place, category
):
    strikes = _strikes(extractor, text, place)
    assert [r["weapon_category"] for r in strikes] == [category], strikes


def test_the_arsenal_named_at_the_town_itself_is_still_two_kinds(extractor):
    text = (
        "Russia attacked Kharkiv with drones and missiles overnight; three people were injured, "
        "the mayor said."
    )
    kinds = {r["weapon_category"] for r in _strikes(extractor, text, "Kharkiv")}
    assert kinds == {"drone", "missile"}


@pytest.mark.parametrize(
    "text, place, day",
    [
        # a wire lede's "overnight", the body's "late on Wednesday": one night, one strike
        ("KYIV, March 12 (Wire) - A Russian drone attack on Kharkiv overnight injured five "
         "people, the mayor said on Thursday. The drones hit a block of flats in Kharkiv late on "
         "Wednesday, Terekhov said.", "Kharkiv", "2026-03-11"),
        # a governor's post: "last night", then the clock before midnight
        ("Last night the enemy attacked Odesa with ballistic missiles; two people were killed. "
         "The missiles struck the port of Odesa on Wednesday at 23:40, the governor added.",
         "Odesa", "2026-03-11"),
        # a live blog: the evening entry, then the morning's "overnight" recap
        ("23:10 Explosions in Zaporizhzhia: a guided bomb has hit an industrial site in "
         "Zaporizhzhia late on Wednesday, Fedorov says.\n\n07:30 Overnight, a KAB struck "
         "Zaporizhzhia, injuring three, the regional administration said on Thursday.",
         "Zaporizhzhya", "2026-03-11"),
    ],
)  # fmt: skip
def test_one_night_told_as_overnight_and_as_late_the_day_before_is_one_strike(
    extractor, text, place, day
):
    strikes = _strikes(extractor, text, place)
    assert [r["event_date"] for r in strikes] == [day], strikes


def test_two_nights_told_apart_stay_two(extractor):
    text = (
        "A drone hit a house in Sumy late on Wednesday, injuring two. Overnight, another drone "
        "attack on Sumy damaged a school, the regional administration said on Thursday."
    )
    assert len(_strikes(extractor, text, "Sumy")) == 2


def test_a_strike_at_dusk_and_the_nights_raid_after_it_stay_two(extractor):
    text = (
        "A drone hit a shop in Sumy on Wednesday evening, injuring two. Overnight, drones hit a "
        "school in Sumy, the regional administration said on Thursday."
    )
    assert len(_strikes(extractor, text, "Sumy")) == 2
