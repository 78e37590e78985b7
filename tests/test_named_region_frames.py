"""A village the text places in a region by a frame around it, not right after its name: the
region the places are said to be near ("fighting went on in Kursk Oblast near A and B"), the
region followed by a comma and "near", the region heading a list ("Kursk region: A and B").
When the gazetteer lacks the village, a look-alike in another country must not win: the region
named stands in for it (session 16, geo17: a Russian border village put in Poltava oblast)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2025, 5, 14)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "14 May 2025. Clashes went on overnight in Kursk Oblast near Plekhovo and Darino.",
        "14 May 2025. Our units held their lines in the Kursk region, near Plekhovo and Darino.",
        "14 May 2025. Kursk region: assaults were repelled near Plekhovo and Darino.",
    ],
)
def test_a_village_framed_by_its_region_does_not_go_to_a_namesake_abroad(extractor, text):
    records = extractor.extract(text, "x", DAY)
    assert records, text
    assert {(r["country"], r["admin1"]) for r in records} == {("RU", "Kursk")}
    assert all(r["geo_precision"] >= 2 for r in records)


def test_a_village_of_the_framing_region_keeps_its_own_point(extractor):
    text = "14 May 2025. Shelling went on in the Donetsk region, near Kostiantynivka and Toretsk."
    records = extractor.extract(text, "x", DAY)
    assert sorted(r["place"] for r in records) == ["Kostyantynivka", "Toretsk"]
