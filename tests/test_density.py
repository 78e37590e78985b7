"""Density per hexagon (geo.density): the binning the map's density view draws."""

from __future__ import annotations

import numpy as np
import pytest

from geo import density


def test_every_point_falls_in_the_hexagon_with_the_nearest_centre():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 5_000, 20_000), rng.uniform(0, 5_000, 20_000)
    radius = 17.0
    i, j = density.hex_cells(x, y, radius)
    cx, cy = density.hex_centre(i, j, radius)
    mine = np.hypot(cx - x, cy - y)
    assert (mine <= radius + 1e-9).all()  # inside the circle round the hexagon
    # no centre of the 3 x 5 neighbourhood is nearer (brute force)
    for di in (-1, 0, 1):
        for dj in (-2, -1, 0, 1, 2):
            ox, oy = density.hex_centre(i + di, j + dj, radius)
            assert (np.hypot(ox - x, oy - y) >= mine - 1e-9).all()


def test_world_pixels_are_leaflets():
    x, y = density.world_pixels(np.array([0.0, 50.45]), np.array([0.0, 30.52]), 6)
    assert x[0] == pytest.approx(8192) and y[0] == pytest.approx(8192)  # 256 * 2^6 / 2
    # Kyiv at zoom 6, as Leaflet's map.project([50.45, 30.52], 6) gives it
    assert x[1] == pytest.approx(9580.999, abs=0.01) and y[1] == pytest.approx(5524.536, abs=0.01)


def test_counts_add_up_and_follow_the_weights():
    rng = np.random.default_rng(4)
    lat, lon = rng.uniform(44, 52, 5_000), rng.uniform(22, 40, 5_000)
    got = density.hex_counts(lat, lon, 6, 20)
    assert got["count"].sum() == 5_000 and got["count"].min() >= 1
    assert not got.duplicated(["i", "j"]).any()
    weighted = density.hex_counts(lat, lon, 6, 20, weights=np.full(5_000, 3))
    assert (weighted["count"].to_numpy() == 3 * got["count"].to_numpy()).all()
    # a bigger zoom splits the same events into more hexagons
    assert len(density.hex_counts(lat, lon, 8, 20)) > len(got)


def test_bad_radius_is_refused():
    with pytest.raises(ValueError, match="'radius' should be more than 0, got 0"):
        density.hex_cells(np.zeros(1), np.zeros(1), 0)


def test_region_counts_put_each_point_in_the_first_region_holding_it():
    from shapely.geometry import Point, shape

    from geo import assets

    features = assets.load_geojson(assets.regions_path())["features"]
    rng = np.random.default_rng(5)
    lat, lon = rng.uniform(44, 53, 400), rng.uniform(22, 41, 400)
    weights = rng.integers(1, 4, 400)
    got = density.region_counts(lat, lon, features, weights)
    shapes = [shape(f["geometry"]) for f in features]
    want: dict[int, int] = {}
    for y, x, w in zip(lat, lon, weights, strict=True):
        k = next((k for k, s in enumerate(shapes) if s.contains(Point(x, y))), None)
        if k is not None:
            want[k] = want.get(k, 0) + int(w)
    assert dict(zip(got["region"], got["count"], strict=True)) == want and len(want) > 10
    p = features[int(got["region"].iloc[0])]["properties"]
    assert got["key"].iloc[0] == f"{p['country']}|{p['admin1']}"
    assert sum(want.values()) < weights.sum()  # some points fall in no region (the sea, Poland)
