"""The review's map beside its table (issue 16's new user): it draws the events as the analyst
edited them in the table, before they are saved."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import BASE_EVENT
from geo.extract import Extractor
from geo.records import EventError, validate
from geo.review import with_table_edits


def _record(**fields):
    return validate({**BASE_EVENT, **fields})


def test_the_map_shows_the_tables_edits():
    records = [_record(fatalities=1957, verification="confirmed"), _record(place="Sumy")]
    shown = with_table_edits(
        records,
        {0: {"fatalities": 1, "verification": "claimed", "geo_precision": "near it"}},
    )
    assert (shown[0]["fatalities"], shown[0]["verification"]) == (1, "claimed")
    assert shown[0]["geo_precision"] == 2
    assert shown[1] == records[1]
    assert records[0]["fatalities"] == 1957  # the extracted records are left as they were


def test_an_edit_the_record_would_not_take_leaves_it_as_it_was():
    records = [_record()]
    for bad in ({"event_date": "2025-02-3"}, {"event_type": "picnic"}, {"place": "Elsewhere"}):
        assert with_table_edits(records, {0: bad})[0]["event_date"] == records[0]["event_date"]
        assert with_table_edits(records, {0: bad})[0]["place"] == records[0]["place"]
    assert with_table_edits(records, {"0": {"injured": 3}, 7: {"injured": 1}})[0]["injured"] == 3


# Events the analyst adds by hand in the review (issue 17's new user): the extractor missed one.
REPORT = (
    "Kyiv, 2024-09-08\n"
    "Russian drones struck Kharkiv overnight, injuring four people, the governor said.\n"
    "Residents of Izium reported explosions after midnight.\n"
)


def _hand(geocoder, **fields):
    from geo.hand_events import hand_event
    from geo.review import typed_choices

    place = typed_choices(geocoder, fields.pop("where", "Izium"), REPORT, limit=1)[0][0]
    typed = {
        "event_type": "strike",
        "event_date": date(2024, 9, 8),
        "weapon": "shahed",
        "fatalities": None,
        "injured": 2,
        "verification": "claimed",
        "claimed_by": "Kharkiv regional administration",
        **fields,
    }
    return hand_event(typed, "flash-8.txt", place=place)


def test_a_hand_added_event_is_a_whole_record_that_says_it_was_added_by_hand(geocoder):
    from geo.hand_events import is_hand_added

    added = _hand(geocoder)
    assert (added["place"], added["country"], added["event_date"]) == (
        "Izyum",  # GeoNames' name
        "UA",
        "2024-09-08",
    )
    assert (added["weapon"], added["weapon_category"]) == ("Shahed", "drone")  # as the vocabulary
    assert (added["injured"], added["fatalities"], added["geo_precision"]) == (2, None, 1)
    assert added["claimed_by"] == "Kharkiv regional administration"
    assert added["source"] == "flash-8.txt" and added["source_text"] is None
    assert is_hand_added(added) and "by hand" in added["notes"] and "by hand" in added["extra"]
    assert validate(added) == added


def test_a_hand_added_event_at_typed_coordinates():
    from geo.gazetteer import Place
    from geo.hand_events import hand_event

    town = Place(1, "Balakliia", 49.46, 36.86, "Ukraine", "Kharkiv", "", "city", 26000)
    fields = {"event_type": "fighting", "event_date": "2024-09-07", "verification": "unverified"}
    at = hand_event(fields, "r.txt", point=(49.5, 36.9), near=(town, 4.2))
    assert (at["lat"], at["lon"], at["admin1"]) == (49.5, 36.9, "Kharkiv")
    assert at["place"] == "49.5000, 36.9000 (4 km from Balakliia)"
    with pytest.raises(EventError, match="place"):
        hand_event(fields, "r.txt")
    with pytest.raises(EventError, match="event_date"):
        hand_event({**fields, "event_date": "2024-13-01"}, "r.txt", point=(49.5, 36.9))


def test_a_typed_name_with_a_region_word_is_the_region_first(geocoder):
    from geo.review import typed_choices

    for typed in ("Kharkiv region", "Sumy oblast", "Donetsk Oblast"):
        first = typed_choices(geocoder, typed, REPORT, limit=1)[0][0]
        assert first.feature == "admin1", typed
    assert typed_choices(geocoder, "Kharkiv", REPORT, limit=1)[0][0].feature == "city"
    region = _hand(geocoder, where="Kharkiv region")
    assert region["geo_precision"] == 3  # somewhere in the region


def test_hand_added_ids_are_never_an_extractions_and_two_alike_are_two(geocoder):
    from geo.hand_events import carried_over, with_hand_event

    extracted = Extractor(geocoder).extract(REPORT, "flash-8.txt", date(2024, 9, 8))
    added = _hand(geocoder)
    assert added["event_id"] not in {r["event_id"] for r in extracted}
    twice = with_hand_event(with_hand_event(extracted, added), added)
    ids = [r["event_id"] for r in twice]
    assert len(set(ids)) == len(ids) == len(extracted) + 2
    # extracting the same report again keeps the events added to its review, once each
    again = carried_over(
        Extractor(geocoder).extract(REPORT, "flash-8.txt", date(2024, 9, 8)), twice
    )
    assert [r["event_id"] for r in again] == ids


def test_adding_by_hand_keeps_the_tables_unsaved_edits(geocoder):
    """A new user typed killed = 6 into the review table, then added a missed event: the table,
    one row longer, was drawn anew and the 6 was gone (and an unticked event ticked again).
    The hand-added event goes after the records as the table's edits left them."""
    from geo.hand_events import with_hand_event
    from geo.review import unticked, with_table_edits

    extracted = Extractor(geocoder).extract(REPORT, "flash-8.txt", date(2024, 9, 8))
    edits = {"0": {"fatalities": 6, "keep": False}, 1: {"event_date": "2024-09"}}  # half typed
    rows = with_hand_event(with_table_edits(extracted, edits), _hand(geocoder))
    assert rows[0]["fatalities"] == 6 and "added by hand" in rows[-1]["extra"]
    assert len(rows) == len(extracted) + 1
    if len(extracted) > 1:
        assert rows[1]["event_date"] == extracted[1]["event_date"]  # not a date yet: as it was
    assert unticked(edits) == {0} and unticked({}) == set()


