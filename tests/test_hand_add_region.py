"""A region typed in the review's hand-add form (newuser19): "Crimea" was added as the region and
then "did you mean Culmea, Constanța, RO" showed under it; "Odesa region" was added at the city,
an exact point. A region found offers only its own towns of a near spelling (a region's name typed
for its city, "Zaporizhia"), and a region typed in any spelling is added as the region."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo.geocode.suggest import suggestions

TIMEOUT = 120
# Written for this test: one strike the extractor reads.
REPORT = "Kyiv, 2026-11-30\nA drone struck a depot in Kharkiv overnight, officials said.\n"


def test_under_a_region_found_only_its_own_towns_are_offered(gazetteer):
    assert suggestions(gazetteer, "Crimea", within=("UA", "Crimea")) == []
    (city,) = suggestions(gazetteer, "Zaporizhia", within=("UA", "Zaporizhia"))
    assert (city.place.feature, city.place.admin1) == ("city", "Zaporizhia")
    assert suggestions(gazetteer, "Crimea")  # a misspelling's search is unchanged


def _added(typed: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    n = at.session_state.ingest_added_count
    at.text_input(key=f"add_place_{n}").input(typed)
    at.button(key=f"FormSubmitter:ingest_add_{n}-Add the event").click().run()
    assert not at.exception and not at.error
    return at


def test_a_region_added_by_hand_is_the_region_and_offers_no_namesakes(scratch_store):
    at = _added("Crimea")
    assert at.session_state.ingest_records[-1]["place"] == "Crimea"
    assert not [c.value for c in at.caption if "did you mean" in c.value]
    at = _added("Odesa region")
    added = at.session_state.ingest_records[-1]
    assert (added["place"], added["geo_precision"]) == ("Odessa", 3)
