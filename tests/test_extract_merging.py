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


def test_thousands_of_events_on_as_many_days_are_merged_by_their_days(extractor):
    """A log of 3,000 strikes on 375 days at 8 towns: each draft was compared with every event
    so far (4,000 took 25 s, four times 1,000's time 13 times). Only the events a draft's day
    may be are compared now; undated mentions still join any day's event, and the same day's
    mentions still merge."""
    from datetime import timedelta

    towns = ["Kharkiv", "Sumy", "Odesa", "Kherson", "Dnipro", "Poltava", "Lviv", "Kyiv"]
    start = date(2020, 1, 1)
    lines = [
        f"On {(start + timedelta(days=i // 8)):%d %B %Y}, a drone hit {towns[i % 8]}.\n\n"
        for i in range(3000)
    ]
    text = "".join(lines) + "A drone hit Sumy again on 2 January 2020, killing two.\n"
    events = extractor.extract(text, "log", date(2025, 3, 2))
    assert len(events) == 3000
    sumy = [e for e in events if e["place"] == "Sumy" and e["event_date"] == "2020-01-02"]
    assert len(sumy) == 1 and sumy[0]["fatalities"] == 2
