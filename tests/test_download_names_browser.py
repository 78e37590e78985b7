"""A download is named for the view it holds (newuser37).

Every view of the Map page downloaded as "sitrep-events.geojson" (and .csv, .gpkg, .kml): an
investigator's exports of four filtered views were "sitrep-events (1).geojson" and on, none
saying what it held. The name now carries what the filters keep, as the line under the title
says it ("weapon ATACMS" gives "sitrep-events_weapon-atacms.geojson").
"""

from __future__ import annotations

from webui.text import file_stem


def test_the_stem_says_what_the_filters_keep():
    assert file_stem([]) == "sitrep-events"
    kept = ["claimed by Ivan Fedorov", "2026-10-01 to 2026-10-31"]
    assert file_stem(kept) == "sitrep-events_claimed-by-ivan-fedorov_2026-10-01-to-2026-10-31"
    assert file_stem(["region ../../etc/passwd"]) == "sitrep-events_region-etc-passwd"
    assert len(file_stem(["weapon " + "Shahed, " * 40])) <= 100


def test_the_downloads_are_named_for_the_view(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"] + "/?weapon=ATACMS")
    page.get_by_text("Export", exact=True).click()
    with page.expect_download(timeout=60_000) as got:
        page.get_by_role("button", name="Download GeoJSON").click()
    assert got.value.suggested_filename == "sitrep-events_weapon-atacms.geojson"
    page.get_by_test_id("stSelectbox").filter(has_text="Other format").click()
    page.get_by_role("option").filter(has_text="GeoPackage").first.click()
    with page.expect_download(timeout=60_000) as got:
        page.get_by_role("button", name="Download GPKG").click()
    assert got.value.suggested_filename == "sitrep-events_weapon-atacms.gpkg"
    assert page.errors == []
