"""Extraction, merging: mentions of one event across sentences become one record."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_repeated_mentions_merge(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "Russian missiles hit Odesa on Friday. Two people were killed in Odesa, the governor said. "
        "An Iskander exploded there."
    )
    (e,) = extractor.extract(text, "t")
    assert (e["place"], e["fatalities"], e["weapon"]) == ("Odesa", 2, "Iskander")


def test_different_days_stay_apart(extractor):
    text = "Kyiv, 2025-03-01\nA missile hit Odesa on Tuesday.\nAnother missile hit Odesa on Friday."
    days = sorted(e["event_date"] for e in extractor.extract(text, "t"))
    assert days == ["2025-02-25", "2025-02-28"]


def test_two_villages_nearby_hit_by_two_kinds_of_weapon_are_two_events(extractor):
    text = (
        "Sumy, 2025-06-10\n"
        "A drone struck a car near Khotin on Monday.\n"
        "Later that day multiple rocket launchers shelled Yunakivka.\n"
    )
    records = extractor.extract(text, "t")
    assert sorted((r["place"], r["weapon_category"]) for r in records) == [
        ("Khotin", "drone"),
        ("Yunakivka", "rocket artillery"),
    ]


def test_a_missile_and_a_drone_at_one_place_are_two_strikes(extractor):
    text = (
        "Odesa in March: day by day\n\n"
        "2 March – Drones hit the port of Odesa; two dockers hurt.\n\n"
        "9 March – The worst night. A missile strike on a grain terminal in Odesa kills three.\n"
    )
    records = extractor.extract(text, "t", date(2025, 4, 1))
    assert sorted(r["weapon_category"] for r in records) == ["drone", "missile"]


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        (
            "A drone hit a bakery in Kherson.",
            "A missile later struck the station in Kherson.",
            ["drone", "missile"],
        ),
        (
            "Shells fell on the market in Nikopol.",
            "A missile hit a warehouse in Nikopol.",
            ["artillery", "missile"],
        ),
        (
            "A missile hit Lviv.",
            "Officials said a cruise missile had hit Lviv.",
            ["cruise missile"],
        ),
    ],
)
def test_a_missile_of_no_kind_is_any_missile_but_no_other_weapon(extractor, first, second, kinds):
    text = f"Kyiv, 2025-03-01\n{first} {second}\n"
    records = extractor.extract(text, "t")
    assert sorted(r["weapon_category"] for r in records) == kinds
