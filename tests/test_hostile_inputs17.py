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
