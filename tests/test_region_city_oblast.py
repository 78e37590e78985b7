"""The city of Kyiv and the Kyiv oblast in the Region filter: two options named as the map's
labels name them. The box listed GeoNames' "Kyiv" (the city, a region of its own) and "Kiev"
(the oblast) under names a user could not tell apart, and UCDP's "Kiev Special Republican city"
(the city again) as a third; ``?region=Kyiv Oblast`` kept the city's events (newuser36)."""

from __future__ import annotations

import numpy as np
from test_link_days_outside import _map
from test_region_filter import _events as oblast_events

from geo import region_menu, store
from geo.events import to_frame
from geo.filtering import EventIndex, Filters
from geo.region_keys import outline_keys

# (admin1 as each source spells it, lat, lon): the city twice, the oblast twice
SPELLINGS = [
    ("Kyiv", 50.45, 30.52),  # GeoNames: the city's own region (the extractor)
    ("Kiev Special Republican city", 50.44, 30.50),  # UCDP's city
    ("Kiev", 50.10, 30.20),  # GeoNames: the oblast around it
    ("Kyiv Oblast", 50.60, 29.90),  # a file that names the oblast in English
    ("Kharkiv Oblast", 50.0, 36.23),
]


def _events() -> list[dict]:
    one = oblast_events()[0]  # the Region filter's test events: a drone strike, not artillery
    return [
        {**one, "event_id": f"k{i}", "place": f"Place {i}", "admin1": a, "lat": lat, "lon": lon}
        | {"weapon_category": "drone", "event_date": "2026-12-03"}
        for i, (a, lat, lon) in enumerate(SPELLINGS)
    ]


def test_the_city_and_the_oblast_are_two_options_named_as_the_map_names_them():
    assert region_menu.menu([a for a, _, _ in SPELLINGS]) == ["Kharkiv", "Kyiv", "Kyiv region"]


def test_each_spelling_names_the_city_or_the_oblast():
    options = region_menu.menu([a for a, _, _ in SPELLINGS])
    assert region_menu.chosen(["Kyiv Oblast"], options) == ["Kyiv region"]
    assert region_menu.chosen(["kiev"], options) == ["Kyiv region"]
    assert region_menu.chosen(["Kyiv city"], options) == ["Kyiv"]
    assert region_menu.chosen(["City of Kyiv", "kyiv region"], options) == ["Kyiv", "Kyiv region"]


def test_the_filter_keeps_the_city_or_the_oblast_in_every_spelling():
    index = EventIndex(to_frame(_events()))
    assert np.flatnonzero(index.mask(Filters(regions=("Kyiv",)))).tolist() == [0, 1]
    assert np.flatnonzero(index.mask(Filters(regions=("Kyiv region",)))).tolist() == [2, 3]
    assert np.flatnonzero(index.mask(Filters(regions=("Kyiv Oblast",)))).tolist() == [2, 3]


def test_a_link_to_the_oblast_shows_the_oblast(scratch_store):
    store.save(to_frame(_events()), scratch_store)
    at = _map(region="Kyiv Oblast")
    line = at.caption[0].value
    assert line.startswith("2 of 5 events match the filters (region Kyiv region)"), line
    assert not at.warning, [w.value for w in at.warning]
    assert at.query_params["region"] == "Kyiv region"
    at.session_state["filters_open"] = True
    at.run()
    box = next(m for m in at.sidebar.multiselect if m.label == "Region")
    assert box.value == ["Kyiv region"]
    assert box.options == ["Kharkiv", "Kyiv", "Kyiv region"]


def test_each_spelling_is_drawn_at_its_own_outline():
    """An oblast-wide event imported as "Kyiv Oblast", or read back from an export that writes
    the oblast "Kyiv region", was drawn at the city's outline; UCDP's city at none."""
    known = ["UA|Kyiv", "UA|Kiev", "UA|Kharkiv"]
    wanted = ["UA|Kyiv Oblast", "UA|Kyiv region", "UA|Kiev Special Republican city", "UA|Kyiv"]
    assert outline_keys(wanted, known) == {
        "UA|Kyiv Oblast": "UA|Kiev",
        "UA|Kyiv region": "UA|Kiev",
        "UA|Kiev Special Republican city": "UA|Kyiv",
        "UA|Kyiv": "UA|Kyiv",
    }
    assert outline_keys(["UA|Kharkiv Oblast"], known) == {"UA|Kharkiv Oblast": "UA|Kharkiv"}
