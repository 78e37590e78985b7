"""A place typed as "town, region" in the review's "Another place" box is that town inside that
region (newuser21: the box's own example, "Novyi Trud, Donetsk", offered Donetsk city 54 km off;
"Kamianske, Zaporizhzhia Oblast" said not in the gazetteer); a town the region does not hold is
said to be missing there, never replaced by the region's capital."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from test_newuser20_browser import DONBAS, _reviewed

from geo.review import not_found, typed_choices


@pytest.mark.parametrize(
    ("typed", "admin1"),
    [
        ("Kamianske, Zaporizhzhia", "Zaporizhia"),
        ("Kamianske, Zaporizhzhia Oblast", "Zaporizhia"),
        ("Kamianske, Dnipropetrovsk region", "Dnipropetrovsk"),
        ("Novyi Trud, Donetsk", "Donetsk"),  # renamed Vidrodzhennia: its former name
    ],
)
def test_the_town_inside_the_named_region(geocoder, typed, admin1):
    found = typed_choices(geocoder, typed, "")
    assert found and {p.admin1 for p, _ in found} == {admin1}, typed
    assert all(p.feature not in ("admin1", "admin2") for p, _ in found)


def test_a_town_the_region_lacks_is_said_missing_there(geocoder):
    assert typed_choices(geocoder, "Nowhereville, Donetsk", "") == []
    assert not_found("Nowhereville, Donetsk", geocoder) == (
        "Nowhereville is not in the gazetteer in Donetsk region (UA): type lat, lon"
    )
    # a point and a plain name read as before
    assert typed_choices(geocoder, "Sloviansk", "")[0][0].admin1 == "Donetsk"


@pytest.mark.browser
def test_another_place_offers_the_town_in_the_typed_region(offline_page, app_server):
    page = offline_page
    _reviewed(page, app_server["url"], DONBAS)
    box = page.get_by_role("textbox", name="Another place: type its name, or lat, lon")
    said = {
        "Kamianske, Zaporizhzhia Oblast": page.get_by_role(
            "button", name=re.compile(r"^Move event 1 to Kam")
        ),
        "Nowhereville, Donetsk": page.get_by_text(
            re.compile(r"Nowhereville is not in the gazetteer in Donetsk region")
        ),
    }
    for typed, shown in said.items():
        box.fill(typed)
        box.press("Enter")
        expect(shown).to_be_visible(timeout=60_000)
        # never the region's capital in its place
        capital = page.get_by_role("button", name=re.compile(r"^Move event 1 to Donetsk"))
        expect(capital).to_have_count(0)
    assert page.errors == []
