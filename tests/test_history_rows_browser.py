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
    grid = page.get_by_test_id("stDataFrame")
    expect(grid).to_be_visible(timeout=60_000)
    box = grid.bounding_box()
    assert box is not None and box["height"] >= 16 * 35, box  # 16 rows of 35 px, not 10
    assert page.errors == []
