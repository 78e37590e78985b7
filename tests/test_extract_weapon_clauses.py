"""Extraction: which weapon belongs to which place when one sentence tells of several places,
each hit by a weapon of its own (issue 16, the unseen writers' weapon confusion): the weapon of
a place's own clause ("X was hit by a glide bomb, while Y came under artillery fire"), the verb's
own object ("shelled X with artillery, dropped bombs on Y"), and no split into two kinds when
each kind is told of a place of its own ("shelled X with artillery, and a drone hit Y")."""

from __future__ import annotations

import pytest
from test_extract_list_lead_ins import _strikes

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff summary: three verbs, each with its own place and weapon
        (
            "Russian troops shelled Nikopol with artillery, dropped guided aerial bombs on "
            "Huliaipole and attacked Kupiansk with drones, the general staff said.",
            {"Nikopol": {"artillery"}, "Hulyaypole": {"glide bomb"}, "Kupyansk": {"drone"}},
        ),
        # wire copy: two places set against each other by "while"
        (
            "Kramatorsk was hit by a glide bomb, while Sloviansk came under artillery fire.",
            {"Kramatorsk": {"glide bomb"}, "Slovyansk": {"artillery"}},
        ),
        # a channel's day summary: a semicolon between the two places' stories
        (
            "Over the day the enemy struck Kherson with artillery; in Zaporizhzhia a guided "
            "bomb hit an industrial site.",
            {"Kherson": {"artillery"}, "Zaporizhzhya": {"glide bomb"}},
        ),
        # a local paper: "whereas", the second place's weapon after it
        (
            "Officials said Kupiansk was struck with a KAB on Tuesday, whereas in Balakliia an "
            "FPV drone wounded a farmer.",
            {"Kupyansk": {"glide bomb"}, "Balakliya": {"drone"}},
        ),
        # two kinds told of two places are not split over both: a regional administration,
        # two villages shelled and a drone at a third
        (
            "The enemy shelled Bilozerka and Antonivka with artillery, and a drone dropped "
            "explosives on a car in Stanislav, injuring a man.",
            {"Bilozerka": {"artillery"}, "Antonivka": {"artillery"}, "Stanislav": {"drone"}},
        ),
        # a wire: rocket launchers at one town, an FPV drone near another
        (
            "Russian troops hit Vovchansk with rocket launchers, and an FPV drone attacked a "
            "truck near Lyptsi.",
            {"Vovchansk": {"rocket artillery"}, "Lyptsi": {"drone"}},
        ),
        # a weapon named for the next place stays there: a governor, two kinds "with" at the
        # first town and a system dropped on the second
        (
            "The Russians hit Nikopol with heavy artillery and kamikaze drones, and dropped a "
            "KAB on Marhanets.",
            {"Nikopol": {"artillery", "drone"}, "Marhanets": {"glide bomb"}},
        ),
        # a volunteer's post: the same, with "launched ... at"
        (
            "Occupiers attacked Kherson with mortars and drones and launched a guided bomb at "
            "Novooleksandrivka.",
            {"Kherson": {"artillery", "drone"}, "Novooleksandrivka": {"glide bomb"}},
        ),
    ],
)
def test_each_place_takes_the_weapon_told_of_it(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_one_weapon_told_before_a_list_still_reaches_every_place(extractor):
    text = "Drones attacked Sumy, Konotop and Shostka overnight; in Sumy a woman was injured."
    assert _strikes(extractor, text) == {
        "Sumy": {"drone"},
        "Konotop": {"drone"},
        "Shostka": {"drone"},
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local official: the first town's "with" weapon is not the second town's
        (
            "Russian forces struck Kostiantynivka with two KAB-250s and hit Kramatorsk with a "
            "Smerch rocket, local officials reported.",
            {"Kostyantynivka": {"glide bomb"}, "Kramatorsk": {"rocket artillery"}},
        ),
        # a wire: the second town only shelled, its clause naming no weapon
        (
            "Kharkiv was hit with two glide bombs on Monday, and Izium was shelled.",
            {"Kharkiv": {"glide bomb"}, "Izyum": {"artillery"}},
        ),
        # a Russian governor: rockets at the city, the border town shelled
        (
            "The army hit Belgorod with Vampire rockets, and Shebekino was shelled.",
            {"Belgorod": {"rocket artillery"}, "Shebekino": {"artillery"}},
        ),
        # a staff line: the first town shelled, the drones the second verb's
        (
            "Russian troops shelled Nikopol and attacked Marhanets with drones.",
            {"Nikopol": {"artillery"}, "Marhanets": {"drone"}},
        ),
    ],
)
def test_a_weapon_told_with_one_place_is_not_the_next_ones(extractor, text, expected):
    assert _strikes(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor's channel: the region attacked with drones, then its towns
        (
            "Overnight Russia attacked the Sumy region with drones. Sumy, Konotop and Shostka "
            "came under attack.",
            {"Sumy": {"drone"}, "Konotop": {"drone"}, "Shostka": {"drone"}},
        ),
        # a wire: the region's missiles, the cities hit told after
        (
            "This morning the enemy struck the Dnipropetrovsk region with ballistic missiles. "
            "Dnipro and Pavlohrad were hit, the governor said.",
            {"Dnipro": {"ballistic missile"}, "Pavlohrad": {"ballistic missile"}},
        ),
        # a regional administration: guns at the region, three villages hit
        (
            "Russian troops attacked the Kherson region with artillery overnight. Bilozerka, "
            "Antonivka and Stanislav were hit.",
            {"Bilozerka": {"artillery"}, "Antonivka": {"artillery"}, "Stanislav": {"artillery"}},
        ),
    ],
)
def test_a_regions_weapon_reaches_every_town_of_the_next_sentence(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_a_town_naming_its_own_weapon_after_its_regions_attack_keeps_it(extractor):
    text = (
        "Overnight Russia attacked the Sumy region with drones. In Konotop, artillery damaged a "
        "house."
    )
    assert _strikes(extractor, text) == {"Sumy": {"drone"}, "Konotop": {"artillery"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor's tally: the weapons in brackets after each community
        (
            "Over the past day the enemy shelled the region 85 times. Attacks were recorded in "
            "Nikopol (artillery, drones), Marhanets (a KAB) and Pokrov (FPV drones).",
            {"Nikopol": {"artillery", "drone"}, "Marhanets": {"glide bomb"}, "Pokrov": {"drone"}},
        ),
        # a border region's administration: a colon, then each community with its weapon
        (
            "The following communities came under fire: Krasnopillia (mortars), Bilopillia "
            "(guided aerial bomb), Vorozhba (drone).",
            {"Krasnopillya": {"artillery"}, "Bilopillia": {"glide bomb"}, "Vorozhba": {"drone"}},
        ),
        # a monitoring log: brackets with the system, a town's region in other brackets (no
        # weapon of another town's)
        (
            "Overnight Russian forces struck Kryvyi Rih (Iskander-M), Zaporizhzhia (Shahed "
            "drones) and Pokrovsk (Donetsk region).",
            {
                "Kryvyy Rih": {"ballistic missile"},
                "Zaporizhzhya": {"drone"},
                "Pokrovsk": {None},
            },
        ),
    ],
)
def test_a_places_bracketed_weapon_is_its_own(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_a_bracket_of_figures_leaves_the_sentences_weapon(extractor):
    text = "Russian shelling hit Nikopol (2 wounded), Marhanets (KAB, 1 killed) and Pokrov."
    assert _strikes(extractor, text) == {
        "Nikopol": {"artillery"},
        "Marhanets": {"glide bomb"},
        "Pokrov": {"artillery"},
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live blog: the first city's attack names no weapon, the drone is the second's
        (
            "In Kharkiv two people were injured in an attack, and later a drone hit a car in Sumy.",
            {"Kharkiv": {None}, "Sumy": {"drone"}},
        ),
        # a wire: blasts heard in one city, the drone told of another
        (
            "Explosions were heard in Poltava overnight, while in Kremenchuk a drone damaged a "
            "refinery.",
            {"Poltava": {None}, "Kremenchuk": {"drone"}},
        ),
        # a regional digest: the glide bombs told of an earlier strike elsewhere
        (
            "Russia attacked Zaporizhzhia overnight, injuring three; earlier, glide bombs struck "
            "Orikhiv.",
            {"Zaporizhzhya": {None}, "Orikhiv": {"glide bomb"}},
        ),
    ],
)
def test_a_weapon_told_only_of_a_later_place_is_not_an_earlier_ones(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_a_list_of_places_shares_the_weapon_told_after_it(extractor):
    text = "Kharkiv, Sumy, Poltava and Odesa were attacked by drones overnight."
    assert _strikes(extractor, text) == {
        "Kharkiv": {"drone"},
        "Sumy": {"drone"},
        "Poltava": {"drone"},
        "Odesa": {"drone"},
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor: the toll first, the two kinds of weapon in the next sentence
        (
            "Two people were wounded in Nikopol, the governor said. The Russians used artillery "
            "and kamikaze drones against the town.",
            {"Nikopol": {"artillery", "drone"}},
        ),
        # a front-line channel: "the town" hit with two kinds
        (
            "Huliaipole came under attack again. Russian forces hit the town with glide bombs "
            "and drones, damaging a school.",
            {"Hulyaypole": {"glide bomb", "drone"}},
        ),
        # a wire: "the attack involved" two kinds
        (
            "An enterprise was damaged in Dnipro overnight. The attack involved missiles and "
            "drones, officials said.",
            {"Dnipro": {"missile", "drone"}},
        ),
    ],
)
def test_two_kinds_told_in_the_sentence_after_are_a_record_each(extractor, text, expected):
    assert _strikes(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis: the lead names the raid's drones, a section per target after
        (
            "Ukraine hit Russia overnight with long-range drones, its General Staff said on "
            "Sunday.\n\nThe Syzran refinery\nUkraine also said it had struck the refinery in "
            "Syzran. Russia did not comment.",
            {"Syzran": {"drone"}},
        ),
        # a regional wire: the lead's Shahed drones, each town's damage in a paragraph
        (
            "Russian forces attacked the south with Shahed drones during the night, officials "
            "said.\n\nIn Odesa, a port building was damaged and two workers were hurt.\n\nIn "
            "Izmail, a fire broke out at a warehouse after the strike.",
            {"Odesa": {"drone"}, "Izmayil": {"drone"}},
        ),
    ],
)
def test_a_raids_lead_gives_its_weapon_to_the_strikes_told_after(extractor, text, expected):
    assert _strikes(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the second city joined by ", and", its own attackers in the passive
        (
            "A missile hit the port of Odesa, and Izmail was attacked by drones.",
            {"Odesa": {"missile"}, "Izmayil": {"drone"}},
        ),
        # a regional channel: the same with a system-less missile
        (
            "Glide bombs hit Kupiansk, and Izium was struck by a missile.",
            {"Kupyansk": {"glide bomb"}, "Izyum": {"missile"}},
        ),
        # (a place joined with no weapon of its own shares the first one's)
        (
            "Drones hit Kharkiv, and Sumy and Poltava were also attacked.",
            {"Kharkiv": {"drone"}, "Sumy": {"drone"}, "Poltava": {"drone"}},
        ),
    ],
)
def test_a_place_joined_to_a_list_keeps_its_own_clauses_weapon(extractor, text, expected):
    assert _strikes(extractor, text) == expected
