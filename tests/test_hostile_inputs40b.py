"""attack40b: the session's new features attacked (decimal commas in a comma-separated file, the
near filter's ring, the weekly chart, the long-link middleware, the form of an incident added by
hand, the claimants' automaton); each test failed before its fix."""

from __future__ import annotations

import pytest

# --- a quoted "37,500" in a comma-separated file --------------------------------------------------
# A comma-separated file's "37,500" in quotes is a thousands separator as often as a decimal mark:
# it was put at 37.5 without a word. Only a file of ';' or tabs between cells has decimal commas.
_COMMAS = (
    "event_date,event_type,latitude,longitude,country,admin1,place,source\n"
    '2024-05-01,strike,48.0,"37,500",UA,Donetsk,Donetsk,s\n'
    "2024-05-02,strike,48.0,37.8,UA,Donetsk,Donetsk,s\n"
)


def test_a_comma_in_a_number_of_a_comma_separated_file_is_refused(gazetteer):
    from geo import formats

    result = formats.read(_COMMAS.encode(), "commas.csv", gazetteer)
    assert len(result.frame) == 1  # the other row is read
    (geometry,) = result.frame.geometry
    assert (geometry.y, geometry.x) == (48.0, 37.8)
    ((line, reason),) = list(result.refused)
    assert line == 2
    assert "'longitude' should be a number, got '37,500' instead" in reason
    assert "\n" not in reason


def test_the_same_number_of_a_semicolon_file_is_a_decimal(gazetteer):
    from geo import formats

    text = _COMMAS.replace(",", ";").replace('"37;500"', "37,500")
    result = formats.read(text.encode(), "semicolons.csv", gazetteer)
    assert not result.refused, result.refused
    assert sorted(result.frame.geometry.x) == [37.5, 37.8]


# --- a too_long_link typed by hand -----------------------------------------------------------------
# The page's line for a dropped link is read from the link's ?too_long_link=PARAMETERS,CHARACTERS:
# one typed by hand of sizes no dropped link has was said as if true ("The link had 5 parameters,
# more than the 1,000 the app reads", "-3 parameters", 1,000,000,000 parameters in 1 character).
@pytest.mark.parametrize("value", ["5,5", "-3,-3", "1000,999", "1000000000,1", "0,600000"])
def test_a_forged_too_long_link_says_nothing(value):
    from webui import link_limits

    assert link_limits.notice(value) is None


@pytest.mark.parametrize("value", ["1001,1001", "1,524289", "3000,26999"])
def test_the_sizes_of_a_dropped_link_are_said(value):
    from webui import link_limits

    assert "all of it was left out" in (link_limits.notice(value) or "")


# --- an incident added by hand under a source name of 1 MB ----------------------------------------
# The Source box's 1 MB name was stored whole in each incident added under it (and sent whole in
# each one's map popup); the form now refuses it in one line, and the fields typed stay in it.
def test_a_source_name_of_a_megabyte_is_refused_in_one_line():
    from datetime import date

    from geo.hand_events import hand_event
    from geo.records import EventError

    fields = {"event_type": "strike", "event_date": date(2025, 1, 2), "verification": "unverified"}
    with pytest.raises(EventError) as refused:
        hand_event(fields, "x" * 1_000_000, point=(49.99, 36.23), near=None)
    said = str(refused.value)
    assert said.startswith("'source' should be at most 1,000 characters, got 1,000,000")
    assert "\n" not in said and len(said) < 200
    assert hand_event(fields, "x" * 1_000, point=(49.99, 36.23), near=None)["source"] == "x" * 1_000


# --- the near filter's radius -----------------------------------------------------------------------
# A link's km=1_0 was a 10 km ring (Python's float() reads digits grouped by "_"); 0, negative,
# NaN, 1e308 and 40,000 were refused already.
@pytest.mark.parametrize("km", ["1_0", "2_5 km", "0", "-5", "nan", "1e308", "40000", "inf"])
def test_a_radius_no_reader_writes_is_refused(km):
    from geo import nearby

    with pytest.raises(nearby.NearError, match="km should be"):
        nearby.radius_km(km)


def test_the_near_filter_reaches_across_the_antimeridian_and_the_pole():
    import numpy as np

    from geo.filtering import within_km

    lat, lon = np.array([0.0, 89.95, 0.0]), np.array([-179.95, 100.0, 170.0])
    assert within_km(lat, lon, 0.0, 179.95, 25).tolist() == [True, False, False]
    assert within_km(lat, lon, 89.95, -80.0, 25).tolist() == [False, True, False]


# --- the time chart over a century ----------------------------------------------------------------
# A century of events charted per week is 5,200 bars on a chart some 900 pixels wide: each bar
# narrower than half a pixel, the chart showed empty axes and said nothing. Its words now say so.
def _counts(days: list[str], size: str):
    import geopandas as gpd
    import numpy as np

    from geo import timeline
    from geo.filtering import EventIndex

    frame = gpd.GeoDataFrame(
        {
            "event_date": days,
            "event_type": ["strike"] * len(days),
            "weapon": [None] * len(days),
            "weapon_category": ["drone"] * len(days),
            "verification": ["confirmed"] * len(days),
        },
        geometry=gpd.points_from_xy([36.2] * len(days), [50.0] * len(days)),
        crs="EPSG:4326",
    )
    return timeline.counts(EventIndex(frame), np.ones(len(days), bool), size=size)


def test_bars_narrower_than_a_pixel_are_said():
    from geo import timeline

    century = _counts(["1800-01-01", "1925-06-01", "2200-12-31"], "week")
    said = timeline.thin_bars(century) or ""
    assert (
        said.startswith("The 20,9") and "weeks charted are each narrower than half a pixel" in said
    )
    assert "\n" not in said
    assert timeline.thin_bars(_counts(["2001-01-01", "2025-12-31"], "week")) is None  # 1,305
    assert timeline.thin_bars(_counts(["2020-01-01", "2025-12-31"], "day")) is not None  # 2,191


# --- the long-link middleware's redirect -----------------------------------------------------------
# http://host//evil.example/?a=1&... (1,001 parameters) was sent on to "//evil.example/?too_long_
# link=1001,4003": a link to another site, where the browser went. The redirect stays on the app.
def _sent_to(path: str, query: str, method: str = "GET") -> list[dict]:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from webui.link_limits import TooLongLink

    sent: list[dict] = []

    async def app(scope, receive, send):
        await send({"type": "passed"})

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "path": path, "query_string": query.encode(), "method": method}
    # (in a thread of its own: a browser test before it may leave this thread's loop running)
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, TooLongLink(app)(scope, None, send)).result()
    return sent


@pytest.mark.parametrize("path", ["//evil.example/", "///evil.example", "/\\evil.example"])
def test_a_long_link_is_sent_on_to_the_app_only(path):
    start = _sent_to(path, "&".join(["a=1"] * 1_001))[0]
    assert start["status"] == 303
    (location,) = [v.decode() for k, v in start["headers"] if k == b"location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\"))
    assert location.endswith("?too_long_link=1001,4003")


def test_the_links_at_the_limits_and_other_requests_pass():
    many = "&".join(["a=1"] * 1_001)
    assert _sent_to("/", "&".join(["a=1"] * 1_000)) == [{"type": "passed"}]
    assert _sent_to("/", "%26".join(["a=1"] * 1_001)) == [{"type": "passed"}]
    assert _sent_to("/", many, method="POST") == [{"type": "passed"}]
    assert _sent_to("/app/static/x.js", many) == [{"type": "passed"}]
