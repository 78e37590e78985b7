"""Hostile input, session 19 (attack17): the holes attack16 left and what the last session added,
refused in one line naming the field, read in time that grows with the input, never with its
square (ratios of one run's timings, n against 10n, never a wall-clock limit)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        ("fatalities", "three"),
        ("injured", "2.5"),
        ("launched", "9" * 40),
        ("destroyed", "inf"),
    ],
)
def test_a_refused_count_names_its_field(gazetteer, column, cell):
    """A count that is no whole number is refused with the field it was in: "three" in a
    fatalities column read "could not convert string to float: 'three'", naming no cell."""
    from geo import formats

    data = (
        f"event_date,event_type,place,latitude,longitude,{column}\n"
        f"2025-03-01,strike,Dnipro,48.45,35.0,{cell}\n"
    ).encode()
    read = formats.read(data, "counts.csv", gazetteer, "csv")
    assert read.frame.empty and len(read.refused) == 1, read.refused
    reason = read.refused[0][1]
    assert reason.startswith(f"'{column}' should be a whole number"), reason


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        ("latitude", "48.45" + "0" * 40 + "junk"),
        ("longitude", "35.0" + "0" * 37 + "  9"),
        ("latitude", "4" + " " * 60 + "8.45"),
    ],
)
def test_a_coordinate_is_read_whole_not_its_first_forty_characters(gazetteer, column, cell):
    """A latitude or longitude cell was cut to 40 characters and read: what came after (letters,
    another number) was dropped and the point kept where the first characters put it."""
    from geo import formats

    cells = {"latitude": "48.45", "longitude": "35.0", column: cell}
    data = (
        "event_date,event_type,place,latitude,longitude\n"
        f"2025-03-01,strike,Dnipro,{cells['latitude']},{cells['longitude']}\n"
    ).encode()
    for kind in ("csv", None):
        read = formats.read(data, "points.csv", gazetteer, kind)
        assert read.frame.empty and len(read.refused) == 1, read.refused
        assert read.refused[0][1].startswith(f"'{column}' should be a number"), read.refused


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("\u200fKharkiv", "Kharkiv"),  # a right-to-left mark copied with the name
        ("Odesa\u200f region", "Odessa"),  # the oblast, as GeoNames spells it
        ("\u200eSumy\u200e", "Sumy"),
        ("Poltava\x01", "Poltava"),  # a control character
        ("Dnipro\u2066", "Dnipro"),  # an isolate
    ],
)
def test_a_typed_place_with_direction_marks_or_control_characters_is_found(gazetteer, cell, found):
    """A place name copied from a right-to-left document or a web page carries invisible marks;
    a report's text drops them, a typed place did not: "\\u200fKharkiv" was "not in the
    gazetteer" (with "did you mean Kharkiv?")."""
    from geo import formats

    data = f"event_date,event_type,place,country\n2025-03-01,strike,{cell},UA\n".encode()
    read = formats.read(data, "marks.csv", gazetteer, "csv")
    assert not read.refused and list(read.frame["place"]) == [found], read.refused


def _told(eid: str, weapon: str, sentence: str, start: int) -> dict:
    from conftest import BASE_EVENT

    return {
        **BASE_EVENT,
        "event_id": eid,
        "place": "Izium",
        "lat": 49.21,
        "lon": 37.25,
        "event_date": "2026-11-28",
        "source": "live blog",
        "weapon": weapon,
        "source_text": sentence,
        "span_start": start,
        "span_end": start + len(sentence),
    }


def test_a_deleted_event_withholds_its_own_copy_not_another_event_of_that_day(any_store):
    """An analyst deleted a drone strike a report told; the report, read again later, tells a
    missile strike on the same town that day as well. The delete held against every new row of
    the same source, place, day and type: the missile strike was left out as "deleted earlier".
    Only the deleted event's own copy is (its id, or another id where its id came no more)."""
    from geo import store
    from geo.events import to_frame

    drone = _told("lb-drone", "Shahed", "A drone hit Izium.", 0)
    store.save(to_frame([drone]), user="anna")
    store.delete(["lb-drone"], user="boris")
    missile = _told("lb-missile", "Iskander-M", "Later a missile hit Izium.", 40)
    again = store.save(to_frame([drone, missile]), user="anna")
    assert again.withheld == ("lb-drone",) and again.added == 1, again
    assert sorted(store.load()["event_id"]) == ["lb-missile"]
    # the deleted event's copy naming another weapon (another id) is still held, alone
    copy = _told("lb-drone-2", "Geran-2", "A drone hit Izium.", 0)
    glide = _told("lb-glide", "KAB", "A glide bomb hit Izium at noon.", 90)
    later = store.save(to_frame([copy, missile, glide]), user="anna")
    assert later.withheld == ("lb-drone-2",) and later.added == 1, later
    assert sorted(store.load()["event_id"]) == ["lb-glide", "lb-missile"]


def test_refused_rows_are_kept_in_a_few_bytes_each(gazetteer):
    """10 million rows of empty cells (a 90 MB file) held some 2 GB on the command line: each
    refusal a (row, reason) pair, and a set of every refused row's number to tell which kept rows
    had no verification. Now a row number and a reason's index in arrays: the memory an import
    takes for 10n refused rows over n is that of the file's text, not of 170 bytes a row."""
    import tracemalloc

    from geo import formats

    formats.read(b"event_date,event_type,place\n,,\n", "warm.csv", gazetteer, "csv")
    peaks = []
    for n in (10_000, 100_000):
        data = b"event_date,event_type,place,latitude,longitude\n" + b",,,,\n" * n
        tracemalloc.start()
        read = formats.read(data, "empty.csv", gazetteer, "csv")
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert len(read.refused) == n and read.refused[n - 1] == (n + 1, read.refused[0][1])
    per_row = (peaks[1] - peaks[0]) / 90_000
    assert per_row < 80, per_row  # (about 170 before)


def test_many_points_given_near_one_town_put_its_record_at_one(geocoder):
    """Coordinates written in a report put the record of the town they lie by at the point, with
    a note saying so; every point near the town was given to that record again, each adding its
    note: 150 points in a paragraph (under the table bound) made a note of 150 positions."""
    from datetime import date

    from geo.extract import Extractor

    points = ", ".join(f"({49.70 + i / 10_000:.4f}, {37.61 + i / 10_000:.4f})" for i in range(150))
    text = f"A drone hit Kupiansk. Footage was geolocated to {points}.\n"
    records = Extractor(geocoder).extract(text, "paste", date(2025, 3, 2))
    notes = [r["notes"] for r in records if r.get("notes")]
    assert notes and all(n.count("position as given") == 1 for n in notes), notes[:1]
    assert [(r["lat"], r["lon"]) for r in records if r.get("notes")] == [(49.70, 37.61)]
