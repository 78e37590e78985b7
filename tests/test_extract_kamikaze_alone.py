"""Extraction: "kamikaze" alone names a drone ("a kamikaze struck a shop"; "two kamikazes hit
the depot"), as "kamikaze drone" does; a kamikaze boat stays a naval drone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # a regional head's post
        ("A kamikaze struck a shop in Nikopol on Monday, wounding the owner.", "Nikopol", "drone"),
        # a wire story
        (
            "KHERSON, Oct 2 (Wire) - Two Russian kamikazes hit a bus depot in Kherson overnight, "
            "officials said.",
            "Kherson",
            "drone",
        ),
        # a navy spokesman's briefing
        (
            "A kamikaze boat attacked a ship near Sevastopol on Sunday, the navy said.",
            "Sevastopol",
            "naval drone",
        ),
    ],
)
def test_a_kamikaze_is_a_drone(extractor, text, place, category):
    got = {e["weapon_category"] for e in extractor.extract(text, "t") if e["place"] == place}
    assert got == {category}
