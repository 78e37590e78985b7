"""Hostile input, session 18 (attack16): what the last sessions added, read in time that grows
with the input, never with its square (ratios of one run's timings, n against 10n, never a
wall-clock limit), and refused or kept in one line."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest
from test_hostile_lines import _seconds
from timing import cpu_seconds

from geo.geocode import words


def test_capitalised_words_never_written_small_are_not_sought_through_the_text_each_time(
    extractor,
):
    """A capitalised word beside a place ("Mayor" of "Mayor of Kharkiv") is an ordinary word
    when the text also writes it in lower case; a word it never writes so was sought through
    the whole text once per run: 10,000 such lines took 26 times the time of 1,000."""
    texts = ["Mayor of Kharkiv\n" * n + "A drone hit Kharkiv." for n in (1_000, 10_000)]
    seconds = _seconds(extractor, texts)
    assert seconds[1] < 16 * max(seconds[0], 0.01), seconds  # (x26 before)


def test_a_long_text_says_which_words_it_holds_as_a_short_one_does():
    """The set of a long text's words answers as the search through it does: hyphens and
    underscores are word characters, an apostrophe or a space in the word is sought as before."""
    rng = random.Random(16)
    pieces = [
        "mayor",
        "Mayor",
        "-mayor",
        "mayor_",
        "mayors",
        "o'clock",
        "kyiv",
        " ",
        "\n",
        ".",
        "é",
    ]
    text = "".join(rng.choice(pieces) for _ in range(12_000))
    assert len(text) > words.LONG_TEXT
    short = text[: words.LONG_TEXT // 4]
    for word in ("mayor", "mayors", "o'clock", "kyiv", "é", "kyivmayor", "mayor_", "clock", "x y"):
        for sample in (text, short * 5):
            found = words.has_word(sample, word)
            at, expected = sample.find(word), False
            while at >= 0 and not expected:
                after = at + len(word)
                expected = (at == 0 or not words._is_word_char(sample[at - 1])) and (
                    after >= len(sample) or not words._is_word_char(sample[after])
                )
                at = sample.find(word, at + 1)
            assert found == expected, (word, found)


def _csv_rows(n: int, region: bool) -> bytes:
    """``n`` rows with a point and a name, with or without their country and region."""
    cells = ",UA,Kharkiv" if region else ",,"
    return (
        "event_date,event_type,location,country,admin1,latitude,longitude\n"
        + "".join(
            f"2025-03-01,strike,Spot {i}{cells},{49 + i % 97 / 100},{36 + i % 89 / 100}\n"
            for i in range(n)
        )
    ).encode()


def test_a_row_with_a_point_is_named_without_a_scan_of_the_gazetteer(gazetteer):
    """A row with a point and no region is given the region its point lies in and the town near
    it: each asked the gazetteer for the towns in a box around the point, a scan of its 300,000
    places (40-90 ms a row: a 20 MB upload of such rows held the Import page for hours)."""
    from geo import formats

    formats.read(_csv_rows(5, False), "warm.csv", gazetteer, "csv")
    seconds = []
    for region in (True, False):
        took, read = cpu_seconds(
            formats.read, _csv_rows(500, region), "points.csv", gazetteer, "csv"
        )
        seconds.append(took)
        assert len(read.frame) == 500 and not read.refused
    assert seconds[1] < 60 * max(seconds[0], 0.005), seconds  # (x1,000 and more before)


def test_the_town_near_a_point_is_the_one_the_scan_found(gazetteer):
    """The towns by latitude give the scan's answer, across the antimeridian and at the poles."""
    import math

    from geo.gazetteer.index import PLACE_COLUMNS

    gazetteer.nearest_town(50.0, 30.0)  # (reads the towns by latitude)
    rng = random.Random(16)
    points = [(rng.uniform(44, 56), rng.uniform(22, 42)) for _ in range(60)]
    points += [(64.7, 179.9), (64.7, -179.95), (89.99, 0.0), (-89.99, 10.0), (50.45, 30.52)]
    for lat, lon in points:
        shrink = math.cos(math.radians(lat))
        dlon = 180.0 if 111.0 * shrink <= 30 else 30 / (111.0 * shrink)
        west, east = lon - dlon, lon + dlon
        rows = gazetteer._db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE feature IN ('city','capital','village')"
            " AND lat BETWEEN ? AND ? AND (lon BETWEEN ? AND ? OR lon >= ? OR lon <= ?)",
            (lat - 30 / 111, lat + 30 / 111, west, east, west + 360.0, east - 360.0),
        ).fetchall()
        found = gazetteer._towns.ids_in(lat - 30 / 111, lat + 30 / 111, west, east)
        assert found == [r[0] for r in rows], (lat, lon)


def test_refusals_of_one_kind_are_counted_as_one_whatever_their_values():
    """The import's summary line says each kind of refusal with its count: an unknown name, a
    point off the globe or a geometry that is no point made a kind of each value (2,000 rows
    refused for 2,000 names: "1: ...; 1: ...; 1: ...; 1997: other reasons")."""
    from geo.formats.summary import refused_words

    refused = [
        (
            i,
            f"no coordinates, and the gazetteer has no 'Qw{i}ville' in UA"
            + (": did you mean Kyiv (Kyiv City, UA)?" if i % 2 else "")
            + " (give latitude and longitude, or the name as the gazetteer spells it)",
        )
        for i in range(2_000)
    ]
    refused += [(i, f"coordinates out of range: lat {100 + i}.0, lon 37.2") for i in range(300)]
    refused += [
        (i, f"feature {i}: geometry should be a Point object, got 'L{i}'") for i in range(9)
    ]
    line = refused_words(refused)
    assert line == (
        "2309 refused (2000: no coordinates, and the gazetteer has no such place (give latitude "
        "and longitude, or the name as the gazetteer spells it); 300: coordinates out of range; "
        "9: geometry should be a Point object)"
    ), line


