"""Extraction, a report correcting itself (issue 16): the account it takes back is no event, nor
is the live-blog entry it names; the corrected account tells of the same town ("the city")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.corrections import retracted

BLOG = (
    "LIVE: a night of strikes - Sunday 6 July 2025\nNewest first.\n\n"
    "{fix}\n\n"
    "06:50 - Kyiv: drones hit two houses, the city administration says.\n\n"
    "06:10 - Reports of a missile impact in Bila Tserkva, Kyiv province. We are checking.\n"
)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "fix",
    [
        "09:15 CORRECTION - At 06:10 we wrote that a missile hit Bila Tserkva. The regional "
        "governor has since clarified that debris of a downed drone fell in the city; two "
        "people were hurt.",
        "09:15 - Correction: at 06:10 we reported that a missile had struck Bila Tserkva. The "
        "Kyiv province administration now says fragments of a shot-down drone fell on a garage "
        "in the city, injuring two.",
        "09:15 - At 06:10 we wrongly said that a missile hit Bila Tserkva. Debris of a drone "
        "brought down over the town damaged a garage in the city, two were hurt, officials say.",
    ],
)
def test_a_corrected_entry_is_the_corrected_account_only(extractor, fix):
    records = extractor.extract(BLOG.format(fix=fix), "t", date(2025, 7, 6))
    found = {(r["place"], r["event_type"]) for r in records}
    assert ("Bila Tserkva", "strike") not in found
    assert ("Kyiv", "strike") in found


@pytest.mark.parametrize(
    "sentence, retracts",
    [
        ("CORRECTION - At 06:10 we wrote that a missile hit Uman.", True),
        ("Correction: we wrongly reported that Uman was shelled.", True),
        ("As we reported earlier, a missile hit Uman, killing two.", False),
        ("At 06:10 we wrote that a missile hit Uman; the toll has since risen.", False),
    ],
)
def test_only_a_correction_takes_an_account_back(sentence, retracts):
    assert bool(retracted(sentence)) is retracts


def test_the_city_of_a_corrected_account_is_the_town_the_correction_named(extractor):
    fix = (
        "09:15 CORRECTION - At 06:10 we wrote that a missile hit Bila Tserkva. The Kyiv "
        "province governor has since clarified that debris of a downed drone fell on the city's "
        "outskirts; one man was lightly hurt."
    )
    records = extractor.extract(BLOG.format(fix=fix), "t", date(2025, 7, 6))
    (bila,) = [r for r in records if r["place"] == "Bila Tserkva"]
    assert (bila["event_type"], bila["weapon_category"], bila["injured"]) == (
        "interception",
        "drone",
        1,
    )
