"""At scale: generated stores (benchmarks/generate.py), the filter index, the pages on 10,000 events."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import expect
from streamlit.testing.v1 import AppTest

from benchmarks.generate import generate
from conftest import MAP_FRAME, ROOT, running_app
from geo import store
from geo.filtering import EventIndex, Filters

SIZE = 10_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory, gazetteer):
    path = tmp_path_factory.mktemp("big") / "store.gpkg"
    store.save(generate(SIZE, seed=11, gazetteer=gazetteer), path)
    return path


def test_generated_events_are_reproducible_and_valid(gazetteer):
    a, b = generate(500, seed=3, gazetteer=gazetteer), generate(500, seed=3, gazetteer=gazetteer)
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
    assert set(a["event_type"]) <= {"strike", "fighting", "interception", "meeting"}
    assert a.geometry.y.between(44, 56.5).mean() > 0.95  # the theatre, bar the meetings
    assert generate(500, seed=4, gazetteer=gazetteer)["event_id"].iloc[0] == "syn-4-0"


def _naive(frame, f: Filters) -> list[bool]:
    from geo import weapons

    out = []
    for row in frame.itertuples():
        ok = True
        if f.weapons:
            names = {(weapons.canonical(w) or w).casefold() for w in f.weapons}
            cats = {w.casefold() for w in f.weapons}
            weapon = str(row.weapon).casefold() if isinstance(row.weapon, str) else None
            cat = (
                str(row.weapon_category).casefold()
                if isinstance(row.weapon_category, str)
                else None
            )
            # a category takes in its kinds: "artillery" rocket artillery, "drone" naval drone
            kind_of = cat is not None and any(cat.endswith(" " + c) for c in cats)
            ok &= weapon in names or cat in cats or kind_of
        ok &= not f.types or row.event_type in f.types
        ok &= not f.verification or row.verification in f.verification
        ok &= not f.since or str(row.event_date) >= f.since.isoformat()
        ok &= not f.until or str(row.event_date) <= f.until.isoformat()
        if f.bounds:
            w, s_, e, n = f.bounds
            ok &= w <= row.geometry.x <= e and s_ <= row.geometry.y <= n
        out.append(bool(ok))
    return out


@pytest.fixture(scope="module")
def stored_sample(tmp_path_factory, gazetteer):
    """2,000 generated events, saved and loaded back (categories, as the app holds them)."""
    path = tmp_path_factory.mktemp("sample") / "store.gpkg"
    store.save(generate(2000, seed=5, gazetteer=gazetteer), path)
    return store.load(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weapons_=st.lists(
        st.sampled_from(["Shahed", "Geran-2", "KAB", "drone", "artillery", "ATACMS", "none"]),
        max_size=3,
    ),
    types=st.lists(st.sampled_from(["strike", "fighting", "interception", "meeting"]), max_size=2),
    verification=st.lists(st.sampled_from(["confirmed", "claimed", "unverified"]), max_size=2),
    since=st.none() | st.dates(date(2022, 12, 1), date(2025, 1, 31)),
    until=st.none() | st.dates(date(2022, 12, 1), date(2025, 1, 31)),
    bounds=st.none()
    | st.tuples(st.floats(20, 36), st.floats(43, 49), st.floats(36, 45), st.floats(49, 57)),
)
def test_filter_index_agrees_with_a_row_loop(
    stored_sample, weapons_, types, verification, since, until, bounds
):
    f = Filters(tuple(weapons_), tuple(types), tuple(verification), since, until, bounds)
    assert EventIndex(stored_sample).mask(f).tolist() == _naive(stored_sample, f)


def test_map_page_with_ten_thousand_events(big_store, gazetteer, monkeypatch):
    monkeypatch.setenv("SITREP_STORE", str(big_store))
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    at.session_state["table_open"] = True  # the table is drawn once a reader opens it
    at.session_state["filters_open"] = True  # and the filters once their box is opened
    at.run()
    assert not at.exception
    # the store holds the user's own events: the sample's 12 are loaded but left out of the count
    assert at.caption[0].value.startswith(f"{SIZE:,} of {SIZE:,} events")
    assert len(at.dataframe[0].value) == 1000  # the table lists the newest; downloads hold all
    at.multiselect(key="f_weapon").select("Shahed").run()
    frame = store.load_all(gazetteer, big_store)
    own = EventIndex(frame, store.reference_ids(gazetteer))
    expected = int(own.mask(Filters(weapons=("Shahed",), sample=False)).sum())
    assert at.caption[0].value.startswith(f"{expected:,} of {SIZE:,} events")


@pytest.mark.browser
def test_clustered_map_in_the_browser(offline_page, big_store, gazetteer):
    with running_app(big_store, big_store.parent / "streamlit.log") as server:
        page = offline_page
        page.goto(server["url"])
        frame = page.frame_locator(MAP_FRAME)
        ready = frame.locator("[data-sm-ready='1']")
        expect(ready).to_have_count(1, timeout=120_000)
        assert ready.get_attribute("data-sm-total") == str(SIZE)  # the sample left out
        # Events reach beyond the theatre (Brussels, Fiuggi, the far east), so the map opens on
        # the theatre's view; every event inside that view is counted there, clustered.
        south, north, west, east = ready.evaluate(
            "() => { const b = window.sitrepMap.map.getBounds();"
            " return [b.getSouth(), b.getNorth(), b.getWest(), b.getEast()]; }"
        )
        events = store.load_all(gazetteer, big_store, sample=False)
        lat, lon = _drawn_at(events)  # a region's events are drawn at a point of the region
        inside = lat.between(south, north) & lon.between(west, east)
        assert 0.9 * SIZE < int(inside.sum()) < SIZE  # not all: the far east is outside
        assert ready.get_attribute("data-sm-in-view") == str(int(inside.sum()))
        clusters = frame.locator(".sm-cluster")
        assert clusters.count() > 0
        centres = clusters.evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })"
        )
        gaps = [
            ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
            for k, (ax, ay) in enumerate(centres)
            for bx, by in centres[k + 1 :]
        ]
        assert min(gaps, default=99) >= 30  # neighbouring cells whose circles would overlap merge
        # The biggest cluster opens into smaller ones, then into single events with popups.
        for _ in range(8):
            if frame.locator(".sm-event").count():
                break
            frame.locator(".sm-cluster").first.click(force=True)
            page.wait_for_timeout(700)
        frame.locator(".sm-event").first.click(force=True)
        fanned = frame.locator(".leaflet-sm-spider-pane .sm-event")  # markers covering each other
        expect(frame.locator(".sm-popup").or_(fanned.first)).to_be_visible()
        if fanned.count():
            fanned.first.click()
        expect(frame.locator(".sm-popup").last).to_be_visible()
        page.wait_for_timeout(800)  # any pan to show the popup has redrawn the markers by now
        expect(frame.locator(".sm-popup")).to_have_count(1)
        page.screenshot(path=str(ROOT / "artifacts" / "map-10k-zoomed.png"))
        assert page.errors == []


def _drawn_at(events):
    """Where the map draws each event: its own point, or for an event placed at a region, the
    region's point (geo.region_points) when the basemap has one."""
    import pandas as pd

    from geo.precision import GeoPrecision
    from geo.region_points import region_points

    drawn = (events["country"].astype(str) + "|" + events["admin1"].astype(str)).map(
        region_points()
    )
    at_region = drawn.notna() & (
        pd.to_numeric(events["geo_precision"], errors="coerce") == int(GeoPrecision.REGION)
    )
    lat = events.geometry.y.where(~at_region, drawn.str[0])
    lon = events.geometry.x.where(~at_region, drawn.str[1])
    return lat.astype(float), lon.astype(float)
