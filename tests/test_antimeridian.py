"""Outlines across the 180° meridian are cut there: no edge runs across the whole map."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, shape

from geo.antimeridian import cut_at_antimeridian, polygons
from geo.assets import load_geojson, outlines_path


def _edges_across(geometry) -> int:
    """Edges longer than half the world east-west, but those along a pole."""
    count = 0
    for p in polygons(geometry):
        for ring in (p.exterior, *p.interiors):
            c = np.asarray(ring.coords)
            long = np.abs(np.diff(c[:, 0])) > 180
            pole = (np.abs(c[:-1, 1]) == 90) & (np.abs(c[1:, 1]) == 90)
            count += int((long & ~pole).sum())
    return count


def test_an_island_across_the_meridian_becomes_its_two_sides():
    fiji = Polygon([(179, -17), (-179, -17), (-179, -16), (179, -16)])  # 2° wide, drawn 358°
    assert _edges_across(fiji) == 2
    cut = cut_at_antimeridian(MultiPolygon([fiji, Polygon([(10, 0), (11, 0), (11, 1)])]))
    assert _edges_across(cut) == 0
    sides = sorted(polygons(cut), key=lambda p: p.bounds[0])
    assert [p.bounds for p in sides] == [
        (-180, -17, -179, -16),
        (10, 0, 11, 1),
        (179, -17, 180, -16),
    ]
    assert sum(p.area for p in sides) == pytest.approx(2 + 0.5)


def test_a_ring_around_the_pole_is_closed_along_it():
    # Antarctica: round the world from 170° E eastwards, with no edge down to the pole
    ring = [(lon, -70) for lon in (170, -150, -90, -30, 30, 90, 150)]
    cut = cut_at_antimeridian(Polygon(ring))
    assert _edges_across(cut) == 0
    west, east = cut.bounds[0], cut.bounds[2]
    assert (west, east, cut.bounds[1]) == (-180, 180, -90)  # all the way round, down to the pole


def test_the_served_country_outlines_have_no_edge_across_the_map():
    data = load_geojson(outlines_path())
    across = [
        f["properties"]["a3"]
        for f in data["features"]
        if f["geometry"] and _edges_across(shape(f["geometry"]))
    ]
    assert across == []
    russia = next(f for f in data["features"] if f["properties"]["a3"] == "RUS")
    west, _, east, _ = shape(russia["geometry"]).bounds
    assert (west, east) == (-180, 180)  # Chukotka kept, on its own side