def test_a_hand_added_event_is_saved_exported_and_survives_saving_the_report_again(
    geocoder, scratch_store
):
    from geo import store
    from geo.events import to_frame
    from geo.export import to_geojson_bytes
    from geo.hand_events import with_hand_event
    from geo.review import checked_frame, person_edits

    extracted = Extractor(geocoder).extract(REPORT, "flash-8.txt", date(2024, 9, 8))
    added = _hand(geocoder)
    rows = with_hand_event(extracted, added)
    edits = person_edits(extracted, rows)
    assert added["event_id"] not in edits  # not a correction of anything the extractor read
    first = store.save(checked_frame(rows), edited=edits, user="dana")
    assert first.added == len(rows)
    history = store.history()
    assert list(history.loc[history["event_id"] == added["event_id"], "action"]) == ["insert"]
    # the report extracted and saved again, the analyst's event no longer in the review
    again = Extractor(geocoder).extract(REPORT, "flash-8.txt", date(2024, 9, 8))
    second = store.save(to_frame(again), edited=person_edits(again, again), user="dana")
    assert (second.added, second.updated, second.kept) == (0, 0, 0)
    stored = store.load()
    kept = stored[stored["event_id"] == added["event_id"]]
    assert len(kept) == 1 and kept.iloc[0]["injured"] == 2 and "by hand" in kept.iloc[0]["notes"]
    exported = json.loads(to_geojson_bytes(stored))
    (feature,) = [
        f for f in exported["features"] if f["properties"]["event_id"] == added["event_id"]
    ]
    assert feature["properties"]["claimed_by"] == "Kharkiv regional administration"
    assert feature["properties"]["extra"] == {"provenance": "added by hand"} or "by hand" in str(
        feature["properties"]["extra"]
    )


