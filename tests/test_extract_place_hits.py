"""The place hit and its distance points in modules of their own (``place_hits``,
``place_offsets``): the hit is importable without the geocoder, and the offset reading moves a
hit as ``places`` did."""

from __future__ import annotations

import ast
from pathlib import Path

import geo
from geo.extract.place_hits import PlaceHit, heading_place, hits_within, replace_hit
from geo.extract.place_offsets import approximate_km, offset_points, reference_point
from geo.gazetteer import Place


def _town(name: str, lat: float, lon: float, feature: str = "city") -> Place:
    return Place(1, name, lat, lon, "UA", "Kharkiv", "", feature, 1000, 706483)


def test_no_module_takes_the_hit_or_its_offsets_from_places():
    moved = {"PlaceHit", "replace_hit", "hits_within", "heading_place", "short_mention"}
    moved |= {"approximate_km", "reference_point", "offset_points"}
    wrong = []
    for path in sorted(Path(geo.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "geo.extract.places":
                wrong += [f"{path.name}: {a.name}" for a in node.names if a.name in moved]
    assert wrong == []
    assert PlaceHit.__module__ == "geo.extract.place_hits"


def test_a_hit_is_moved_to_the_point_its_distance_leads_to():
    text = "Shelling hit a farm 30 km south of Kharkiv overnight."
    at = text.index("Kharkiv")
    hit = PlaceHit(at, at + len("Kharkiv"), _town("Kharkiv", 50.0, 36.25), "Kharkiv", 1, False)
    (moved,) = offset_points(text, [hit])
    assert moved.offset is not None and moved.offset.distance_km == 30
    assert moved.place.feature == "point" and moved.place.lat < 49.8
    assert moved.mention.startswith("30 km south")


def test_the_village_told_of_takes_a_near_offset_as_itself():
    text = "Drones struck Kupiansk. Two km north of the town a depot burned."
    at = text.index("Kupiansk")
    hit = PlaceHit(at, at + 8, _town("Kupiansk", 49.7, 37.6), "Kupiansk", 1, False)
    hits = offset_points(text, [hit])
    assert [h.place.name for h in hits] == ["Kupiansk", "Kupiansk"]
    assert all(h.offset is None for h in hits)


def test_the_shared_operations_on_hits():
    a = PlaceHit(0, 5, _town("Sumy", 50.9, 34.8), "Sumy", 1, False)
    b = PlaceHit(7, 12, _town("Sumy region", 50.9, 34.8, "admin1"), "Sumy region", 1, False)
    assert heading_place([a, b]) is a and heading_place([a, a, b]) is None
    assert replace_hit(a, 3, True).event_place and not a.event_place
    assert hits_within([b, a])(0, 6) == [a]
    assert approximate_km(_town("Hlyboke", 50.0, 36.0, "village")) == 25.0
    assert reference_point("20 km from Sumy", len("20 km from "))
