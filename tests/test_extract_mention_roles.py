"""A place read as "only mentioned" when its sentence tells the event there, and the reverse
(issue 16): the words that make a place a launch site, a reference point or a locator belong to
the place right after them, not to a place after an event word further on ("drones launched
from X struck Y": Y is the target; "shelling from X damaged houses in Y": Y is no locator of X).
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 3, 5))
    return [(e["event_type"], e["place"], e["weapon_category"], e["event_date"]) for e in events]


@pytest.mark.parametrize(
    "text, place, category",
    [
        # a wire story
        (
            "Missiles launched from Belgorod struck Kharkiv on Tuesday, killing three, the "
            "regional governor said.",
            "Kharkiv",
            "missile",
        ),
        # a live blog's line
        (
            "- Drones fired from Kursk hit Sumy overnight on Tuesday, damaging a school.",
            "Sumy",
            "drone",
        ),
        # a think tank's sentence: the launch area with "from", the target after the verb
        (
            "Russian forces conducted a glide bomb strike from Belgorod Oblast against "
            "Vovchansk on March 4.",
            "Vovchansk",
            "glide bomb",
        ),
    ],
)
def test_a_place_after_the_event_word_that_follows_a_launch_site_is_the_target(
    extractor, text, place, category
):
    got = _got(extractor, text)
    assert any(p.startswith(place[:5]) and c == category for _, p, c, _ in got), got
    # the launch site is no event
    assert all(not p.startswith("Belgorod") and not p.startswith("Kursk") for _, p, _, _ in got)


@pytest.mark.parametrize(
    "text, place, category",
    [
        (
            "Russian shelling from Belgorod damaged houses in Vovchansk on Tuesday, the police "
            "said.",
            "Vovchansk",
            "artillery",
        ),
        (
            "Artillery fire from across the border in Kursk destroyed two barns in Khotin "
            "on Tuesday.",
            "Khotin",
            "artillery",
        ),
        (
            "Shelling from Oleshky wounded a man in Kherson on Tuesday morning.",
            "Kherson",
            "artillery",
        ),
    ],
)
def test_a_town_after_an_event_word_is_no_locator_of_the_town_before_it(
    extractor, text, place, category
):
    got = _got(extractor, text)
    assert (
        "strike",
        next(p for _, p, _, _ in got if p.startswith(place[:5])),
        category,
        "2025-03-04",
    ) in got, got


def test_a_town_in_its_region_is_still_located_by_it(extractor):
    got = _got(extractor, "A drone hit a house in Shebekino in the Belgorod region on Tuesday.")
    assert [p for _, p, _, _ in got] == ["Shebekino"], got


def test_a_speakers_town_after_an_event_of_its_paragraph_adds_to_that_event(extractor):
    text = (
        "A drone hit a car in Chuhuiv on Tuesday. The mayor of Kharkiv said two people were "
        "wounded in the attack."
    )
    got = extractor.extract(text, "t", published=date(2025, 3, 5))
    assert [(e["place"], e["injured"]) for e in got] == [("Chuhuyiv", 2)], got


@pytest.mark.parametrize(
    "text",
    [
        # a live blog's bullet: two of the city's districts named together
        "* Guided bombs fell on the Kyivskyi and Saltivskyi districts of Kharkiv on Tuesday "
        "afternoon, killing two, the governor said.",
        # a wire sentence: the city owns the districts
        "Russian glide bombs struck homes in Kharkiv's Shevchenkivskyi and Kyivskyi districts "
        "on Tuesday, killing two people.",
    ],
)
def test_a_citys_districts_named_together_are_the_city_not_villages_of_that_name(extractor, text):
    got = _got(extractor, text)
    assert [(t, p, c) for t, p, c, _ in got] == [("strike", "Kharkiv", "glide bomb")], got


@pytest.mark.parametrize(
    "text, place",
    [
        # a wire story: a refinery named by its town, then where the town lies
        (
            "Ukrainian drones hit the Ryazan refinery, 200 km southeast of Moscow, on Tuesday.",
            "Ryaz",
        ),
        # a think tank: a terminal and a distance from the regional capital
        (
            "A fire broke out at the Tuapse oil terminal, about 100 km south of Krasnodar, "
            "after a drone attack on Tuesday.",
            "Tuap",
        ),
        # a front report: a village and the town it lies south of
        (
            "Russian forces attacked Ukrainian positions near Robotyne village, 10 km south of "
            "Orikhiv, on Monday.",
            "Robo",
        ),
    ],
)
def test_a_distance_after_a_places_noun_only_says_where_the_place_lies(extractor, text, place):
    got = _got(extractor, text)
    assert [p[:4] for _, p, _, _ in got] == [place], got


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("Overnight air defence downed nine drones on their approach to the Kremenchuk refinery.",
         "interception", "Kremenchuk"),
        ("The brigade pushed Russian troops back from the approaches to Lyman on Monday.",
         "fighting", "Lyman"),
    ],
)  # fmt: skip
def test_the_approaches_to_a_town_are_near_it(extractor, text, event_type, place):
    # ("on the approaches to X", "on their approach to X": fought or downed near X, also after
    # "from")
    events = extractor.extract(text, "t", published=date(2025, 3, 5))
    assert [(e["event_type"], e["place"], e["geo_precision"]) for e in events] == [
        (event_type, place, 2)
    ]


def test_a_policy_approach_to_a_country_is_no_place_of_war(extractor):
    text = "The minister criticised Washington's approach to Ukraine, he said on Monday."
    assert _got(extractor, text) == []