def test_the_places_offered_start_with_the_events_own_when_its_words_name_a_river(geocoder):
    """'drones hit a grain terminal on the Danube' under a line's 'Reni' cell: the event is at the
    town the river locates; the review's first choice is that town, not the words' first reading
    (a Danube in Minnesota), so the place box shows where the event is."""
    from geo.review import place_choices

    text = "3 Oct | Reni | drones hit a grain terminal on the Danube, 2 port workers hurt\n"
    records = Extractor(geocoder).extract(text, "t", date(2025, 10, 4))
    record = next(r for r in records if r["place_mention"] == "the Danube")
    first, _ = place_choices(geocoder, record, text)[0]
    assert first.name == record["place"]


def test_a_weapon_typed_in_the_table_is_named_and_categorised_as_imports_are():
    """A new analyst's "KAB" typed in the review's table stayed in no category: drawn as "Weapon:
    none" and left out of the glide-bomb filter and export."""
    from geo.review import with_weapon_edit

    records = [_record(weapon=None, weapon_category=None), _record(weapon=None)]
    shown = with_table_edits(records, {0: {"weapon": "KAB"}, 1: {"weapon": "Iskander-M"}})
    assert (shown[0]["weapon"], shown[0]["weapon_category"]) == ("KAB", "glide bomb")
    assert (shown[1]["weapon"], shown[1]["weapon_category"]) == ("Iskander", "ballistic missile")
    # what the Save button stores goes the same way; a category chosen in the same edit stands,
    # a name the vocabulary lacks keeps the event's category, a generic word is the category
    original = _record(weapon="Shahed-136", weapon_category="drone")
    assert with_weapon_edit(original, {**original, "weapon": "kab-500"})["weapon_category"] == (
        "glide bomb"
    )
    chosen = {**original, "weapon": "KAB", "weapon_category": "aircraft"}
    assert with_weapon_edit(original, chosen)["weapon_category"] == "aircraft"
    unknown = with_weapon_edit(original, {**original, "weapon": "Xyzzy-9"})
    assert (unknown["weapon"], unknown["weapon_category"]) == ("Xyzzy-9", "drone")
    generic = with_weapon_edit(_record(), {**_record(), "weapon": "drones"})
    assert (generic["weapon"], generic["weapon_category"]) == (None, "drone")


def test_typed_coordinates_take_the_country_and_region_whose_outlines_hold_them(gazetteer):
    """51.16, 35.18 is in Russia by the map's own outlines: a new analyst's event moved there was
    stored in Ukraine's Sumy region, the nearest town's; that town only names the point."""
    from geo.review import with_point

    for (lat, lon), country, region in (
        ((51.16, 35.18), "RU", "Kursk"),
        ((50.91, 34.80), "UA", "Sumy"),
        ((52.23, 21.01), "PL", None),  # no region outlines there: the town's, in its country
        ((44.2, 32.5), None, None),  # at sea: no country
    ):
        near = gazetteer.nearest_town(lat, lon)
        moved = with_point(_record(), lat, lon, near)
        assert moved["country"] == country, (lat, lon)
        if region:
            assert moved["admin1"] == region
        elif country is None:
            assert moved["admin1"] is None
        assert near is None or near[0].name in moved["place"]


def test_the_compact_tables_weapon_column_shows_the_category_when_no_weapon_is_named():
    """newuser27 at 768 px: the compact review table's weapon column was empty for events with a
    category and no system named; it shows "(drone)" there, a named weapon as it is."""
    import pandas as pd

    from webui.review_table import COMPACT, compact_frame

    table = pd.DataFrame(
        {
            **{c: ["x", "y", "z"] for c in COMPACT},
            "weapon": ["", "Shahed-136", ""],
            "weapon_category": ["drone", "drone", None],
        }
    )
    assert compact_frame(table)["weapon"].tolist() == ["(drone)", "Shahed-136", ""]
    assert list(compact_frame(table).columns) == list(COMPACT)
