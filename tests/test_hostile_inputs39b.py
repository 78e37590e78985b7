"""The fortieth session's second attack (attack39b): the "Near a place" link, an imported file's
``extra``; each test written before its fix. (Pasted and imported fields, a saved report's name,
history lines and the chart's labels were tried in a browser with <img onerror> and <script>:
all shown as text, nothing ran.)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect


# --- a link's radius below the box's least value -------------------------------------------------
# `?near=Kharkiv&km=0.05` (or 1e-9) filtered at 0.05 km and the page's line said "within 0.05 km"
# while the "Within km" box showed its least value, 0.5: the box and the filter disagreed. One
# least radius (geo.nearby.MIN_KM) for the link, the command line and the box.
@pytest.mark.parametrize("km", ["0.05", "1e-9", "0", "-0"])
def test_a_radius_below_the_least_is_refused_in_one_line(km):
    from geo import nearby

    with pytest.raises(nearby.NearError, match=r"km should be from 0\.1 to 1,000"):
        nearby.radius_km(km)


def test_the_least_radius_is_read():
    from geo import nearby

    assert nearby.radius_km(str(nearby.MIN_KM)) == nearby.MIN_KM
    assert nearby.radius_km("0.5 km") == 0.5


# --- a link's place or radius of a megabyte ------------------------------------------------------
# `?near=<1 MB>` or `?km=<1 MB>` put the whole megabyte in the page's notice (and in
# `geo export --near`'s error): cut to a line.
@pytest.mark.parametrize("typed", ["Kharkiv " * 125_000, "x" * 1_000_000])
def test_a_megabyte_place_is_named_in_one_short_line(geocoder, typed):
    from geo import nearby

    with pytest.raises(nearby.NearError) as refused:
        nearby.centre(geocoder, typed, {"UA"})
    assert len(str(refused.value)) < 200 and "\n" not in str(refused.value)


def test_a_megabyte_radius_is_named_in_one_short_line():
    from geo import nearby

    for km in ("9" * 1_000_000, "x" * 1_000_000):
        with pytest.raises(nearby.NearError) as refused:
            nearby.radius_km(km)
        assert len(str(refused.value)) < 200, len(str(refused.value))


# --- an imported file's extra that is no JSON object ---------------------------------------------
# A CSV row whose extra cell is no JSON was refused with "Expecting value: line 1 column 1
# (char 0)", naming neither the column nor what it takes; a GeoJSON "extra": "text" (or a list)
# was dropped without a word, the row stored without it.
_CSV = (
    "event_date,event_type,latitude,longitude,country,admin1,place,source,extra\n"
    "2024-05-01,strike,48.0,37.8,UA,Donetsk,Donetsk,s,not json\n"
)
_GEOJSON = (
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
    '"coordinates":[37.8,48.0]},"properties":{"event_date":"2024-05-01","event_type":"strike",'
    '"place":"Donetsk","country":"UA","source":"s","extra":%s,"unit":"x"}}]}'
)


def test_a_csv_extra_that_is_no_json_names_the_column(gazetteer):
    from geo import formats

    result = formats.read(_CSV.encode(), "a.csv", gazetteer)
    (reason,) = [reason for _, reason in result.refused]
    assert reason.startswith("extra should be JSON"), reason


@pytest.mark.parametrize("kept", ['"oops{"', "[1, 2]", "7"])
def test_a_geojson_extra_that_is_no_object_is_kept(gazetteer, kept):
    import json

    from geo import formats

    frame = formats.read((_GEOJSON % kept).encode(), "a.geojson", gazetteer).frame
    assert json.loads(frame["extra"][0]) == {"extra": json.loads(kept), "unit": "x"}


@contextmanager
def _map_page(app_server, browser, query: str) -> Iterator:
    """The Map page opened by the link ``query`` in a new browser page, closed after."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(app_server["url"] + "/?" + query)
        yield page
    finally:
        page.close()


# --- in a browser: the link's radius is the box's ------------------------------------------------
@pytest.mark.browser
def test_a_link_below_the_least_radius_says_so_and_the_box_agrees(app_server, browser):
    with _map_page(app_server, browser, "near=Kharkiv&km=0.05") as page:
        notice = page.get_by_text("km should be from 0.1 to 1,000")
        expect(notice).to_be_visible(timeout=90_000)
        expect(page.get_by_text("within 25 km of Kharkiv").first).to_be_visible()
        page.get_by_text("Filters", exact=True).last.click()
        expect(page.get_by_label("Within km")).to_have_value("25", timeout=30_000)


# --- a link's sample word that is neither show nor hide ------------------------------------------
# `?sample=yes` (or `true`, `1`) was left out without a word: the sample shown or hidden by the
# default, the colleague who sent the link none the wiser.
@pytest.mark.browser
def test_a_link_sample_word_that_is_no_choice_is_said(app_server, browser):
    with _map_page(app_server, browser, "sample=yes") as page:
        said = page.get_by_text("The link's sample")
        expect(said).to_be_visible(timeout=90_000)
        expect(said).to_contain_text('sample "yes" is left out')  # (a word joiner after ':')
        expect(said).to_contain_text("the address takes sample=show or hide")
