"""Regions are shown under their English conventional names, not GeoNames' or a town's local
transliteration (newuser23: "Moskovskaya region", "Orël region", "Orjol"), everywhere a reader
sees them; the store's names are unchanged, and files exported under the old labels read back."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest
from shapely.geometry import Point

from geo import formats
from geo.assets import region_label_of
from geo.english_regions import english_region
from geo.event_names import event_place
from geo.export import export_bytes

SHOWN = {
    ("RU", "Moskovskaya"): "Moscow region",
    ("RU", "Orjol"): "Oryol region",
    ("RU", "Bryansk"): "Bryansk region",
    ("RU", "Kursk"): "Kursk region",
    ("RU", "Belgorod"): "Belgorod region",
    ("RU", "Ryazan"): "Ryazan region",
    ("RU", "Nizjnij Novgorod"): "Nizhny Novgorod region",
    ("BY", "Grodnenskaya"): "Grodno region",
    ("UA", "Kiev"): "Kyiv region",
    ("UA", "Odessa"): "Odesa region",
    ("UA", "Kharkiv"): "Kharkiv region",
}


def _region(country: str, admin1: str, place: str | None = None) -> dict:
    return {"place": place or admin1, "country": country, "admin1": admin1, "geo_precision": 3}


@pytest.mark.parametrize(("key", "shown"), SHOWN.items(), ids=lambda v: str(v))
def test_a_region_event_is_named_in_english(key, shown, gazetteer):
    assert event_place(_region(*key)) == shown
    assert event_place(_region(*key), gazetteer) == shown


def test_the_city_of_moscow_keeps_its_name_beside_the_moscow_region(gazetteer):
    assert region_label_of(gazetteer, "RU", "Moskovskaya") == "Moscow region"
    assert region_label_of(gazetteer, "RU", "Moscow") == "Moscow"


# a local transliteration: an adjectival form, Dutch or German spelling, a soft sign's mark
_LOCAL = re.compile(r"skaya\b|skiy\b|iya\b|tsj|jn|[’'ʹë]|Avtonomnyy|Respublika|Misto ")


@pytest.mark.parametrize("country", ["RU", "UA", "BY"])
def test_no_region_of_russia_ukraine_or_belarus_is_labelled_in_transliteration(country, gazetteer):
    labels = {a: region_label_of(gazetteer, country, a) for a in gazetteer.admin1_names(country)}
    assert len(labels) >= 6
    local = {a: label for a, label in labels.items() if _LOCAL.search(label)}
    assert not local


def test_every_english_name_is_of_a_region_the_gazetteer_has(gazetteer):
    from geo.english_regions import _table

    for country, admin1 in _table():
        assert admin1 in gazetteer.admin1_names(country), (country, admin1)
    assert english_region("RU", "Bryansk") is None  # its town's spelling is English already


def _file(place: str, admin1: str) -> bytes:
    frame = gpd.GeoDataFrame(
        {
            "event_id": ["sm-0123456789ab"],
            "event_date": ["2025-06-03"],
            "event_type": ["interception"],
            "place": [place],
            "country": ["RU"],
            "admin1": [admin1],
            "geo_precision": [3],
            "time_precision": [1],
            "verification": ["claimed"],
        },
        geometry=[Point(36.2, 52.8)],
        crs=4326,
    )
    return export_bytes(frame, "geojson")


@pytest.mark.parametrize("place", ["Oryol region", "Orël region", "Orjol", "Oryol Oblast"])
def test_old_and_new_labels_read_back_as_the_stored_region(place, gazetteer):
    data = json.loads(_file("Orjol", "Orjol"))
    data["features"][0]["properties"]["place"] = place
    back = formats.read(json.dumps(data).encode(), "old.geojson", gazetteer).frame
    assert back["place"].tolist() == ["Orjol"]  # GeoNames' name, as the store holds it


def test_the_export_names_the_region_in_english(gazetteer):
    (feature,) = json.loads(_file("Moskovskaya", "Moskovskaya"))["features"]
    assert feature["properties"]["place"] == "Moscow region"
    # the region field as the place column spells it (newuser24: "Kiev" beside "Kyiv region");
    # read back, it is the store's key again (tests/test_export_region_spelling.py)
    assert feature["properties"]["admin1"] == "Moscow"
