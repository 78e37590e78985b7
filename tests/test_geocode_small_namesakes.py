"""A small town that has a front-line town's name only as another spelling of its own yields to
that town, wherever it lies, unless the text names its own region or district after it."""

from __future__ import annotations

import dataclasses

from geo.gazetteer.index import Place
from geo.geocode.candidates import Candidate
from geo.geocode.towns_over_villages import namesakes_yield_to_towns


def _candidates() -> tuple[Candidate, Candidate]:
    # a market town of the front, and a hamlet two regions away spelt alike only by GeoNames
    town = Place(
        1, "Staromlynivka", 47.7, 36.3, "UA", "Zaporizhia", "Polohy", "city", 12_000, code="PPL"
    )
    hamlet = Place(2, "Staromlynivka", 48.1, 34.1, "UA", "Dnipropetrovsk", "Dnipro", "city", 900)
    return Candidate(town, 0.60, main_name=True), Candidate(hamlet, 0.72, main_name=False)


def test_a_small_namesake_by_spelling_yields_to_the_town_of_the_name():
    town, hamlet = _candidates()
    namesakes_yield_to_towns([town, hamlet], set())
    assert hamlet.score < town.score


def test_a_small_namesake_named_with_its_region_keeps_its_score():
    town, hamlet = _candidates()
    namesakes_yield_to_towns([town, hamlet], {("UA", "Dnipropetrovsk")})
    assert hamlet.score == 0.72


def test_a_namesake_of_its_own_name_is_left_to_the_context_below_a_town_of_10000():
    town, hamlet = _candidates()
    hamlet.main_name = True
    town.place = dataclasses.replace(town.place, population=8_000)
    namesakes_yield_to_towns([town, hamlet], set())
    assert hamlet.score == 0.72


def test_a_namesake_of_its_own_name_yields_to_a_town_of_10000_five_times_larger():
    town, hamlet = _candidates()
    hamlet.main_name = True
    namesakes_yield_to_towns([town, hamlet], set())
    assert hamlet.score < town.score


def test_a_namesake_yields_only_for_the_town_to_win():
    town, hamlet = _candidates()
    third = Place(3, "Staromlynivskyi", 48.0, 37.8, "UA", "Donetsk", "", "city", 9_000)
    other = Candidate(third, 0.9, main_name=False, likeness=0.8)
    namesakes_yield_to_towns([town, hamlet, other], set())
    assert hamlet.score == 0.72
