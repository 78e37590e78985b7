"""Extraction, a firm's notice to its customers about harm to its own sites or staff ("our
warehouse", "one of our loaders"), closed by its press service's mark ("Press service of Apteka
Zdorovia", or after the last sentence on its line: "Thank you for your patience. Press service of
the company"): the whole notice is that firm's claim (README, "Verification rule": a post whose
last line is such a body's mark). A mark under a text that tells no harm to the body's own
claims nothing."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.signature import signing_body


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text):
    return extractor.extract(text, "notice.txt", date(2025, 3, 4))


_PHARMACY = """Notice to customers
4 March 2025

Dear customers,

POLTAVA, Soborna St. 12 - CLOSED. On the night of 3 March a drone hit the building next door and the blast wave broke the windows of our shop. One of our pharmacists received cuts from glass.

Other branches work as usual.
Press service of Apteka Zdorovia
"""

_COURIER = """Notice to customers, 04.03.2025

Overnight a Russian drone damaged our depot near Brovary. One of our loaders was injured.

We thank you for your patience. Press service of the company
"""

_CHOIR = """Spring concert postponed

The concert planned for Saturday in Poltava is postponed after a drone hit a building near the hall overnight.

Press service of Bright Future Choir
"""


def test_a_firms_notice_signed_by_its_press_service_is_its_claim(extractor):
    (event,) = _events(extractor, _PHARMACY)
    assert event["verification"] == "claimed"
    assert event["claimed_by"] == "Apteka Zdorovia"


def test_a_mark_after_the_last_sentence_on_its_line(extractor):
    (event,) = _events(extractor, _COURIER)
    assert event["verification"] == "claimed"
    assert event["injured"] == 1


def test_a_mark_under_no_harm_of_its_own_claims_nothing():
    assert signing_body(_CHOIR) is None
