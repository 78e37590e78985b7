"""An event's place is stored without GeoNames' soft-sign marks ("Rossosh’", "Kon’kove"): the
History page, every export and a reader's own files say "Rossosh" as the popups do (newuser21
found the stored and exported name still marked after the shown one was fixed)."""

from __future__ import annotations

import json
from datetime import date

from conftest import BASE_EVENT
from geo import formats
from geo.events import to_frame
from geo.export import export_bytes
from geo.records import event_id, validate


def test_an_extracted_event_at_a_marked_place_is_stored_without_the_mark(extractor):
    text = (
        "VORONEZH, June 2, 2025 - A drone hit a grain elevator in Rossosh on Monday night, the "
        "regional governor said; nobody was hurt.\n"
    )
    (event,) = extractor.extract(text, "t", date(2025, 6, 2))
    assert event["place"] == "Rossosh" and event["country"] == "RU"
    # the id stays the one the same report gave before (a store holding it finds it there)
    assert event["event_id"] == event_id("t", "strike", "Rossosh’", "2025-06-02", event["weapon"])
    doc = json.loads(export_bytes(to_frame([event]), "geojson"))
    assert doc["features"][0]["properties"]["place"] == "Rossosh"


def test_marks_inside_a_name_go_too_in_the_three_countries_only():
    def stored(place: str, country: str) -> str:
        return validate({**BASE_EVENT, "place": place, "country": country})["place"]

    assert stored("Kon’kove", "UA") == "Konkove"
    assert stored("Sevastopol'", "UA") == "Sevastopol"
    assert stored("Mazyr’ district", "BY") == "Mazyr district"
    assert stored("Côte d'Ivoire", "CI") == "Côte d'Ivoire"  # another country's apostrophe stays
    assert stored("48.1, 37.2 (5 km from Kon’kove)", "UA") == "48.1, 37.2 (5 km from Konkove)"


def test_another_tool_s_row_with_a_marked_name_is_stored_unmarked(gazetteer):
    data = (
        "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,location,latitude,longitude\n"
        "K1,2025-06-02,Battles,Armed clash,Ukraine,Zaporizhia,Kon’kove,47.55,35.99\n"
    )
    (row,) = formats.read(data.encode(), "theirs.csv", gazetteer).frame.itertuples()
    assert row.place == "Konkove"
