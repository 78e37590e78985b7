"""Russian, Ukrainian and Belarusian towns whose GeoNames name writes the letter ё as "ë"
("Orël", "Shchëkino", "Tëtkino") are shown as the English-language press and the product's own
region names write them: "Oryol" (beside its "Oryol region"), "Shchyokino", "Tyotkino"
(newuser31 read "Orël" in the review, the popup, the table and the History page). Stored and
exported under GeoNames' name, as other spellings are (`geo/place_spellings.py`)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import BASE_EVENT
from geo.assets import town_rows
from geo.event_names import event_place, shown_places
from geo.events import to_frame
from geo.soft_signs import shown_letters

ORYOL = {
    **BASE_EVENT,
    "place": "Orël",
    "country": "RU",
    "admin1": "Orjol",
    "geo_precision": 2,
    "lat": 52.969,
    "lon": 36.079,
}


@pytest.mark.parametrize(
    "name, shown",
    [
        ("Orël", "Oryol"),
        ("Shchëkino", "Shchyokino"),
        ("Tëtkino", "Tyotkino"),
        ("Ëlkino", "Yolkino"),
        ("Rossosh’", "Rossosh"),  # (soft signs left out, as before)
        ("Kharkiv", "Kharkiv"),
    ],
)
def test_yo_is_written_yo(name, shown):
    assert shown_letters(name) == shown


@pytest.mark.parametrize("mention", ["Oryol", "Orel", "Orël", None])
def test_an_event_at_orel_is_shown_at_oryol(mention):
    assert event_place({**ORYOL, "place_mention": mention}) == "Oryol"


def test_the_map_and_the_tables_name_it_oryol():
    frame = to_frame(
        [
            {**ORYOL, "place_mention": "Oryol"},
            {**ORYOL, "place": "Shchëkino", "place_mention": None, "geo_precision": 1},
        ]
    )
    assert list(shown_places(frame)) == ["Oryol", "Shchyokino"]


def test_a_town_elsewhere_keeps_its_letters():
    assert event_place({**ORYOL, "place": "Noël", "country": "FR", "place_mention": None}) == "Noël"


def test_the_basemap_writes_oryol():
    town = SimpleNamespace(name="Orël", country="RU", lat=52.969, lon=36.079, population=303696)
    assert town_rows([town])[0][0] == "Oryol"


def test_the_reviews_candidates_and_the_range_page_name_it_oryol(geocoder):
    from webui.places import place_line

    assert place_line(geocoder.geocode("Oryol").place) == "Oryol, RU"  # (was "Orël, Oryol, RU")
