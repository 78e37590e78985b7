"""A headline's or a ticker's clipped passive whose subject is a facility named after its town
("Mykolaiv grain terminal hit by drones", "Kherson tram depot shelled"): the town is where the
blow fell, as "Kherson shelled" is."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Feed\n\nMykolaiv grain terminal hit by drones overnight, two workers hurt.\n",
            "Mykolaiv",
        ),
        ("Ticker\n\n08:10 Kherson tram depot shelled; a driver wounded.\n", "Kherson"),
        (
            "Digest\n\nPoltava compressor station struck again overnight, the operator says.\n",
            "Poltava",
        ),
        (
            "Wire\n\nChernihiv power plant damaged in a missile attack, the governor says.\n",
            "Chernihiv",
        ),
    ],
)
def test_a_facility_named_after_its_town_with_a_bare_participle_was_hit(extractor, text, place):
    events = extractor.extract(text, "t", date(2025, 5, 6))
    assert [(e["event_type"], e["place_mention"]) for e in events] == [("strike", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Notes\n\nOdesa port workers struck for higher pay last spring.\n",
    ],
)
def test_a_town_naming_people_who_did_something_is_no_hit(extractor, text):
    assert extractor.extract(text, "t", date(2025, 5, 6)) == []
