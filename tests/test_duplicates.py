"""A new report's events that the store may hold already from another report (geo.duplicates):
told to the analyst, never merged by themselves."""

from __future__ import annotations

import pytest

from conftest import BASE_EVENT
from geo.duplicates import imported_told, likely_same, told_lines
from geo.events import to_frame


def _event(event_id: str, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": event_id,
        "place": "Odesa",
        "lat": 46.48,
        "lon": 30.73,
        "event_date": "2024-09-08",
        "weapon_category": "missile",
        "source": "flash-27.txt",
        **fields,
    }


STORED = to_frame(
    [
        _event("s-1"),
        _event("s-2", place="Kharkiv", lat=49.99, lon=36.23),
        _event("s-3", event_type="interception"),
        _event("s-4", event_date="2024-09-20"),
        _event("s-5", place="Odesa Oblast", lat=46.75, lon=30.2, geo_precision=3),
    ]
)


def test_the_same_strike_told_by_the_next_update_is_found():
    new = _event("n-1", source="flash-28.txt", event_date="2024-09-09", lat=46.44, lon=30.70)
    found = likely_same([new], STORED)["n-1"]
    # the Odesa strike a day apart, 5 km off; the region-wide record too; not Kharkiv, not the
    # interception, not the one twelve days later
    assert [m.event_id for m in found] == ["s-1", "s-5"]
    assert found[0].source == "flash-27.txt" and found[0].km < 6


@pytest.mark.parametrize(
    "fields",
    [
        {"source": "flash-27.txt"},  # the same report saved again: its own event, not a repeat
        {"event_date": "2024-09-11"},  # three days later
        {"weapon_category": "drone"},  # another weapon: another strike
        {"time_precision": 3},  # dated to a month only: too loose to tell
        {"lat": 46.2, "lon": 30.3, "geo_precision": 1},  # 45 km off, both at towns
    ],
)
def test_what_is_not_the_same_event(fields):
    new = _event("n-1", **{"source": "flash-28.txt", **fields})
    stored = to_frame([_event("s-1")])
    assert likely_same([new], stored) == {}


def test_an_event_without_a_weapon_category_may_repeat_one_with_it():
    new = _event("n-1", source="governor.txt", weapon_category=None)
    assert [m.event_id for m in likely_same([new], STORED)["n-1"]] == ["s-1", "s-5"]


def test_an_empty_store_or_no_events():
    assert likely_same([_event("n-1")], STORED.iloc[:0]) == {}
    assert likely_same([], STORED) == {}


def test_towns_across_the_border_are_not_one_event():
    """Shebekino (Russia) and Vovchansk (Ukraine), 8 km apart, a day apart: two towns' strikes."""
    stored = to_frame([_event("s-1", place="Vovchansk", lat=50.29, lon=36.94, country="Ukraine")])
    new = _event(
        "n-1",
        source="radio.txt",
        place="Shebekino",
        lat=50.41,
        lon=36.90,
        country="Russia",
        event_date="2024-09-09",
    )
    assert likely_same([new], stored) == {}
    new["country"] = "Ukraine"  # the same country: may be the same strike
    assert list(likely_same([new], stored)) == ["n-1"]


def test_the_line_says_what_matched_and_an_import_is_told_too():
    """The warning names the rule and, per event, the stored one's place, day, distance and
    source; an imported file's events are checked the same way (its undated-nearby ones not)."""
    imported = to_frame(
        [
            _event("i-1", source="mine.csv", event_date="2024-09-09", lat=46.47, lon=30.74),
            _event("i-2", source="mine.csv", event_date="2024-10-30"),  # no stored day near
        ]
    )
    line = _line(imported_told(imported, to_frame([_event("s-1")])))
    assert line.startswith("1 event may already be in the store from another source (same type")
    assert "Odesa 2024-09-09 = Odesa 2024-09-08, 1 km, in flash-27.txt" in line
    assert imported_told(imported, STORED.iloc[:0]) == ("", [])


def test_one_line_per_stored_event():
    """Two new events told as one stored event are one line (the Kyiv strike was named twice,
    once for its drone record and once for its missile record)."""
    new = [
        _event("n-1", source="flash-28.txt", event_date="2024-09-09"),
        _event("n-2", source="flash-28.txt", event_date="2024-09-09", weapon_category=None),
        _event("n-3", source="flash-28.txt", place="Kharkiv", lat=49.99, lon=36.23),
    ]
    lead, items = told_lines(new, likely_same(new, STORED))
    assert lead.startswith("3 events may already be in the store")
    assert items == [
        "Odesa 2024-09-09 (2 records: missile) = Odesa 2024-09-08, 0 km, in flash-27.txt",
        "Kharkiv 2024-09-08 = Kharkiv 2024-09-08, 0 km, in flash-27.txt",
    ]


