"""Missed events counted by class without their words (``benchmarks/miss_classes.py``), on a
report written here."""

from __future__ import annotations

from datetime import date

from benchmarks import miss_classes
from benchmarks.extract import Case
from geo.extract import Extractor


def _gold(place, lat, lon, event_type="strike", category="drone"):
    return {
        "place": place,
        "lat": lat,
        "lon": lon,
        "geo_precision": 1,
        "event_type": event_type,
        "weapon_category": category,
        "event_date": "2025-05-05",
        "time_precision": 1,
    }


def test_each_miss_is_counted_at_the_stage_that_lost_it(geocoder):
    text = (
        "A drone hit a school in Sumy on Monday.\n\n"
        "The mayor of Poltava thanked the rescuers.\n\n"
        "Shelling hit Nikopol on Monday."
    )
    gold = [
        _gold("Sumy", 50.91, 34.80),  # found
        _gold("Poltava", 49.59, 34.55),  # named, no event word in its sentence
        _gold("Nikopol", 47.57, 34.39, category="glide bomb"),  # a record of another weapon
        _gold("Uman", 48.75, 30.22),  # not in the text
    ]
    case = Case("t", text, date(2025, 5, 6), gold)
    missed, extras = miss_classes.classes([case], Extractor(geocoder))
    assert missed == {
        "no event word in its sentence": 1,
        "record near, other weapon category (the gold's not named in the report)": 1,
        "place not found": 1,
    }
    assert extras == {"near a gold event": 1}


def test_a_type_read_wrong_at_the_spot_is_told_from_another_event_near(geocoder):
    # Kharkiv's strike is read, the gold has an interception there (a type read wrong); the gold
    # fighting at Merefa (23 km away, not in the text) has only Kharkiv's record within reach
    text = "Russian drones struck Kharkiv on Monday."
    gold = [
        _gold("Kharkiv", 49.99, 36.23, event_type="interception"),
        _gold("Merefa", 49.82, 36.05, event_type="fighting", category=None),
    ]
    case = Case("t", text, date(2025, 5, 6), gold)
    missed, extras = miss_classes.classes([case], Extractor(geocoder))
    assert missed == {
        "record at the spot, other type": 1,
        "record near, other type, none at the spot": 1,
    }
    assert extras == {"at a gold event's spot, other type": 1}


def test_pairs_say_the_gold_type_and_the_records_and_fields_are_counted_by_kind(geocoder):
    text = "Russian drones struck Kharkiv on Monday, killing two people.\n\nShelling hit Nikopol on Monday."
    gold = [
        _gold("Kharkiv", 49.99, 36.23, event_type="interception"),
        _gold("Nikopol", 47.57, 34.39, category="glide bomb"),
    ]
    case = Case("t", text, date(2025, 5, 6), gold)
    missed, _ = miss_classes.classes([case], Extractor(geocoder), pairs=True)
    assert missed == {
        "record at the spot, other type [gold interception; records strike]": 1,
        "record near, other weapon category (the gold's not named in the report) "
        "[gold glide bomb; records artillery]": 1,
    }
    # the same strike, matched: a day off, its figures missing from the gold, claimed in the gold
    matched = {**_gold("Kharkiv", 49.99, 36.23), "event_date": "2025-05-04"}
    matched.update(fatalities=None, injured=None, verification="claimed")
    wrong = miss_classes.field_classes(
        [Case("t", text, date(2025, 5, 6), [matched])], Extractor(geocoder)
    )
    assert wrong == {
        "date: record 1 day later": 1,
        "figures: record's, gold has none": 1,
        "verification: gold claimed; record confirmed": 1,
    }
