"""Extraction, the rest or the bulk of a night's tally told over regions with no verb of downing
(issue 16, "no event word in its sentence" in telethons, children's news and agency wraps):
"The rest were over the X, Y and Z regions", "Most of them flew over the X and Y regions",
"accounted for 90 drones, the bulk over the X region". Each region is an interception there;
"most of" a place's people, or the rest of a day told over a town, stays no event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 6, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["geo_precision"]) for e in extractor.extract(text, "t", PUB)
    )


def test_the_rest_were_over_regions(extractor):
    text = (
        "Air defence shot down 52 drones overnight, most of them in the south. The rest were "
        "over the Poltava and Zhytomyr regions, the air force said."
    )
    assert ("Poltava", "interception", 3) in _events(extractor, text)
    assert ("Zhytomyr", "interception", 3) in _events(extractor, text)


def test_most_of_them_flew_over_regions(extractor):
    text = (
        "Russia sent 70 drones at night. Most of them flew over the Poltava and Zhytomyr regions."
    )
    assert _events(extractor, text) == [
        ("Poltava", "interception", 3),
        ("Zhytomyr", "interception", 3),
    ]


def test_the_bulk_over_a_region(extractor):
    text = "Mobile groups and jets accounted for 90 drones, the bulk over the Zhytomyr region."
    assert _events(extractor, text) == [("Zhytomyr", "interception", 3)]


def test_most_of_a_towns_people_is_no_tally(extractor):
    text = (
        "Most of the residents of Poltava stayed home on Sunday. The rest were over at the "
        "market in Lubny, the mayor said."
    )
    assert _events(extractor, text) == []
