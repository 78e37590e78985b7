"""The History page's table is as tall as its rows: it showed about ten in a tall window, the
rest of the window blank under it (newuser21)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import run_cli, running_app

pytestmark = pytest.mark.browser


def test_the_history_table_shows_more_than_ten_rows(offline_page, tmp_path):
    rows = "".join(f"2026-11-{d:02d},strike,Izium,Kharkiv\n" for d in range(1, 17))
    path, store = tmp_path / "sixteen.csv", tmp_path / "store.gpkg"
    path.write_text("date,type,location,region\n" + rows, encoding="utf-8")
    done = run_cli("import", str(path), env={"SITREP_STORE": str(store)})
    assert done.returncode == 0, done.stderr
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 1600})
    # a server of its own: the shared one's store stays as other tests expect it
    with running_app(store, tmp_path / "streamlit.log") as server:
        _look(page, server["url"])


def _look(page, url: str) -> None:
    page.goto(url + "/history")
    grid = page.locator(".sm-history")
    expect(grid).to_be_visible(timeout=60_000)
    box = grid.bounding_box()
    assert box is not None and box["height"] >= 16 * 35, box  # 16 rows of 35 px, not 10
    assert page.errors == []


def imported_and_noted(tmp_path, csv_text: str, notes: str):
    """A store of ``csv_text``'s events imported by the command line, then each one's notes
    edited to ``notes`` (a change of the "Fields" column)."""
    from geo import store as events_store

    path, store = tmp_path / "events.csv", tmp_path / "store.gpkg"
    path.write_text(csv_text, encoding="utf-8")
    done = run_cli("import", str(path), env={"SITREP_STORE": str(store)})
    assert done.returncode == 0, done.stderr
    edited = events_store.load(store)
    edited["notes"] = notes
    events_store.save(edited, store)
    return store


def _cut_cells(page) -> list[str]:
    """Texts of the History table's cells that their cell does not show whole, its column
    headers that lie past the window's right edge, and its one-word cells broken over lines."""
    return page.evaluate(
        """() => {
          const out = [];
          const table = document.querySelector('.sm-history');
          if (!table) return ['no table'];
          for (const cell of table.querySelectorAll('td, th')) {
            if (cell.scrollWidth > cell.clientWidth + 1) out.push('cut: ' + cell.innerText);
            if (cell.tagName === 'TH' && cell.getBoundingClientRect().right > window.innerWidth)
              out.push('off-screen: ' + cell.innerText);
          }
          // a header, a who, a what or an id on more than one line ("Wh o", "updat e",
          // "sm- / 65f86287c7 / 61" beside the Kind column: newuser34)
          for (const cell of table.querySelectorAll('th, td.sm-who, td.sm-action, td.sm-event_id')) {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (lines.size > 1) out.push('broken: ' + cell.innerText);
          }
          return out;
        }"""
    )


def test_the_history_shows_every_column_and_whole_texts_at_1366_and_768(offline_page, tmp_path):
    # written for this test: a region-wide strike (the longest place line) and a town's
    rows = (
        "2026-11-01,strike,Dnipropetrovsk region,Dnipropetrovsk\n2026-11-02,strike,Izium,Kharkiv\n"
    )
    # a long edit beside the short cells: it squeezed "Who" and "update" to a letter's width
    notes = "the toll was revised twice by the regional administration " * 4
    store = imported_and_noted(tmp_path, "date,type,location,region\n" + rows, notes)
    page = offline_page
    with running_app(store, tmp_path / "streamlit.log") as server:
        for width in (1366, 768):
            page.set_viewport_size({"width": width, "height": 1000})
            page.goto(server["url"] + "/history")
            expect(page.get_by_text("Dnipropetrovsk region, 2026-11-01").first).to_be_visible(
                timeout=60_000
            )
            expect(page.locator(".sm-history th", has_text="Fields")).to_be_visible()
            assert _cut_cells(page) == [], width
        # a phone: each change a block of labelled lines, nothing past the window's edge
        page.set_viewport_size({"width": 390, "height": 844})
        expect(page.locator(".sm-history th").first).to_be_hidden()
        who = page.locator(".sm-history td.sm-who").first
        expect(who).to_be_visible()
        assert page.evaluate("e => getComputedStyle(e, '::before').content", who.element_handle())
        main = page.get_by_test_id("stMain")
        assert main.evaluate("m => m.scrollWidth <= m.clientWidth"), "the page scrolls sideways"
        assert _cut_cells(page) == []
    assert page.errors == []
