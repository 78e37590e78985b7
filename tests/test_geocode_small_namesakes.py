"""A small town that has a front-line town's name only as another spelling of its own yields to
that town, wherever it lies, unless the text names its own region or district after it."""

from __future__ import annotations

from geo.gazetteer.index import Place
from geo.geocode.candidates import Candidate
from geo.geocode.towns_over_villages import namesakes_yield_to_towns


def _candidates() -> tuple[Candidate, Candidate]:
    # a market town of the front, and a hamlet two regions away spelt alike only by GeoNames
    town = Place(1, "Staromlynivka", 47.7, 36.3, "UA", "Zaporizhia", "Polohy", "city", 12_000)
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


def test_a_namesake_of_its_own_name_is_left_to_the_context():
    town, hamlet = _candidates()
    hamlet.main_name = True
    namesakes_yield_to_towns([town, hamlet], set())
    assert hamlet.score == 0.72
