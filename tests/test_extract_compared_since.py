"""Extraction, a past attack named to compare (weapon47): "the deadliest attack on the city since
a drone strike in January that killed nine in X" tells of X's January strike only to measure the
news by it; no record of its own (it kept one, dated the report's day, with the other weapon)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # wire copy
        (
            "ODESA, March 4 (Newsline) - A ballistic missile hit the port of Odesa on Tuesday, "
            "killing three dock workers, officials said. It was the deadliest attack on the city "
            "since a drone strike in January that killed nine people in the Peresyp district.",
            "Odesa",
            "ballistic missile",
        ),
        # a governor's post
        (
            "Nikopol, 4 March 2025\nThe enemy shelled Nikopol with heavy artillery this morning, "
            "wounding two men. This is the heaviest shelling of our town since the drone strike "
            "on the Marhanets bus station last autumn.",
            "Nikopol",
            "artillery",
        ),
        # an analyst's note, the compared strike given its day
        (
            "Russian drones struck an oil depot in Lviv overnight, the mayor said. The raid was "
            "the largest on western Ukraine since the missile attack of 4 September on the "
            "railway depot in Rivne.",
            "Lviv",
            "drone",
        ),
    ],
)
def test_the_strike_a_superlative_compares_with_is_no_event(extractor, text, place, category):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert [(r["place"], r["weapon_category"]) for r in records] == [(place, category)]


def test_a_second_strike_told_after_since_with_no_comparison_stays(extractor):
    text = (
        "Drones hit Kharkiv overnight, injuring four. Since midnight, a missile has also struck "
        "a warehouse in Izium."
    )
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(r["place"] for r in records) == ["Izyum", "Kharkiv"]


@pytest.mark.parametrize(
    "text",
    [
        # an analyst's background line
        "A glide bomb hit a school in Kramatorsk on Tuesday, injuring three. The town has been "
        "under growing pressure since Russian troops captured Toretsk last month.",
        # a diplomatic aside
        "A glide bomb hit a school in Kramatorsk on Tuesday, injuring three. Kyiv has asked for "
        "more air defence since the Vilnius summit of last July.",
        # a plant's history, the fighting told in a "when" clause
        "A glide bomb hit a school in Kramatorsk on Tuesday, injuring three. The reservoir has "
        "been in Russian hands since the opening days of the large-scale invasion, when troops "
        "fought their way into Nova Kakhovka.",
    ],
)
def test_a_past_event_named_as_a_start_of_time_is_no_event(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert [r["place"] for r in records] == ["Kramatorsk"]


def test_a_time_since_which_the_news_goes_on_keeps_its_places(extractor):
    text = "Since dawn the enemy has attacked our positions near Siversk eight times."
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert [r["place"] for r in records] == ["Siversk"]
