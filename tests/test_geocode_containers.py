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


def test_a_town_name_before_a_lower_case_river_is_the_river(geocoder):
    # Written for this test: "the Dnipro river" by Kherson is the river's stretch there, not the
    # city of Dnipro 250 km upstream; it is put at the town named before it.
    text = "Artillery on the far bank shelled Bilozerka, just west of Kherson, across the Dnipro river."
    names = ("Bilozerka", "Kherson", "Dnipro")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    dnipro = geocoder.resolve(text, spans)[2]
    assert dnipro.source == "beside" and dnipro.place.name == "Kherson"
