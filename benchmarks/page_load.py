"""Time from opening the Map page in Chromium to the map showing every event (offline).

Usage: .venv/bin/python benchmarks/page_load.py [--runs 5]

Starts the app on a free port as `make run` does, opens the page --runs times in fresh browser
contexts (the first open also pays for the server's first script run), and prints each time and the
median of the warm ones. Also times a filter change (weapon = ATACMS) until the map shows 2 events.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import pytest  # noqa: F401  (conftest imports it)
    from playwright.sync_api import expect, sync_playwright

    import conftest

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    server = conftest.app_server.__wrapped__(_TmpFactory())
    info = next(server)
    opens, filters = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS
            )
            for _ in range(args.runs):
                ctx = browser.new_context(viewport={"width": 1440, "height": 900})
                ctx.route(
                    "**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort()
                )
                page = ctx.new_page()
                t0 = time.perf_counter()
                page.goto(info["url"])
                frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
                expect(frame.locator(".sm-event")).to_have_count(12, timeout=60_000)
                opens.append(time.perf_counter() - t0)
                page.get_by_test_id("stMultiSelect").first.click()
                page.keyboard.type("ATACMS")
                t1 = time.perf_counter()
                page.keyboard.press("Enter")
                expect(frame.locator(".sm-event")).to_have_count(2, timeout=60_000)
                filters.append(time.perf_counter() - t1)
                ctx.close()
            browser.close()
    finally:
        next(server, None)
    result = {
        "open_s": [round(t, 2) for t in opens],
        "open_warm_median_s": round(statistics.median(opens[1:] or opens), 2),
        "filter_change_s": [round(t, 2) for t in filters],
        "filter_change_median_s": round(statistics.median(filters), 2),
    }
    print(json.dumps(result, indent=2))
    return 0


class _TmpFactory:
    def mktemp(self, name: str) -> Path:
        import tempfile

        return Path(tempfile.mkdtemp(prefix=f"sitrep-{name}-"))


if __name__ == "__main__":
    raise SystemExit(main())
