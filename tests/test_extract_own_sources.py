"""Extraction, verification: a monitor's or a paper's own documentation is no side's word. "per
our site visits", "according to our site visit and the clinic's list",
"checked against hospital records", "taken from police records": a body named before the noun
"records" or "logs" after a preposition is the document's keeper, not a subject recording the
event; and "according to our own visit" names the report itself. Own test sentences (verif31)."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 7, 21)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 July a drone struck a bakery in Kramatorsk. Our monitors documented two workers "
        "killed, checked against hospital records and talks with relatives.",
        "5 July, Kramatorsk. Shelling hit a bus stop. We documented one man killed and four "
        "injured from hospital records.",
        "On 9 July a glide bomb hit a warehouse in Kramatorsk: two workers hurt, according to our "
        "site visit and the clinic's admission list.",
    ],
)
def test_the_reports_own_documentation_claims_nothing(extractor, text):
    found = [e for e in extractor.extract(text, "t", DAY) if "Kramatorsk" in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"confirmed"}
    assert {e["claimed_by"] for e in found} == {None}


def test_a_body_recording_the_toll_still_claims_it(extractor):
    text = "A drone struck a bakery in Kramatorsk on 3 July. City police records two workers dead."
    found = [e for e in extractor.extract(text, "t", DAY) if "Kramatorsk" in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"claimed"}
