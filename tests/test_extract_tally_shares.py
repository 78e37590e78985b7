"""Extraction: a region's share of a national count told in one sentence ("Air defence took down
48 of the drones, 19 of them over the X region"): the region's interception counts its own share,
not the national "48 of the drones" (unseen writers gave the national figure to the region)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _destroyed(extractor, text: str) -> dict[str, int | None]:
    return {
        r["place"]: r.get("destroyed")
        for r in extractor.extract(text, "t", DAY)
        if r["event_type"] == "interception"
    }


@pytest.mark.parametrize(
    ("text", "place", "share"),
    [
        ("Crews took down 48 of the drones, 19 of them over the Poltava region.", "Poltava", 19),
        (
            "The air force said it shot down 70 of the missiles and drones overnight, 12 of them "
            "above the Chernihiv region.",
            "Chernihiv",
            12,
        ),
        (
            "Of the 90 drones, 64 of the UAVs were destroyed, 21 of them over the Sumy region.",
            "Sumy",
            21,
        ),
    ],
)
def test_a_regions_share_after_a_national_of_count_is_the_regions(extractor, text, place, share):
    assert _destroyed(extractor, text)[place] == share


def test_a_national_share_alone_stays_the_count(extractor):
    text = "Air defence destroyed 14 of the drones over the Kharkiv region."
    assert _destroyed(extractor, text)["Kharkiv"] == 14
