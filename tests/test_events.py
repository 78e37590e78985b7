from __future__ import annotations

from datetime import date

import pytest

from geo import events as ev
from geo.filtering import Filters, apply_filters
from geo.geocode import distance_km
from geo.records import EventError, event_id, validate

BASE = {
    "event_date": "2024-11-25",
    "time_precision": 1,
    "event_type": "strike",
    "geo_precision": 1,
    "verification": "claimed",
    "place": "Kharkiv",
    "lat": 49.98,
    "lon": 36.25,
    "source": "test",
}


@pytest.fixture(scope="module")
def reference(gazetteer):
    return ev.load_reference(gazetteer)


def test_event_id_is_stable_and_distinct():
    a = event_id("r.txt", "strike", "Kharkiv", "2024-11-25", "S-400")
    assert a == event_id("r.txt", "strike", "Kharkiv", "2024-11-25", "S-400")
    assert a != event_id("r.txt", "strike", "Kharkiv", "2024-11-25", "Iskander")
    assert a.startswith("sm-")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"event_type": "bombing"}, "'event_type' should be one of strike"),
        ({"verification": "maybe"}, "'verification' should be one of confirmed"),
        ({"time_precision": 5}, "'time_precision' should be one of 1, 2, 3"),
        ({"event_date": "25/11/2024"}, "'event_date' should be a date as YYYY-MM-DD"),
        ({"injured": "many"}, "'injured' should be a whole number"),
        ({"injured": -3}, "'injured' should not be negative"),
        ({"lat": 123.0}, "coordinates out of range"),
        ({"weapon_category": "laser"}, "'weapon_category' should be one of"),
        ({"place": ""}, "'place' should name the place"),
        ({"place": {"name": "Kharkiv"}}, "'place' should be text, got an object"),
        ({"event_id": ["a", "b"]}, "'event_id' should be text, got a list"),
        ({"notes": b"bytes"}, "'notes' should be text, got bytes"),
    ],
)
def test_validation_names_the_field(change, message):
    with pytest.raises(EventError, match=message):
        validate({**BASE, **change})


@pytest.mark.parametrize("spelling", ["20241125", "2024-W48-1", "2024W481"])
def test_other_iso_spellings_of_a_day_are_kept_as_year_month_day(spelling):
    # date.fromisoformat takes these too; the store, the filters and every export read only
    # YYYY-MM-DD, so an event kept as "20241125" was set aside as broken on the next load
    assert validate({**BASE, "event_date": spelling})["event_date"] == "2024-11-25"


def test_reference_events_cover_the_report(reference):
    assert len(reference) == 12
    assert reference.crs.to_epsg() == 4326
    by_place = {p: row for p, row in zip(reference["place"], reference.itertuples(), strict=True)}
    assert by_place["Kursk East Airport"].weapon == "ATACMS"
    assert by_place["Kursk East Airport"].verification == "unverified"
    assert by_place["Dnipro"].weapon == "Oreshnik" and by_place["Dnipro"].event_date == "2024-11-21"
    assert by_place["Kharkiv"].injured == 25 and by_place["Kharkiv"].weapon == "S-400"
    assert by_place["Odesa"].injured == 11 and by_place["Odesa"].weapon == "Iskander"
    assert by_place["Kursk"].weapon == "Storm Shadow" and by_place["Kursk"].geo_precision == 2
    assert {"Pokrovsk", "Kurakhove"} <= {
        p
        for p, t in zip(reference["place"], reference["event_type"], strict=True)
        if t == "fighting"
    }
    meetings = set(reference.loc[reference["event_type"] == "meeting", "place"])
    assert meetings == {"Brussels", "Fiuggi"}
    assert not {"Rome", "Washington", "North Korea"} & set(reference["place"])


def test_reference_places_come_from_the_gazetteer(reference, gazetteer):
    kharkiv = reference[reference["place"] == "Kharkiv"].geometry.iloc[0]
    assert distance_km(kharkiv.y, kharkiv.x, 49.994, 36.231) < 15
    airport = reference[reference["place"] == "Kursk East Airport"].geometry.iloc[0]
    assert distance_km(airport.y, airport.x, 51.751, 36.296) < 3


def test_each_event_keeps_its_sentence(reference):
    from conftest import REFERENCE_REPORT

    text = REFERENCE_REPORT.read_text(encoding="utf-8")
    for row in reference.itertuples():
        assert row.source_text and text[row.span_start : row.span_end] == row.source_text


def test_find_sentence():
    text = "First one. The drones came at night. Last."
    assert ev.find_sentence(text, "drones came") == ("The drones came at night.", 11, 36)
    assert ev.find_sentence(text, "absent") is None


def test_filters(reference):
    only = apply_filters(reference, Filters(weapons=("ATACMS",)))
    assert set(only["weapon"]) == {"ATACMS"} and len(only) == 2
    assert len(apply_filters(reference, Filters(weapons=("SCALP-EG",)))) == 1
    drones = apply_filters(reference, Filters(weapons=("drone",)))
    assert set(drones["place"]) == {"Kyiv", "Sumy"}
    week = apply_filters(reference, Filters(since=date(2024, 11, 25), until=date(2024, 11, 25)))
    assert set(week["event_date"]) == {"2024-11-25"}
    meetings = apply_filters(reference, Filters(types=("meeting",), verification=("confirmed",)))
    assert set(meetings["place"]) == {"Brussels", "Fiuggi"}
    italy = apply_filters(reference, Filters(bounds=(6.0, 36.0, 19.0, 47.0)))
    assert list(italy["place"]) == ["Fiuggi"]
