"""The near filter's radius drawn on the map (newuser40).

With ``?near=Kharkiv&km=25`` the page said "within 25 km of Kharkiv" and the map showed the
kept events with nothing around them: whether a strike just outside the town was left out by the
radius or by another filter could not be seen. Now the map draws a dashed ring of the radius
(``geo.near_circle``), measured on the ground in metres as the filter measures.
"""

from __future__ import annotations

import folium
import pytest
from test_link_days_outside import _map  # (the Map page opened by a link)
from test_near_filter import _frame

from geo import store
from geo.near_circle import CLASS, add_near_circle


def _rings(page: str) -> list[str]:
    """The ``L.circle`` calls of the near ring in a map page."""
    return [part for part in page.split("L.circle(")[1:] if f'"className": "{CLASS}"' in part]


def test_the_ring_is_the_radius_in_metres_around_the_centre():
    m = folium.Map([50.0, 36.0])
    assert add_near_circle(m, (49.9935, 36.2304, 25.0))
    (ring,) = _rings(m.get_root().render())
    assert "[49.9935, 36.2304]" in ring  # [lat, lon], as Leaflet takes it
    assert '"radius": 25000.0' in ring
    assert not add_near_circle(folium.Map([50.0, 36.0]), None)
    with pytest.raises(ValueError, match="radius above 0 km"):
        add_near_circle(m, (49.9, 36.2, 0.0))


def test_the_map_page_draws_the_ring_of_the_link_s_filter(scratch_store):
    store.save(_frame(), scratch_store)
    page = _map(near="Kharkiv", km="40").get("iframe")[0].proto.srcdoc
    (ring,) = _rings(page)
    assert '"radius": 40000.0' in ring
    assert _rings(_map().get("iframe")[0].proto.srcdoc) == []  # no filter, no ring
    # a place the gazetteer lacks: the filter is left out, and so is the ring
    assert _rings(_map(near="Kharkivv Office").get("iframe")[0].proto.srcdoc) == []
