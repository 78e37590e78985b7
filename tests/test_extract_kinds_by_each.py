"""Extraction, two kinds of weapon that hit one place named each with its own preposition ("hit
by attack drones and by one cruise missile", "struck with drones and with a missile"; issue
recall22A): one record per kind, as "drones and a cruise missile" gives."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 9, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_hit_by_drones_and_by_a_missile(extractor):
    text = (
        "Overnight Russia attacked a fuel depot in Stryi. The depot was hit by attack drones "
        "and by one cruise missile; no one was hurt."
    )
    assert _events(extractor, text) == [
        ("Stryi", "strike", "cruise missile"),
        ("Stryi", "strike", "drone"),
    ]


def test_struck_with_drones_and_with_a_missile(extractor):
    text = "A warehouse in Lutsk was struck with drones and with a ballistic missile at night."
    assert _events(extractor, text) == [
        ("Lutsk", "strike", "ballistic missile"),
        ("Lutsk", "strike", "drone"),
    ]