def test_the_command_line_makes_lines_for_the_refusals_it_prints_only():
    """`import` prints the first 20 refused rows and how many more: it made a line for every
    refused row first (10 million rows of empty cells: 1.1 GB of lines to print 20)."""
    import contextlib
    import io

    from geo.__main__ import _list_refused

    made = []
    refused = [(n, "no coordinates and no place name") for n in range(2, 100_002)]
    with contextlib.redirect_stderr(io.StringIO()) as err:
        _list_refused(refused, lambda row: made.append(row) or f"refused line {row[0]}")
    assert len(made) == 20 and err.getvalue().endswith("... and 99980 more refused rows\n")


@pytest.mark.parametrize(
    "km", ["99999999999999999999999", "1" + "0" * 400, "12345678901234567890.5"]
)
def test_an_imported_circle_wider_than_the_globe_is_drawn_as_the_default(gazetteer, km):
    """An event's circle comes from its ``extra`` "precision_km", which an import keeps as the
    file gives it: 10^23 km stopped the Map page for the whole store ("cannot safely cast
    non-equivalent float64 to int64"; 10^400: "cannot convert float infinity to integer")."""
    from geo import formats
    from geo.map_payload import encode_events, precision_radius_m

    extra = '"{""precision_km"": ' + km + ', ""note"": ""x""}"'
    data = (
        "event_date,event_type,place,latitude,longitude,extra\n"
        f"2025-03-01,strike,Dnipro,48.45,35.0,{extra}\n"
        '2025-03-01,strike,Sumy,50.9,34.8,"{""precision_km"": 21.2}"\n'
    ).encode()
    frame = formats.read(data, "wide.csv", gazetteer, "csv").frame
    assert len(frame) == 2
    assert precision_radius_m(frame).tolist() == [pd.NA, 21200]
    assert encode_events(frame)


def _strict(text: str):
    def refuse(word):
        raise ValueError(word)

    return json.loads(text, parse_constant=refuse)


def test_infinity_in_an_imported_extra_is_no_number_in_any_export(gazetteer):
    """A GeoJSON property or a CSV ``extra`` cell of ``Infinity``, ``-Infinity``, ``NaN`` or
    ``1e400`` (Python's json reads them all) was kept in ``extra`` as written, and every CSV
    and KML export then held JSON that a strict reader (JavaScript, PostgreSQL) refuses."""
    from geo import export, formats

    feature = (
        '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.0, 48.45]}, '
        '"properties": {"event_date": "2025-03-01", "event_type": "strike", "place": "Dnipro", '
        '"score": Infinity, "low": -Infinity, "big": 1e400, "deep": {"a": [1.5, NaN]}}}'
    )
    geojson = '{"type": "FeatureCollection", "features": [' + feature + "]}"
    csv = (
        "event_date,event_type,place,latitude,longitude,extra\n"
        '2025-03-01,strike,Sumy,50.9,34.8,"{""a"": Infinity, ""b"": [NaN, 2], ""c"": null}"\n'
    )
    frames = [
        formats.read(geojson.encode(), "inf.geojson", gazetteer).frame,
        formats.read(csv.encode(), "inf.csv", gazetteer, "csv").frame,
    ]
    assert [_strict(f["extra"].iloc[0]) for f in frames] == [
        {"deep": {"a": [1.5, None]}},
        {"b": [None, 2], "c": None},
    ]
    codes = gazetteer.country_codes()
    for frame in frames:
        for fmt in ("csv", "kml", "geojson"):
            text = export.export_bytes(frame, fmt, codes).decode("utf-8")
            assert "Infinity" not in text and "NaN" not in text, fmt


def test_region_names_are_placed_in_linear_time_with_every_town_on_one_point():
    """The basemap's region name points keep clear of large towns: each region joined a circle
    around every town inside it, the same point as often as it came (1,000 regions over 1,000
    towns on one point ran over 300 s); a NaN town is no town."""
    import shapely

    from geo.label_points import region_rows

    square = shapely.box(30, 48, 31, 49)
    seconds = []
    for n in (50, 500):
        names, towns = [f"r{i}" for i in range(n)], [(48.5, 30.5, 200_000)] * n
        took, rows = cpu_seconds(region_rows, names, [square] * n, towns)
        seconds.append(took)
        assert len(rows) == n and len(rows[0]) > 3
    assert seconds[1] < 30 * max(seconds[0], 0.01), seconds
    nan = region_rows(["n"], [square], [(float("nan"), 30.5, 200_000), (48.5, 30.5, 200_000)])
    assert len(nan[0]) > 3 and all(v == v for v in nan[0][1:])


@pytest.mark.parametrize(
    ("columns", "cells", "field"),
    [
        ("place,latitude,longitude", "Dnipro,4_8.45,35.0", "latitude"),
        ("place,latitude,longitude", "Dnipro,48.45,3_5", "longitude"),
        ("place,latitude,longitude,fatalities", "Dnipro,48.45,35.0,1_0", "whole number"),
    ],
)
def test_a_number_with_an_underscore_is_refused_not_read_as_python_reads_it(
    gazetteer, columns, cells, field
):
    """Python reads "4_8.45" as 48.45 and "1_0" as 10; a spreadsheet reads them as text. An
    import took them as numbers: a point 0.45 degrees from where a typo left it."""
    from geo import formats

    data = f"event_date,event_type,{columns}\n2025-03-01,strike,{cells}\n".encode()
    read = formats.read(data, "under.csv", gazetteer, "csv")
    assert read.frame.empty and len(read.refused) == 1, read.refused
    assert field in read.refused[0][1], read.refused
