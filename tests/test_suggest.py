"""Did you mean: the gazetteer's nearest spellings of a misspelt place (geo.geocode.suggest)."""

from __future__ import annotations

import pytest

from geo.geocode.suggest import edits, max_edits, suggestions, trigrams


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Kramatorks", "Kramatorsk"),  # two letters swapped
        ("Bakhmt", "Bakhmut"),  # one dropped
        ("Sloviiansk", "Slovyansk"),  # one doubled (GeoNames spells it so)
        ("Kherosn", "Kherson"),
        ("Belgorood", "Belgorod"),  # in Russia too
        ("Zaporizhia", "Zaporizhzhya"),  # the region's name: the city is offered
    ],
)
def test_a_misspelt_town_is_offered_first(gazetteer, typed, meant):
    offered = suggestions(gazetteer, typed)
    assert offered and offered[0].place.name == meant
    assert offered[0].place.feature in ("city", "capital", "village")


def test_a_misspelt_former_name_offers_the_city_and_the_region(gazetteer):
    offered = {(s.place.name, s.place.feature) for s in suggestions(gazetteer, "Dnipropetrvsk")}
    assert ("Dnipro", "city") in offered
    assert any(feature == "admin1" for _, feature in offered)


@pytest.mark.parametrize("typed", ["Kharkov", "Kharkiv", "Odesa", "Izium"])
def test_a_town_known_as_typed_gets_no_suggestion(gazetteer, typed):
    assert suggestions(gazetteer, typed) == []


@pytest.mark.parametrize("typed", ["Qzxwvtown", "Ivo", "", "48.1, 37.2"])
def test_nonsense_and_short_names_get_none(gazetteer, typed):
    assert suggestions(gazetteer, typed) == []


def test_suggestions_are_the_nearest_spellings_only_and_at_most_the_limit(gazetteer):
    offered = suggestions(gazetteer, "Pokrovks", limit=3)
    assert 0 < len(offered) <= 3
    assert {s.edits for s in offered} == {1}
    assert offered[0].place.name == "Pokrovsk" and offered[0].place.country == "UA"


def test_edit_distance_counts_a_swap_as_one_and_stops_past_its_limit():
    assert edits("kramatorks", "kramatorsk", 2) == 1
    assert edits("bakhmt", "bakhmut", 2) == 1
    assert edits("abc", "abc", 1) == 0
    assert edits("kyiv", "lviv", 1) == 2  # past the limit: limit + 1
    assert edits("a", "abcdef", 2) == 3


def test_trigrams_mark_the_ends_and_the_allowance_grows_with_length():
    assert trigrams("kyiv") == {"  k", " ky", "kyi", "yiv", "iv "}
    assert [max_edits("x" * n) for n in (4, 5, 6, 11, 12)] == [1, 1, 2, 2, 3]