def test_a_stored_event_with_no_source_is_not_told_as_in_nan():
    """An imported file with no source column stores events without one: the line said "in nan"
    (newuser16's second CSV, beside the first)."""
    imported = to_frame([_event("i-1", source="mine.csv", event_date="2024-09-09")])
    line = _line(imported_told(imported, to_frame([_event("s-1", source=None)])))
    assert line.endswith("Odesa 2024-09-09 = Odesa 2024-09-08, 0 km")
    assert "nan" not in line and "None" not in line


def test_long_places_and_sources_are_cut_in_the_warning():
    """An imported row's place and a stored event's source are free text: 20 events of a
    100 kB place made a 2 MB warning line on the Import page. Each is cut to a notice's length."""
    long = "Odesa " + "x" * 100_000
    imported = to_frame(
        [
            _event(f"i-{i}", source="mine.csv", place=long, event_date="2024-09-09")
            for i in range(20)
        ]
    )
    stored = to_frame([_event("s-1", source="y" * 100_000)])
    lead, items = imported_told(imported, stored)
    assert lead.startswith("20 events may already be in the store")
    assert len(_line((lead, items))) < 10 * 200 + 400


def _line(told: tuple[str, list[str]]) -> str:
    lead, items = told
    return f"{lead}: {'; '.join(items)}"


def test_an_import_lists_the_first_ten_one_a_line_and_counts_the_rest():
    """newuser27: 23 pairs in one paragraph. The lead counts them all; ten are listed, then
    "and N more"."""
    imported = to_frame(
        [
            _event(f"i-{i}", source="mine.csv", event_date="2024-09-09", lon=22 + i)
            for i in range(23)
        ]
    )
    stored = to_frame([_event(f"s-{i}", lon=22 + i) for i in range(23)])
    lead, items = imported_told(imported, stored)
    assert lead.startswith("23 events may already be in the store")
    assert len(items) == 11 and items[-1] == "and 13 more"


# Two codifier villages of one community share its centre as their point (geo.gazetteer.katottg):
# their distance says nothing, so two such villages with their own names are two places.
_CENTRE = {"lat": 48.0306, "lon": 37.3725, "geo_precision": 2, "extra": '{"precision_km": 25.0}'}


def test_two_villages_standing_in_at_one_community_centre_are_not_one_event():
    stored = to_frame([_event("s-1", place="Illinka", **_CENTRE)])
    new = _event("n-1", source="flash-28.txt", place="Novodmytrivka", **_CENTRE)
    assert likely_same([new], stored) == {}


def test_one_village_told_twice_at_its_community_centre_is_still_found():
    stored = to_frame([_event("s-1", place="Illinka", **_CENTRE)])
    new = _event("n-1", source="flash-28.txt", place="Illinka", **_CENTRE)
    assert [m.km for m in likely_same([new], stored)["n-1"]] == [0.0]


def test_regions_are_named_as_everywhere_else_belgorod_region():
    """newuser30: the review's notice named a region-wide event "Belgorod", not "Belgorod
    region" as the popup, the History and the review's table do (geo.event_names)."""
    region = {
        "place": "Belgorod",
        "admin1": "Belgorod",
        "country": "RU",
        "geo_precision": 3,
        "lat": 50.6,
        "lon": 36.6,
        "event_type": "interception",
        "weapon_category": "drone",
    }
    stored = to_frame([_event("s-1", **region)])
    new = _event("n-1", source="mod-12.txt", **region)
    lead, items = told_lines([new], likely_same([new], stored))
    assert items == [
        "Belgorod region 2024-09-08 = Belgorod region 2024-09-08, 0 km, in flash-27.txt"
    ]


def test_a_file_imported_again_is_not_told_against_its_own_rows():
    """Reading the UCDP file a second time told "197 events may already be in the store from
    another source": each a row of the file already stored (under its own id) beside another of
    its rows, UCDP's two sources of one day near Sloviansk (newuser32). A row the store holds
    under its own id is not new: it is not told; a new row near a stored one still is."""
    rows = [
        _event("ucdp-1", source="Kyiv Post", event_date="2024-09-08"),
        _event("ucdp-2", source="Reuters", event_date="2024-09-08", lat=46.5, lon=30.75),
    ]
    stored = to_frame(rows)
    assert imported_told(to_frame(rows), stored) == ("", [])
    again = to_frame([*rows, _event("ucdp-3", source="AP", event_date="2024-09-09")])
    lead, items = imported_told(again, stored)
    assert lead.startswith("1 event may already be in the store"), lead
    assert items[0].startswith("Odesa 2024-09-09 = Odesa 2024-09-08"), items
