"""An event of type "other" (a mass grave found, bodies recovered: UCDP's six such rows) is drawn
in a shape of its own: it was a circle as a strike is, and the legend read "● strike ... ● other",
so an analyst read a grave found at Izium as a strike there (newuser33)."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import BASE_EVENT, open_map_file
from geo.events import to_frame


def test_other_events_are_not_drawn_as_strikes(offline_page, tmp_path):
    frame = to_frame(
        [
            {**BASE_EVENT, "event_type": "strike"},
            {**BASE_EVENT, "event_type": "other", "place": "Izium", "lat": 49.21, "lon": 37.26},
            {**BASE_EVENT, "event_type": "fighting", "place": "Bakhmut", "lat": 48.6, "lon": 38.0},
        ]
    )
    page = offline_page
    open_map_file(page, frame, tmp_path)
    icons = {
        place: page.locator(f'.leaflet-marker-icon[title="{place}"] svg').first.inner_html()
        for place in ("Kyiv", "Izium", "Bakhmut")
    }
    assert len(set(icons.values())) == 3, icons
    page.locator(".sm-legend summary").click()
    marks = page.locator(".sm-legend .sm-types span").all_text_contents()
    expect(page.locator(".sm-legend .sm-types span")).to_have_count(3)
    shapes = {m.split(" ", 1)[1]: m.split(" ", 1)[0] for m in marks}
    assert set(shapes) == {"strike", "other", "fighting"}, marks
    assert len(set(shapes.values())) == 3, marks  # a mark of its own for each type
    page.screenshot(path=str(tmp_path / "other.png"))
    assert page.errors == []
