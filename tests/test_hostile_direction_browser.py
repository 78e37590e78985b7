"""Direction overrides in an imported file's text do not turn the popup's words around: a place
"\\u202eKupiansk" read "AU ,ksnaipuK" (the override ran on over the country the popup adds), a
claimant's reversed the popup's own words after it, and a source stored as the reversed letters
of a link showed as "https://example.com", a link it is not (attack31). The store keeps the text
as imported; what is shown drops the embeddings, overrides and isolates (geo.long_text.shown)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT, open_map_file
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
