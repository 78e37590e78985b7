"""The Import page's location summary counts every row kept (newuser19): a row with both its
coordinates and a place name was in neither "put at the place named" nor "named by the point"."""

from __future__ import annotations

from geo import formats

# Written for this test: one row of each kind, and a second with a point and a name.
MIXED = (
    "date,type,location,latitude,longitude\n"
    "2026-11-01,strike,Izium,,\n"
    "2026-11-02,strike,,48.59,37.99\n"
    "2026-11-03,strike,Lyman,48.99,37.81\n"
    "2026-11-04,strike,Kupiansk,49.71,37.61\n"
)


def test_every_row_kept_is_in_one_location_count(gazetteer):
    result = formats.read(MIXED.encode(), "mixed.csv", gazetteer)
    assert len(result.frame) == 4, result.refused
    counts = (result.located, result.named_by_point, result.own_point)
    assert counts == (1, 1, 2)
    assert any("2 rows with coordinates and a place name" in n for n in result.notes)


def test_a_file_of_points_with_names_alone_says_nothing_more(gazetteer):
    only = "".join(MIXED.splitlines(keepends=True)[i] for i in (0, 3, 4))
    result = formats.read(only.encode(), "points.csv", gazetteer)
    assert (len(result.frame), result.own_point) == (2, 2)
    assert not any("coordinates and a place name" in n for n in result.notes)
