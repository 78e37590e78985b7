"""Hostile input, session 20 (attack18): the holes attack17 left and what the last session added,
refused in one line or read in time that grows with the input, never with its square (ratios of
one run's timings, n against 10n, never a wall-clock limit: ``tests/timing.py``)."""

from __future__ import annotations

import pytest
from timing import cpu_seconds


@pytest.mark.parametrize(
    ("written", "point"),
    [
        ("-49.7106 S, 37.6155 E", (-49.7106, 37.6155)),  # a minus and the letter both say south
        ("49.7106 N, -37.6155 W", (49.7106, -37.6155)),
        ("-49.7106 N, 37.6155 E", (49.7106, 37.6155)),  # they disagree: the letter decides
        ("-49.7106, -37.6155", (-49.7106, -37.6155)),  # no letter: the sign
    ],
)
def test_a_hemisphere_letter_decides_the_side_of_a_given_point(written, point):
    """ "-49.7106 S" was read as 49.7106 N: the minus and the S each turned the sign."""
    from geo.extract.given_points import given_points

    assert [p[1:] for p in given_points(f"Geolocated to {written}.")] == [point]


def test_regions_holding_the_same_towns_join_their_circles_once():
    """Each region joined a circle around every large town inside it: 1,000 regions over the
    same 1,000 towns took 43 s at the assets build (a basemap of thousands of overlapping
    regions: minutes). The circles of one set of towns are joined once; 10n regions over them
    cost little more than n (before: 10 times as much)."""
    import random

    import shapely

    from geo.label_points import region_rows

    spot = random.Random(18)
    towns = [(48 + spot.random(), 30 + spot.random(), 200_000) for _ in range(1_000)]
    seconds = []
    for n in (10, 100):
        names = [f"r{i}" for i in range(n)]
        shapes = [shapely.box(30, 48, 31, 49) for _ in range(n)]  # one outline, given n times
        took, rows = cpu_seconds(region_rows, names, shapes, towns, repeats=2)
        seconds.append(took)
        assert len(rows) == n and all(len(r) > 1 for r in rows)
    assert seconds[1] < 4 * seconds[0], seconds


def _gmt_blog(n: int) -> str:
    # stamps past any clock's end too ("25:99 GMT")
    entries = (f"{22 + i % 4}:{i * 7 % 100:02d} GMT - A drone hit Kharkiv.\n" for i in range(n))
    return "All times GMT\n" + "".join(entries)


def test_a_gmt_blogs_stamps_are_read_in_time_linear_in_their_number():
    """A blog kept in GMT: each stamp's line was cut by searching the rest of the text for a line
    end, and each entry's day read every stamp before it (20,000 stamps x69 and x89 the time of
    2,000; 10^5 stamps, hours)."""
    from datetime import date

    from geo.extract.layout import stamp_hours
    from geo.extract.publication import Publication
    from geo.extract.utc_stamps import kyiv_day, late_utc_entries

    pub = Publication(date(2025, 3, 2), True, True)

    def read(text: str) -> int:
        stamps = stamp_hours(text)
        late = late_utc_entries(text, stamps, pub)
        return sum(kyiv_day(pub, stamps, late, at).day != pub.day for at, _ in stamps)

    seconds = []
    for n in (2_000, 20_000):
        took, moved = cpu_seconds(read, _gmt_blog(n))
        seconds.append(took)
        assert moved == n // 2  # the 22:xx and 23:xx entries are the next day in Kyiv
    assert seconds[1] < 20 * max(seconds[0], 0.001), seconds


@pytest.mark.parametrize(
    "cell",
    [
        lambda n: "48.5711" + " " * n + "x",  # a point's number, then junk far after it
        lambda n: "48.5711, 37.9642" + " " * n + "x",
        lambda n: "Odesa" + " " * n + "x",  # a name, a run, then no region word
        lambda n: "Odesa" + "-" * n + "x",
    ],
)
def test_a_typed_place_with_a_long_run_of_spaces_is_read_in_linear_time(gazetteer, cell):
    """A CSV location cell or a typed place: a point's pattern tried every split of a run of
    spaces ("48.5711", 4,000 spaces and a letter 0.2 s, x16 for x4), and the region-word
    pattern ("Odesa region") tried the run from each of its characters (8,000 spaces 4.6 s):
    a 100 kB cell held the import for over 5 minutes. Now refused at once, as any unknown name."""
    from geo import formats

    seconds = []
    for n in (1_000, 10_000):
        data = f'date,type,location\n2025-03-01,strike,"{cell(n)}"\n'.encode()
        took, read = cpu_seconds(formats.read, data, "runs.csv", gazetteer, None)
        seconds.append(took)
        assert read.frame.empty and len(read.refused) == 1, read.refused
        assert len(read.refused[0][1]) < 300, read.refused[0][1]
    assert seconds[1] < 20 * max(seconds[0], 0.002), seconds


def test_deleted_events_take_back_their_copies_in_time_linear_in_their_number():
    """A report's many events of one place, day and type, deleted and then saved again under new
    ids: each deleted event compared with every row still free (2,000 0.64 s, 20,000 some 64 s).
    Now the nearest row is found by bisection; the same rows are taken."""
    import json

    from geo.store.redeleted import FIELDS, deleted_again

    def case(n: int) -> tuple[list[tuple], list[tuple[str, str]], dict[str, int]]:
        told = {"source": "s", "place": "Izium", "event_date": "2025-03-01"}
        told |= {"event_type": "strike", "source_text": "A drone hit Izium."}
        rows = [
            tuple({**told, "event_id": f"new{i}", "span_start": 10 * i}.get(k) for k in FIELDS)
            for i in range(n)
        ]
        gone = [(f"old{i}", json.dumps({**told, "span_start": 10 * i + 3})) for i in range(n)]
        return rows, gone, {row[0]: 0 for row in rows}

    seconds = []
    for n in (1_000, 10_000):
        took, withheld = cpu_seconds(deleted_again, *case(n))
        seconds.append(took)
        assert withheld == [f"new{i}" for i in range(n)]
    assert seconds[1] < 20 * max(seconds[0], 0.001), seconds


def test_a_region_and_town_told_again_and_again_are_read_in_linear_time(extractor):
    """A paragraph repeating "In the Zaporizhzhia region, a drone hit Stepove.": each mention of
    the town was compared with each region named after it, building its sets again (1,000
    sentences 2.7 s, x24 the time of 100, up to the geocoder's window of 1,000 mentions)."""
    from datetime import date

    sentence = "In the Zaporizhzhia region, a drone hit Stepove. "
    seconds = []
    for n in (60, 600):
        took, records = cpu_seconds(
            extractor.extract, sentence * n + "\n", "paste", date(2025, 3, 2), repeats=2
        )
        seconds.append(took)
        assert [r["admin1"] for r in records] == ["Zaporizhia"], records[:1]  # (GeoNames)
    assert seconds[1] < 15 * seconds[0], seconds
