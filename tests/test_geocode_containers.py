"""A name the gazetteer lacks, written right before a place it knows ("a suburb, Auckland"), is
put at that place; the names below are made up so that the gazetteer cannot know them."""

from __future__ import annotations


def _resolve(geocoder, text, name):
    start = text.index(name)
    return geocoder.resolve(text, [(start, start + len(name))])[0]


def test_an_unknown_suburb_before_its_city_is_put_at_the_city(geocoder):
    res = _resolve(geocoder, "Flooding reached Kowhaiflats, Auckland, on Monday.", "Kowhaiflats")
    assert res.place is not None and res.place.name == "Auckland"
    assert res.place.country == "NZ" and res.source == "container"
    assert res.candidates == []


def test_an_unknown_base_before_its_region_is_put_in_the_region(geocoder):
    text = "He worked at Fort Quillback (Maryland) for 18 years."
    res = _resolve(geocoder, text, "Fort Quillback")
    assert (res.place.feature, res.place.admin1, res.source) == ("admin1", "Maryland", "container")


def test_an_unknown_name_with_nothing_after_it_stays_unresolved(geocoder):
    res = _resolve(geocoder, "Residents of Kowhaiflats met on Monday.", "Kowhaiflats")
    assert res.place is None and res.source == ""
    # nor is a place further on taken for its container
    res = _resolve(geocoder, "Kowhaiflats residents then drove to Auckland.", "Kowhaiflats")
    assert res.place is None


def test_a_known_name_keeps_its_own_reading(geocoder):
    res = _resolve(geocoder, "The fair opened in Athens, Georgia, on Friday.", "Athens")
    assert (res.place.name, res.place.admin1) == ("Athens", "Georgia")
    assert res.source == "geonames"
