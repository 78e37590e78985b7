"""What a researcher new to the app could not do, in a real Chromium (newuser40): add an incident
known from no report, and see the near filter's radius on the map."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_pages_browser import _click_until

from conftest import MAP_FRAME

pytestmark = pytest.mark.browser


def test_an_incident_with_no_report_is_typed_in_the_opened_form_and_saved(offline_page, tmp_path):
    """The button opens the form unfolded (a keyed box's state set by the button's callback
    left it folded in the browser, where AppTest read it as open), and the incident is saved
    under the source typed. (A server of its own: the saved event must stay out of the shared
    store.)"""
    from conftest import running_app
    from geo import store

    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log", warm=True) as server:
        page = offline_page
        page.set_viewport_size({"width": 1366, "height": 768})
        page.goto(server["url"] + "/ingest")
        name = page.get_by_label("Source (report name)")
        expect(name).to_be_visible(timeout=120_000)
        name.fill("video-geolocated-0205")
        name.press("Enter")
        place = page.get_by_label("Place: a name, or lat, lon")
        button = page.get_by_role("button", name="Add an incident without a report")
        _click_until(button, place)  # visible: the form is unfolded
        place.fill("Kremenchuk")
        page.get_by_label("Weapon", exact=True).fill("Shahed")
        heading = page.get_by_test_id("stHeading").filter(has_text="1 event added by hand as")
        _click_until(page.get_by_role("button", name="Add the event"), heading)
        _click_until(
            page.get_by_role("button", name="Save to the store"),
            page.get_by_text("Saved 1 new event"),
        )
        saved = store.load(server["store"])
        assert saved["source"].tolist() == ["video-geolocated-0205"]
        assert (saved["place"].iloc[0], saved["weapon"].iloc[0]) == ("Kremenchuk", "Shahed")
        assert page.errors == []


def test_the_near_filter_s_ring_is_drawn_around_its_place(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"] + "/?near=Kharkiv&km=40")
    frame = page.frame_locator(MAP_FRAME)
    ring = frame.locator("path.sm-near")
    expect(ring).to_have_count(1, timeout=120_000)
    box = ring.bounding_box()
    assert box is not None and box["width"] > 10 and abs(box["width"] - box["height"]) < 3
    page.goto(app_server["url"])
    expect(frame.locator(".sm-event").first).to_be_visible(timeout=120_000)
    expect(frame.locator("path.sm-near")).to_have_count(0)
    assert page.errors == []
