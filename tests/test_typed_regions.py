"""A region typed by a user (a CSV's location cell, "Add an event the extractor missed", the review's
"Another place") is the region, in every spelling a writer uses (newuser19): "Odesa region" and
"Zaporizhzhia Oblast" became the city, an exact point, because GeoNames spells those oblasts
"Odessa" and "Zaporizhia" and the typed spelling found only the cities; a report's same words and
``geo geocode`` found the region. One function (geo.geocode.typed) serves every typed path."""

from __future__ import annotations

import pytest

from geo import formats

# (typed, the oblast's GeoNames name): variants of spelling and of the region word
REGIONS = [
    ("Odesa region", "Odessa"),
    ("Odesa Oblast", "Odessa"),
    ("odesa oblast", "Odessa"),
    ("Odessa region", "Odessa"),
    ("Zaporizhzhia region", "Zaporizhia"),
    ("Zaporizhzhia Oblast", "Zaporizhia"),
    ("Zaporizhia region", "Zaporizhia"),
    ("Kharkiv region", "Kharkiv"),
    ("Sumy Oblast", "Sumy"),
    ("Mykolaiv region", "Mykolaiv"),
    ("Kyiv region", "Kiev"),  # the oblast around the capital, not the city's own region
]


@pytest.mark.parametrize(("typed", "oblast"), REGIONS)
def test_the_typed_paths_find_the_region(geocoder, typed, oblast):
    from geo.review import typed_choices

    first = typed_choices(geocoder, typed, "", limit=1)[0][0]
    assert (first.feature, first.name, first.country) == ("admin1", oblast, "UA")


def test_a_csv_location_naming_a_region_is_the_region_somewhere_in_it(gazetteer):
    rows = "".join(
        f"2026-11-0{i + 1},strike,{t},unverified\n" for i, (t, _) in enumerate(REGIONS[:9])
    )
    result = formats.read(f"date,type,location,status\n{rows}".encode(), "mine.csv", gazetteer)
    assert len(result.frame) == 9, result.refused
    by_typed = result.frame.set_index("place_mention")
    for typed, oblast in REGIONS[:9]:
        assert by_typed.loc[typed, "place"] == oblast, typed
        assert by_typed.loc[typed, "geo_precision"] == 3, typed  # somewhere in the region


def test_a_plain_city_name_stays_the_city(geocoder, gazetteer):
    from geo.review import typed_choices

    for typed in ("Odesa", "Zaporizhzhia", "Kharkiv"):
        assert typed_choices(geocoder, typed, "", limit=1)[0][0].feature == "city", typed
    result = formats.read(b"date,type,location\n2026-11-01,strike,Odesa\n", "c.csv", gazetteer)
    assert result.frame.iloc[0]["geo_precision"] == 1


def test_a_hand_added_region_is_region_level(geocoder):
    from geo.hand_events import hand_event
    from geo.review import typed_choices

    place = typed_choices(geocoder, "Odesa region", "", limit=1)[0][0]
    fields = {"event_date": "2026-11-01", "event_type": "strike", "verification": "unverified"}
    event = hand_event(fields, "r.txt", place=place)
    assert (event["place"], event["geo_precision"]) == ("Odessa", 3)


# Written for this test: towns of Donetsk oblast, where a village called Zaporizhzhia lies too.
DONBAS = "Shelling hit Pokrovsk at night; a drone struck a garage in Myrnohrad."


@pytest.mark.parametrize(
    ("typed", "oblast"),
    [
        ("Zaporizhzhia Oblast", "Zaporizhia"),
        ("zaporizhzhia oblast", "Zaporizhia"),
        ("Zaporizhzhia region", "Zaporizhia"),
        ("region of Odesa", "Odessa"),
        ("the oblast of Sumy", "Sumy"),
        ("Odesa Raion", "Odessa"),  # GeoNames holds no raions: its oblast, somewhere in it
    ],
)
def test_a_typed_region_is_that_region_whatever_the_context(geocoder, typed, oblast):
    from geo.review import typed_choices

    first = typed_choices(geocoder, typed, DONBAS, limit=1)[0][0]
    assert (first.feature, first.name) == ("admin1", oblast)


def test_a_town_typed_in_context_is_still_read_in_it(geocoder):
    from geo.review import typed_choices

    first = typed_choices(geocoder, "Zaporizhzhia", DONBAS, limit=1)[0][0]
    assert first.feature != "admin1"  # a place, not a region (the village, in this context)
