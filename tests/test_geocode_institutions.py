"""A state named by one of its institutions ("the Georgia Bureau of Investigation", "Kentucky
State Police") is context for the towns of the text; an institution named after a place ("the
University of Georgia") says where it comes from, not where the text is. Sentences are ours."""

from __future__ import annotations

from geo.geocode.toponyms import find_area_names

AREAS = ("country", "admin1")


def _found(geocoder, text: str) -> list[str]:
    return [text[s:e] for s, e in find_area_names(geocoder, text, AREAS)]


def test_a_state_before_its_institution_is_named(geocoder):
    text = "Albany police and Georgia Bureau of Investigation agents searched a house on Tuesday."
    assert "Georgia" in _found(geocoder, text)
    assert "Kentucky" in _found(geocoder, "Troopers of the Kentucky State Police closed the road.")
    assert "Ohio" in _found(geocoder, "The Ohio Department of Health counted 12 cases.")


def test_an_institution_named_after_a_place_does_not_name_it(geocoder):
    assert _found(geocoder, "She studied at the University of Georgia before the war.") == []
    assert _found(geocoder, "A surgeon of the Children's Hospital of Pittsburgh spoke.") == []


def test_the_town_follows_the_state_its_institution_names(geocoder):
    text = "Albany police and Georgia Bureau of Investigation agents searched a house on Tuesday."
    place = geocoder.resolve(text, [(0, 6)])[0].place
    assert (place.name, place.admin1) == ("Albany", "Georgia")
