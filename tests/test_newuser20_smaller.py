"""Smaller things a new analyst (newuser20) found: GeoNames' soft-sign marks in the names shown
("Rossosh’"), a category typed as a hand-added event's weapon kept in the weapon column, and
``geo geocode`` answering a Texan town without saying which theatre it read the name in."""

from __future__ import annotations

import json

from conftest import run_cli
from geo.event_names import event_place
from geo.hand_events import hand_event

FIELDS = {"event_type": "strike", "event_date": "2026-11-20", "verification": "claimed"}


def test_soft_sign_marks_are_left_out_of_names_of_the_war_countries():
    at = {"country": "RU", "admin1": "Voronezh", "geo_precision": 1}
    assert event_place({**at, "place": "Rossosh’"}) == "Rossosh"
    assert event_place({**at, "place": "Kam’yans’ke", "country": "UA"}) == "Kamyanske"
    assert event_place({**at, "place": "O’Hare", "country": "US"}) == "O’Hare"  # elsewhere kept


def test_a_category_typed_as_the_weapon_is_the_category_alone(gazetteer):
    place = gazetteer.lookup("Nikopol")[0][0]
    for typed, category in (("artillery", "artillery"), ("drones", "drone")):
        event = hand_event({**FIELDS, "weapon": typed}, "r.txt", place=place)
        assert (event["weapon"], event["weapon_category"]) == (None, category), typed
    event = hand_event({**FIELDS, "weapon": "Shahed-136"}, "r.txt", place=place)
    assert (event["weapon"], event["weapon_category"]) == ("Shahed", "drone")


def test_geocode_says_which_theatre_it_read_the_name_in():
    plain = json.loads(run_cli("geocode", "Odessa").stdout)
    assert plain["theatre"].startswith("none") and "--theatre" in plain["theatre"]
    war = json.loads(run_cli("geocode", "Odessa", "--theatre").stdout)
    assert war["country"] == "UA" and "Ukraine" in war["theatre"]
