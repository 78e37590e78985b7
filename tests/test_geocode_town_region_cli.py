"""``geo geocode "town, region"`` reads the form the app's "Another place" box reads, with the
same function (newuser23: "Novoolenivka, Donetsk" said "no such place" on the command line and
moved the event in the app)."""

from __future__ import annotations

import json

from conftest import run_cli
from geo import theatre
from geo.review import typed_choices


def test_a_town_in_a_named_region_is_the_one_the_app_offers_first(geocoder):
    out = run_cli("geocode", "--theatre", "Novoolenivka, Donetsk")
    assert out.returncode == 0, out.stdout + out.stderr
    got = json.loads(out.stdout)
    first, _ = typed_choices(geocoder, "Novoolenivka, Donetsk", "")[0]
    assert (got["name"], got["admin1"], got["country"]) == ("Novoolenivka", "Donetsk", "UA")
    assert (got["lat"], got["lon"]) == (round(first.lat, 6), round(first.lon, 6))
    assert theatre.current().countries  # (the app reads for the theatre too)


def test_candidates_are_the_towns_of_that_name_in_that_region_only():
    out = run_cli("geocode", "--theatre", "--candidates", "Novoolenivka, Donetsk")
    got = json.loads(out.stdout)
    assert got["candidates"] and {c["admin1"] for c in got["candidates"]} == {"Donetsk"}


def test_a_region_word_and_no_theatre_are_read_too():
    out = run_cli("geocode", "Kamianske, Zaporizhzhia Oblast")
    got = json.loads(out.stdout)
    assert (got.get("feature"), got.get("admin1")) == ("city", "Zaporizhia"), out.stdout


def test_a_town_not_in_that_region_is_not_found_not_moved_to_its_namesake():
    out = run_cli("geocode", "--theatre", "Bakhmut, Lviv")
    assert out.returncode == 1
    assert json.loads(out.stdout)["error"] == "no such place in the gazetteer"
