"""An imported region-wide event is drawn at its region's point, whatever the file's spelling of
the region. UCDP names regions "Kherson oblast", "Zaporizhzhya oblast", "Kharkiv Oblast" (639 of
its 3,883 rows, every one of its region-level rows that names a region), and places them at the
region's capital: the map looked the region's point up under that exact spelling, found none, and
drew the stack on UCDP's point, under the city's marker. Kherson's three region-wide shellings of
February 2023 sat beneath "Kherson 3", the city's own three, and read as the city's (newuser35);
the region's dashed outline was drawn (the outline is found by the name's skeleton), its marker
not."""

from __future__ import annotations

import numpy as np
import pytest

from geo.events import to_frame
from geo.map_payload import COORD_SCALE
from geo.region_points import region_points, region_stack_points


def _event(event_id: str, admin1: str, precision: int, lat: float, lon: float) -> dict:
    return {
        "event_id": event_id,
        "event_date": "2023-02-01",
        "time_precision": 1,
        "event_type": "strike",
        "weapon_category": "artillery",
        "geo_precision": precision,
        "verification": "confirmed",
        "place": "Kherson region" if precision == 3 else "Kherson town",
        "country": "UA",
        "admin1": admin1,
        "lat": lat,
        "lon": lon,
    }


@pytest.mark.parametrize("spelling", ["Kherson oblast", "Kherson Oblast", "Kherson"])
def test_an_imported_region_event_is_drawn_at_its_region_s_point(spelling):
    frame = to_frame(
        [
            _event("city", "Kherson oblast", 1, 46.63695, 32.61458),  # UCDP's Kherson town
            _event("region", spelling, 3, 46.6406, 32.61589),  # UCDP's "Kherson region"
        ]
    )
    stack = np.array([0, 1])
    lat = np.round(frame.geometry.y.to_numpy() * COORD_SCALE).astype(np.int64)
    lon = np.round(frame.geometry.x.to_numpy() * COORD_SCALE).astype(np.int64)
    drawn_lat, drawn_lon = region_stack_points(frame, stack, lat, lon, COORD_SCALE)
    region_lat, region_lon = region_points()["UA|Kherson"]
    assert (drawn_lat[1] / COORD_SCALE, drawn_lon[1] / COORD_SCALE) == pytest.approx(
        (region_lat, region_lon), abs=2 / COORD_SCALE
    )
    assert (drawn_lat[0], drawn_lon[0]) == (lat[0], lon[0])  # the city's own event stays
    assert abs(drawn_lat[1] - drawn_lat[0]) + abs(drawn_lon[1] - drawn_lon[0]) > 0.1 * COORD_SCALE


def test_a_region_event_naming_no_region_keeps_its_point():
    frame = to_frame([_event("x", None, 3, 46.6406, 32.61589)])
    lat, lon = np.array([46640600]), np.array([32615890])
    assert region_stack_points(frame, np.array([0]), lat, lon, COORD_SCALE) == (lat, lon)
