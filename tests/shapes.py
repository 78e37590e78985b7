"""Test polygons: a wiggly star-shaped area with as many vertices as asked (always valid)."""

from __future__ import annotations

import numpy as np
import shapely


def jagged_area(
    vertices: int,
    centre: tuple[float, float] = (38.0, 48.0),
    radius: float = 1.5,
    seed: int = 1,
    spiky: bool = False,
) -> shapely.Polygon:
    """A simple polygon of ``vertices`` corners around ``centre`` (lon, lat), star-shaped, so never
    self-crossing. Its distance from the centre wanders between 0.55 and 1 times ``radius``
    degrees as a random walk, as a front line wiggles; ``spiky`` draws every corner's distance
    independently instead (thousands of thin spikes: a worst case for point-in-polygon tests)."""
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    if spiky:
        share = rng.uniform(0, 1, vertices)
    else:
        walk = np.cumsum(rng.normal(0, 1, vertices))
        walk -= np.linspace(0, walk[-1], vertices)  # closes without a jump
        share = (walk - walk.min()) / (np.ptp(walk) or 1)
    r = radius * (0.55 + 0.45 * share)
    ring = np.column_stack([centre[0] + r * np.cos(angles), centre[1] + r * np.sin(angles)])
    return shapely.Polygon(ring)
