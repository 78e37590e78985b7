"""A region-level event is named as the region wherever a reader sees it (newuser20: the popup's
"Place: Zaporizhia, UA", the History's "strike at Odessa", a KML placemark "strike · Odessa ·"),
by one function (geo.event_names); a place of its own keeps its name."""

from __future__ import annotations

import json

import pandas as pd

from geo.changes import readable
from geo.event_names import event_place, shown_places
from geo.events import to_frame
from geo.formats.kml import to_kml

REGION = {
    "event_id": "sm-hand-1",
    "event_date": "2026-11-20",
    "time_precision": 1,
    "event_type": "strike",
    "geo_precision": 3,
    "verification": "claimed",
    "place": "Zaporizhia",
    "country": "UA",
    "admin1": "Zaporizhia",
    "lat": 47.5,
    "lon": 35.8,
}
CITY = {**REGION, "event_id": "e-2", "geo_precision": 1, "place": "Odesa", "admin1": "Odessa"}


def test_a_region_event_is_named_with_region_and_a_town_as_it_is():
    assert event_place(REGION) == "Zaporizhzhya region"
    assert event_place({**REGION, "place": "Odessa", "admin1": "Odessa"}) == "Odesa region"
    assert event_place({**REGION, "place": "Kiev", "admin1": "Kiev"}) == "Kyiv region"
    assert event_place(CITY) == "Odesa"
    assert event_place({**REGION, "geo_precision": None}) == "Zaporizhia"  # not said: as stored
    frame = pd.DataFrame([REGION, CITY])
    assert list(shown_places(frame)) == ["Zaporizhzhya region", "Odesa"]


def test_the_kml_names_a_region_event_as_the_region():
    kml = to_kml(to_frame([REGION, CITY]))
    assert "strike · Zaporizhzhya region · 2026-11-20" in kml
    assert "strike · Odesa · 2026-11-20" in kml


def test_the_history_names_a_region_event_as_the_region():
    history = pd.DataFrame(
        {
            "changed_at": ["2026-12-05T09:00:00+00:00"],
            "user": ["ana"],
            "action": ["insert"],
            "event_id": ["sm-hand-1"],
            "source": ["r.txt"],
            "changes": [json.dumps(REGION)],
        }
    )
    line = readable(history).iloc[0]
    assert line["event"] == "Zaporizhzhya region, 2026-11-20"
    assert line["changes"] == "added by hand: strike at Zaporizhzhya region"


def test_the_history_names_a_town_as_the_report_spelt_it():
    # newuser29: the map and the review said "Izmail", the History GeoNames' "Izmayil"
    town = {
        **CITY,
        "event_id": "e-3",
        "place": "Izmayil",
        "admin1": "Odessa",
        "place_mention": "the Danube",
        "source_text": "A drone hit a grain silo on the Danube near Izmail.",
        "span_start": 0,
    }
    history = pd.DataFrame(
        {
            "changed_at": ["2026-12-05T09:00:00+00:00", "2026-12-05T09:05:00+00:00"],
            "user": ["ana", "ana"],
            "action": ["insert", "update"],
            "event_id": ["e-3", "e-3"],
            "source": ["r.txt", "review"],
            "changes": [json.dumps(town), json.dumps({"fatalities": [None, 2]})],
        }
    )
    lines = readable(history)
    assert list(lines["event"]) == ["Izmail, 2026-11-20"] * 2
    # an event whose insert the history lacks is named from the events as they are now
    now = readable(history.iloc[[1]], events=pd.DataFrame([town])).iloc[0]
    assert now["event"] == "Izmail, 2026-11-20"


def test_the_history_dates_a_week_event_as_the_popup_does():
    """An OCHA-style weekly table's row was "Kupiansk, 2026-11-26" in the History, a day's event,
    while the popup and the Map page's table said "2026-11-26 (week)" (newuser32)."""
    week = {**CITY, "event_id": "w-1", "place": "Kupiansk", "event_date": "2026-11-26",
            "time_precision": 2}  # fmt: skip
    history = pd.DataFrame(
        {
            "changed_at": ["2026-12-05T09:00:00+00:00", "2026-12-05T09:05:00+00:00"],
            "user": ["ana", "ana"],
            "action": ["insert", "update"],
            "event_id": ["w-1", "w-1"],
            "source": ["ocha.txt", "review"],
            "changes": [json.dumps(week), json.dumps({"injured": [3, 4]})],
        }
    )
    assert list(readable(history)["event"]) == ["Kupiansk, 2026-11-26 (week)"] * 2
    day = {**week, "time_precision": 1}
    now = readable(history.iloc[[1]], events=pd.DataFrame([day])).iloc[0]
    assert now["event"] == "Kupiansk, 2026-11-26"
