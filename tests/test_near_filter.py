"""What hit within 25 km of a place (newuser39).

A security officer with offices in Kharkiv, Dnipro, Zaporizhzhia and Mykolaiv briefs each
morning on what hit near them; no filter, link or command could keep the events within a
distance of a place (``--bbox`` took a box of degrees, and the Map page not even that):
``?near=Kharkiv&km=25`` showed every event with "The link's filter "near" is left out". Now
``geo.filtering.Filters.near`` keeps events whose point lies within the radius (a region-wide
event never: its point is anywhere in the region), the Map page reads it from its link and its
Filters box, and ``geo export --near PLACE --km N`` writes them.
"""

from __future__ import annotations

import json

import numpy as np
from streamlit.testing.v1 import AppTest
from test_link_days_outside import _map  # (the Map page opened by a link)

from conftest import ROOT, run_cli
from geo import store
from geo.events import to_frame
from geo.filtering import Filters, apply_filters, within_km
from webui.text import literal

TIMEOUT = 120
# (id, place, lat, lon, precision): Chuhuiv is 37 km from Kharkiv's centre, Merefa 23 km
EVENTS = [
    ("kh", "Kharkiv", 49.9935, 36.2304, 1),
    ("me", "Merefa", 49.8230, 36.0500, 1),
    ("ch", "Chuhuiv", 49.8353, 36.6880, 1),
    ("dn", "Dnipro", 48.4666, 35.0407, 1),
    ("ob", "Kharkiv region", 49.9935, 36.2304, 3),  # region-wide, at the region's point
]


def _frame():
    return to_frame(
        [
            {
                "event_id": i,
                "event_date": "2026-12-06",
                "time_precision": 1,
                "event_type": "strike",
                "weapon_category": "drone",
                "geo_precision": precision,
                "verification": "confirmed",
                "place": place,
                "lat": lat,
                "lon": lon,
            }
            for i, place, lat, lon, precision in EVENTS
        ]
    )


def test_within_km_measures_great_circle_distances():
    # Kharkiv to Dnipro: 190.6 km by geopy's geodesic; to Chuhuiv 37.3 km, to Merefa 23.0 km
    lat, lon = np.array([48.4666, 49.8353, 49.8230]), np.array([35.0407, 36.6880, 36.0500])
    assert within_km(lat, lon, 49.9935, 36.2304, 189.5).tolist() == [False, True, True]
    assert within_km(lat, lon, 49.9935, 36.2304, 191.5).tolist() == [True, True, True]
    assert within_km(lat, lon, 49.9935, 36.2304, 36.5).tolist() == [False, False, True]
    assert within_km(lat, lon, 49.9935, 36.2304, 22.5).tolist() == [False, False, False]


def test_the_filter_keeps_places_within_the_radius_and_no_region_wide_event():
    kept = apply_filters(_frame(), Filters(near=(49.9935, 36.2304, 25.0)))
    assert sorted(kept["event_id"]) == ["kh", "me"]
    kept = apply_filters(_frame(), Filters(near=(49.9935, 36.2304, 40.0)))
    assert sorted(kept["event_id"]) == ["ch", "kh", "me"]


def test_a_link_keeps_the_events_near_a_place(scratch_store):
    store.save(_frame(), scratch_store)
    at = _map(near="Kharkiv", km="25")
    line = at.caption[0].value
    assert line.startswith(
        f"2 of 5 events match the filters ({literal('within 25 km of Kharkiv')})"
    ), line
    assert not at.warning, [w.value for w in at.warning]
    assert at.query_params["near"] == "Kharkiv" and at.query_params["km"] == "25"
    at = _map(near="Kharkiv")  # 25 km when no radius is given
    assert at.caption[0].value.startswith("2 of 5 events match"), at.caption[0].value


def test_a_place_the_gazetteer_lacks_is_said_and_left_out(scratch_store):
    store.save(_frame(), scratch_store)
    at = _map(near="Kharkivv Office", km="ten")
    assert at.caption[0].value.startswith("5 of 5 events match"), at.caption[0].value
    notice = " ".join(w.value for w in at.warning)
    assert literal("Near a place: 'Kharkivv Office' is not in the gazetteer") in notice, notice
    assert literal("km should be a distance in km") in notice, notice
    assert "left out (no option" not in notice and "filter" + ' "near"' not in notice


def test_the_filters_box_takes_a_place_and_a_radius(scratch_store):
    store.save(_frame(), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["filters_open"] = True
    at.run()
    at.text_input(key="f_near").input("Kharkiv").run()
    at.number_input(key="f_km").set_value(40.0).run()
    assert at.caption[0].value.startswith("3 of 5 events match"), at.caption[0].value
    assert at.query_params["near"] == "Kharkiv" and at.query_params["km"] == "40"


def test_the_command_line_exports_the_events_near_a_place(scratch_store):
    store.save(_frame(), scratch_store)
    env = {"SITREP_STORE": str(scratch_store)}
    done = run_cli("export", "--near", "Kharkiv", "--km", "25", "-o", "-", env=env)
    assert done.returncode == 0, done.stderr
    ids = sorted(f["properties"]["event_id"] for f in json.loads(done.stdout)["features"])
    assert ids == ["kh", "me"]
    done = run_cli("export", "--near", "49.9935, 36.2304", "--km", "40", "-o", "-", env=env)
    assert len(json.loads(done.stdout)["features"]) == 3, done.stderr
    done = run_cli("export", "--near", "Nowhere Office", "-o", "-", env=env)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().endswith(
        "is not in the gazetteer: try another spelling, a larger town, or lat, lon"
    )
    done = run_cli("export", "--km", "5", "-o", "-", env=env)
    assert done.returncode == 2 and "--km needs --near" in done.stderr


def test_the_place_is_found_again_for_another_theatre_and_only_the_last_is_kept(monkeypatch):
    """(review39) The centre was kept per text typed, for the whole session and whatever the
    theatre: a theatre switched to kept the other's "Mykolaiv"."""
    from dataclasses import replace
    from types import SimpleNamespace

    from geo import nearby, theatre
    from webui import near_filter

    home = theatre.current()
    away = replace(home, name="Elsewhere", sides=home.sides[::-1])
    asked: list[tuple[str, str]] = []

    def centre(_geocoder, typed, _countries):
        asked.append((typed, in_use.name))
        return nearby.Centre(typed, 1.0 + len(asked), 2.0)

    in_use = home
    state: dict = {}
    monkeypatch.setattr(near_filter, "st", SimpleNamespace(session_state=state))
    monkeypatch.setattr(near_filter.theatre, "current", lambda: in_use)
    monkeypatch.setattr(near_filter.nearby, "centre", centre)
    monkeypatch.setattr(near_filter.data, "geocoder", lambda: None)

    first = near_filter._resolved("Mykolaiv")
    assert near_filter._resolved("Mykolaiv") == first  # found once, kept
    in_use = away
    assert near_filter._resolved("Mykolaiv") != first  # found again for the other theatre
    for typed in ("Kh", "Kha", "Khar", "Kharkiv"):
        near_filter._resolved(typed)
    assert asked == [
        ("Mykolaiv", home.name),
        ("Mykolaiv", "Elsewhere"),
        *[(t, "Elsewhere") for t in ("Kh", "Kha", "Khar", "Kharkiv")],
    ]
    assert list(state) == ["f_near_found"] and state["f_near_found"][0] == "Kharkiv"
