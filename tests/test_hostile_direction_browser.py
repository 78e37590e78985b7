"""Direction overrides in an imported file's text do not turn the popup's words around: a place
"\\u202eKupiansk" read "AU ,ksnaipuK" (the override ran on over the country the popup adds), a
claimant's reversed the popup's own words after it, and a source stored as the reversed letters
of a link showed as "https://example.com", a link it is not (attack31). The store keeps the text
as imported; what is shown drops the embeddings, overrides and isolates (geo.long_text.shown)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT, open_map_file, run_cli, running_app
from geo.events import to_frame

pytestmark = pytest.mark.browser

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE, never closed
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_the_popup_shows_no_direction_override(offline_page, tmp_path):
    event = {
        **BASE_EVENT,
        "place": f"{RLO}Kupiansk",
        "lat": 49.71,
        "lon": 37.61,
        "claimed_by": f"{RLO}Russian MoD",
        "source": f"{RLO}moc.elpmaxe//:sptth",
        "notes": f"\u2067{RLO}evil note",
    }
    page = offline_page
    open_map_file(page, to_frame([event]), tmp_path)
    page.locator(".sm-event").first.click()
    popup = page.locator(".sm-popup")
    expect(popup).to_be_visible(timeout=10_000)
    text = popup.inner_text()
    assert not any(c in text for c in CONTROLS), ascii(text)
    facts = dict(
        zip(
            popup.locator("dt").all_inner_texts(),
            popup.locator("dd").all_inner_texts(),
            strict=True,
        )
    )
    assert facts["Place"].startswith("Kupiansk"), ascii(facts["Place"])
    assert facts["Source"] == "moc.elpmaxe//:sptth"  # what is stored, never a link it is not
    popup.screenshot(path=str(tmp_path / "popup.png"))
    assert page.errors == []


def test_a_notice_naming_an_imported_word_shows_no_direction_override(offline_page, tmp_path):
    """A link's misspelt weapon is answered with the nearest weapon of the data: an imported
    "\\u202eShahed" turned the rest of the notice around, the page's own words and all."""
    path, store = tmp_path / "rlo.csv", tmp_path / "store.gpkg"
    path.write_text(
        f"date,type,location,latitude,longitude,weapon\n2024-02-01,strike,Kupiansk,49.71,37.61,"
        f"{RLO}Shahed\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(path), env={"SITREP_STORE": str(store)})
    assert done.returncode == 0, done.stderr
    page = offline_page
    with running_app(store, tmp_path / "streamlit.log") as server:
        page.goto(server["url"] + "/?weapon=Shahedd&sample=hide")
        notice = page.get_by_test_id("stAlert").filter(has_text="Shahedd")
        expect(notice).to_be_visible(timeout=90_000)
        text = notice.inner_text()
        assert "Shahed)" in text and not any(c in text for c in CONTROLS), ascii(text)
        notice.screenshot(path=str(tmp_path / "notice.png"))
    assert page.errors == []
