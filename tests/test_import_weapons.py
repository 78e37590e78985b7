"""Imported weapons are named and categorised as the extractor does, whatever the file's format:
a CSV's "KAB" is a glide bomb, its "Iskander-M" the Iskander (a ballistic missile)."""

from __future__ import annotations

import json

import pytest

from geo import formats
from geo.filtering import Filters, apply_filters

ROWS = [  # (place, lat, lon, weapon as the file writes it, its category column)
    ("Kharkiv", 49.99, 36.23, "KAB", ""),
    ("Kramatorsk", 48.74, 37.58, "Iskander-M", ""),
    ("Odesa", 46.48, 30.72, "iskander m", "missile"),
    ("Sumy", 50.91, 34.80, "Shahed-136", ""),
    ("Nikopol", 47.57, 34.40, "drones", ""),
    ("Kherson", 46.64, 32.61, "", "Glide bombs"),
    ("Izium", 49.21, 37.26, "Homemade thing", ""),
]
WANT = {
    "Kharkiv": ("KAB", "glide bomb"),
    "Kramatorsk": ("Iskander", "ballistic missile"),
    "Odesa": ("Iskander", "ballistic missile"),
    "Sumy": ("Shahed", "drone"),
    "Nikopol": (None, "drone"),
    "Kherson": (None, "glide bomb"),
    "Izium": ("Homemade thing", None),
}


def _csv() -> bytes:
    lines = [
        "event_id,event_date,event_type,place,latitude,longitude,"
        "time_precision,geo_precision,verification,weapon,weapon_category"
    ]
    lines += [
        f"e{k},2026-12-01,strike,{p},{lat},{lon},1,1,claimed,{w},{c}"
        for k, (p, lat, lon, w, c) in enumerate(ROWS)
    ]
    return ("\n".join(lines) + "\n").encode()


def _geojson() -> bytes:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "event_date": "2026-12-01",
                "event_type": "strike",
                "place": p,
                "weapon": w or None,
                "category": c or None,
            },
        }
        for p, lat, lon, w, c in ROWS
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def _none(value):
    return None if value is None or value != value or value == "" else value


@pytest.mark.parametrize("name, data", [("mine.csv", _csv()), ("mine.geojson", _geojson())])
def test_every_import_names_and_categorises_weapons_as_the_extractor(gazetteer, name, data):
    result = formats.read(data, name, gazetteer)
    assert result.refused == []
    got = {r.place: (_none(r.weapon), _none(r.weapon_category)) for r in result.frame.itertuples()}
    assert got == WANT
    glide = apply_filters(result.frame, Filters(weapons=("glide bomb",)))
    assert set(glide["place"]) == {"Kharkiv", "Kherson"}
    for wanted in ("Iskander", "ballistic missile"):
        found = apply_filters(result.frame, Filters(weapons=(wanted,)))
        assert set(found["place"]) == {"Kramatorsk", "Odesa"}
    assert "Iskander-M" not in set(result.frame["weapon"].dropna())  # one name in the list
