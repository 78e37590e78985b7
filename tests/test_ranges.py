"""The range tool: geodesic rings of weapons' nominal ranges, and its page."""

from __future__ import annotations

import re

import pytest
from geopy.distance import geodesic
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo import ranges


def test_reach_reads_aliases_and_refuses_the_unknown():
    assert ranges.reach("SCALP-EG") == ("Storm Shadow", 250.0)
    assert ranges.reach("Iskander-M") == ("Iskander", 500.0)
    with pytest.raises(ValueError, match="'weapon' should be one of"):
        ranges.reach("Xyzzy-9")
    assert all(w.range_km <= ranges.MAX_RING_KM for w in ranges.ranged())


@pytest.mark.parametrize("km", [40, 500, 2500])
def test_every_ring_point_lies_at_the_range_by_geopy(km):
    centre = (50.5954, 36.5873)  # Belgorod
    points = ranges.ring(*centre, km)
    assert points[0] == points[-1] and len(points) == 181
    for lat, lon in points:
        assert geodesic(centre, (lat, lon)).km == pytest.approx(km, abs=0.01)


def test_page_draws_a_ring_per_weapon():
    at = AppTest.from_file(str(ROOT / "pages" / "ranges.py"), default_timeout=120).run()
    assert not at.exception
    at.multiselect(key="range_weapons").set_value(["Iskander", "Storm Shadow", "ATACMS"]).run()
    html = at.get("iframe")[0].proto.srcdoc  # the map's page
    assert html.count("sm-range-ring") == 3
    # each weapon its own colour (Iskander and ATACMS would share a category's), and its label
    colours = re.findall(r"sm-range-label\\\" style=\\\"border-color:(#[0-9a-f]{6})", html)
    assert len(set(colours)) == 3
    for label in ("Iskander: 500 km", "Storm Shadow: 250 km", "ATACMS: 300 km"):
        assert label in html
    at.text_input(key="range_place").set_value("Sevastopol").run()
    caption = at.caption[1].value.replace("\\", "")  # Markdown's escapes
    assert caption.startswith("Sevastopol, UA (") and "Misto" not in caption
    at.text_input(key="range_place").set_value("kiev").run()
    assert at.caption[1].value.replace("\\", "").startswith("Kyiv, UA (for “kiev”)")
    at.text_input(key="range_place").set_value("Xqzzyvillekh").run()
    assert "not in the gazetteer" in at.error[0].value


def test_the_place_box_reads_names_for_the_theatre():
    """A bare "Odessa" typed in the box is the Ukrainian port, not the Texan city of the name."""
    at = AppTest.from_file(str(ROOT / "pages" / "ranges.py"), default_timeout=120).run()
    at.text_input(key="range_place").set_value("Odessa").run()
    assert not at.exception
    shown = [c.value.replace("\\", "") for c in at.caption]
    assert "Odesa, UA (for “Odessa”) (46.4857, 30.7438)" in shown


def test_the_place_box_takes_coordinates_as_ingest_does():
    """ "48.5, 37.9" is a point (latitude first), as in Ingest's "Another place" box; out of range
    says what is wrong."""
    at = AppTest.from_file(str(ROOT / "pages" / "ranges.py"), default_timeout=120).run()
    at.text_input(key="range_place").set_value("48.5, 37.9").run()
    assert not at.exception and not at.error
    html = at.get("iframe")[0].proto.srcdoc
    assert "sm-range-ring" in html and "48.5000, 37.9000" in html
    # the chosen weapons wrap onto more lines (on a phone the second was cut to "Storm Sh")
    assert any(".st-key-range_weapons" in h.proto.body for h in at.get("html"))
    at.text_input(key="range_place").set_value("95, 37.9").run()
    assert "latitude first" in at.error[0].value
    # numbers that are no point say so; a pasted name of 10,000 letters is not repeated whole
    at.text_input(key="range_place").set_value("1e308,5").run()
    assert "is not a point" in at.error[0].value
    at.text_input(key="range_place").set_value("Xq" * 5000).run()
    assert "not in the gazetteer" in at.error[0].value and len(at.error[0].value) < 300


def test_places_are_named_as_the_map_spells_them():
    from webui import data
    from webui.places import place_line, place_name

    geocoder = data.geocoder()
    odesa = geocoder.geocode("Odesa").place
    assert odesa.admin1 == "Odessa"  # GeoNames' spelling of the region...
    assert place_line(odesa) == "Odesa, UA"  # ...not shown beside the city's
    assert place_line(geocoder.geocode("Bakhmut").place) == "Bakhmut, Donetsk, UA"
    # the oblast around Kyiv is written as the map writes it, apart from the city's own region
    assert place_line(geocoder.geocode("Bila Tserkva").place) == "Bila Tserkva, Kyiv region, UA"
    assert place_name("kiev", geocoder.geocode("kiev").place) == "Kyiv, UA (for “kiev”)"
