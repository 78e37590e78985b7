"""Hostile text in the real browser: scripts in places, sentences and claims never run."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT, open_filters, running_app
from geo import store
from geo.events import to_frame

pytestmark = pytest.mark.browser
FLAG = "window.__pwned=1"
# Each kind of payload a scraped report or a stranger's file could carry.
PAYLOADS = {
    "script tag": f"<script>{FLAG}</script>",
    "script end in JSON": f"</script><script>{FLAG}</script>",
    "img onerror": f'<img src=x onerror="{FLAG}">',
    "svg onload": f"<svg onload={FLAG}>",
    "javascript link": f'<a href="javascript:{FLAG}">click</a>',
    "bare javascript url": f"javascript:{FLAG}",
    "quote break": "'\"};" + FLAG + ";//",
    "markdown link": f"[click](javascript:{FLAG})",
    "template": "{{constructor.constructor('" + FLAG + "')()}}",
    "iframe": f"<iframe srcdoc='<script>parent.{FLAG}</script>'></iframe>",
}
FIELDS = ("place", "place_mention", "claimed_by", "source_text", "notes", "actor", "source")


def _hostile_events() -> list[dict]:
    out = []
    for n, (kind, payload) in enumerate(PAYLOADS.items()):
        record = {
            "event_id": f"hostile-{n}",
            "event_date": "2025-01-01",
            "time_precision": 1,
            "event_type": "strike",
            "geo_precision": 1 + n % 3,
            "verification": "claimed",
            "weapon_category": "drone",
            "lat": 48.0 + n * 0.3,
            "lon": 30.0 + n * 0.4,
        }
        record.update({field: f"{kind} {payload}" for field in FIELDS})
        out.append(record)
    return out


HOSTILE_REPORT = (
    "Kyiv, 2025-01-02\n"
    f'Drones struck Kharkiv overnight <script>{FLAG}</script>, the governor <img src=x onerror="{FLAG}"> said.\n'
    f"A missile hit Odesa on Monday, according to [click](javascript:{FLAG}) officials.\n"
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "store.gpkg"
    store.save(to_frame(_hostile_events()), path)
    with running_app(path, path.parent / "streamlit.log") as server:
        yield server


def _totals(page) -> list[int]:
    """Events on each finished map in the page's frames (frames going away are passed over)."""
    out = []
    for f in page.frames:
        try:
            total = f.evaluate(
                "() => { const m = document.querySelector(\"[data-sm-ready='1']\");"
                " return m ? Number(m.dataset.smTotal) : null; }"
            )
        except Exception:
            continue
        if total is not None:
            out.append(total)
    return out


def _assert_clean(page):
    assert page.evaluate("() => window.__pwned") is None
    for frame in page.frames:
        assert frame.evaluate("() => window.__pwned === undefined ? null : window.__pwned") is None
    assert page.errors == [], page.errors


def test_hostile_events_on_the_map_run_nothing(offline_page, hostile_server):
    page = offline_page
    # the reference events beside the hostile ones (a store of one's own leaves them out)
    page.goto(hostile_server["url"] + "/?sample=show")
    frame = page.frame_locator(MAP_FRAME)
    markers = frame.locator(".leaflet-marker-pane .sm-event")
    markers_before = 12 + len(PAYLOADS)
    expect(markers).to_have_count(markers_before, timeout=60_000)
    copies = frame.locator(".leaflet-sm-spider-pane .sm-event")  # markers fanned out on a click
    shown: list[str] = []
    for i in range(markers.count()):
        title = markers.nth(i).get_attribute("title")
        markers.nth(i).dispatch_event("click")
        expect(frame.locator(".sm-popup").last.or_(copies.first).first).to_be_visible()
        if copies.count():  # covered by others at this zoom: open its own among them
            titles = copies.evaluate_all("els => els.map(e => e.title)")
            copies.nth(titles.index(title)).dispatch_event("click")
        expect(frame.locator(".sm-popup").last).to_be_visible()
        shown.append(frame.locator(".sm-popup").last.inner_text())
    # the payloads are shown as text, inert
    assert sum(FLAG in text for text in shown) == len(PAYLOADS)
    open_filters(page)
    page.get_by_test_id("stMultiSelect").first.click()
    page.keyboard.type("drone")
    page.keyboard.press("Enter")
    # the map is drawn anew in a new frame: wait for it, so that no frame goes away mid-check
    for _ in range(300):  # the page may show the old frame beside the new one for a while
        if markers_before not in _totals(page) and _totals(page):
            break
        page.wait_for_timeout(200)
    assert _totals(page) and markers_before not in _totals(page)
    _assert_clean(page)
    page.screenshot(path=str(ROOT / "artifacts" / "hostile-map.png"), full_page=True)


def test_hostile_report_through_the_ingest_page(offline_page, hostile_server):
    page = offline_page
    page.goto(hostile_server["url"] + "/ingest")
    page.get_by_label("Report text").fill(HOSTILE_REPORT)
    page.get_by_label("Source (report name)").fill(f"<img src=x onerror={FLAG}>.txt")
    page.get_by_role("button", name="Extract events").click()
    frame = page.frame_locator(MAP_FRAME)
    expect(frame.locator(".sm-event")).to_have_count(2, timeout=60_000)
    for i in range(2):
        frame.locator(".sm-event").nth(i).click(force=True)
    expect(page.get_by_text("onerror", exact=False).first).to_be_visible()
    page.get_by_role("button", name="Save to the store").click()
    expect(page.get_by_text("Saved 2 new")).to_be_visible(timeout=30_000)
    _assert_clean(page)


UPLOADS = [
    # the uploader refuses the type in the browser: the page gets no file at all
    ("payload.exe", b"MZ\x90\x00" + bytes(200), "nothing to read"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary"),
    ("huge.txt", b"Drones struck Kharkiv. " * (6 * 2**20 // 23), "more than the 5 MB allowed"),
    ("empty.md", b"\n\n  \n", "is empty"),
    (
        "page.html",
        b"<html><body><script>window.__pwned=1</script></body></html>",
        "no visible text",
    ),
]


def test_bad_uploads_are_refused_in_one_line(offline_page, hostile_server):
    page = offline_page
    before = hostile_server["store"].read_bytes()
    for name, content, message in UPLOADS:
        page.goto(hostile_server["url"] + "/ingest")
        page.get_by_role("tab", name="Upload a file").click()
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            files=[{"name": name, "mimeType": "application/octet-stream", "buffer": content}]
        )
        if not name.endswith(".exe"):  # a file the uploader takes fills in the source name
            expect(page.get_by_label("Source (report name)")).to_have_value(name, timeout=30_000)
        page.get_by_role("button", name="Extract events").click()
        alert = page.get_by_test_id("stAlertContentError")
        expect(alert).to_contain_text(message, timeout=30_000)
        assert len(alert.inner_text().strip().splitlines()) == 1, alert.inner_text()
        expect(page.get_by_text("Traceback")).to_have_count(0)
    assert hostile_server["store"].read_bytes() == before
    _assert_clean(page)


def test_an_upload_above_the_cap_is_refused_before_it_is_read(offline_page, hostile_server):
    page = offline_page
    page.goto(hostile_server["url"] + "/imports")
    big = (
        b"event_id,event_type,event_date,place,lat,lon\n"
        + b"x,strike,2025-01-01,Kyiv,50,30\n" * (21 * 2**20 // 31)
    )
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": big}], timeout=180_000
    )
    expect(page.get_by_text("20.0MB or smaller", exact=False).first).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Read the file")).to_be_disabled()
    _assert_clean(page)
