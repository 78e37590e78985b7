"""A row whose place name the gazetteer finds only far from the rest of the file is named in the
import's notes, with where it went; the map's count says how many events lie out of view
(newuser21: "Atlantis" went to South Africa with no warning, and the preview's "7 events on the
map" had it out of sight)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import read_import_file
from geo import formats

# Written for these tests: three strikes in eastern Ukraine and one at a name found only abroad.
FILE = (
    "date,type,location,region\n"
    "2026-11-10,strike,Izium,Kharkiv\n"
    "2026-11-10,strike,Kupiansk,Kharkiv\n"
    "2026-11-11,strike,Sloviansk,Donetsk\n"
    "2026-11-11,strike,Atlantis,\n"
)


def test_a_row_put_outside_the_theatre_is_named_with_where_it_went(gazetteer):
    result = formats.read(FILE.encode(), "far.csv", gazetteer)
    assert len(result.frame) == 4
    far = [n for n in result.notes if "'Atlantis' was put at" in n]
    assert len(far) == 1 and far[0].startswith("line 5: 'Atlantis' was put at Atlantis")
    assert "ZA" in far[0] and "outside Ukraine and Russia" in far[0]


def test_rows_in_the_theatre_and_near_each_other_draw_no_warning(gazetteer):
    near = "\n".join(FILE.splitlines()[:4]) + "\n"
    assert not [
        n for n in formats.read(near.encode(), "near.csv", gazetteer).notes if "put at" in n
    ]


@pytest.mark.browser
def test_the_preview_counts_the_events_out_of_view(offline_page, app_server):
    page = offline_page
    read_import_file(page, app_server["url"], "far.csv", FILE.encode())
    expect(page.get_by_text(re.compile(r"^Line 5:\W* 'Atlantis' was put at"))).to_be_visible(
        timeout=60_000
    )
    count = page.frame_locator('iframe[title="Event map"]').locator(".sm-count")
    expect(count).to_have_text(
        "4 events on the map; 1 out of view: zoom out to see it", timeout=60_000
    )
    assert page.errors == []
