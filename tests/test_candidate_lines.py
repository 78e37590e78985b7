"""The review's candidates for an event's place say how far each is from where the event is,
and the one it is at says so, not "0 km away" (newuser23: the wrong current place read as the
nearest, a reason to keep it)."""

from __future__ import annotations

from webui.places import candidate_line


def _record(place):
    return {"place": place.name, "lat": place.lat, "lon": place.lon}


def test_the_candidate_the_event_is_at_says_so(gazetteer):
    places = [p for p, _ in gazetteer.lookup("Novoolenivka") if p.country == "UA"]
    assert len(places) >= 2
    here, other = places[0], places[1]
    line = candidate_line(here, 0.6, _record(here))
    assert "the event's place now" in line and "0 km" not in line
    far = candidate_line(other, 0.5, _record(here))
    assert "km from the event's place now" in far and " · the event's place now" not in far


def test_a_namesake_at_another_point_is_not_the_event_s_place(gazetteer):
    kyiv = next(p for p, _ in gazetteer.lookup("Kyiv") if p.country == "UA")
    moved = {"place": kyiv.name, "lat": kyiv.lat + 1.0, "lon": kyiv.lon}
    assert "111 km from the event's place now" in candidate_line(kyiv, 0.9, moved)


def test_a_region_candidate_is_named_as_the_map_names_it(gazetteer):
    oryol = next(p for p, _ in gazetteer.lookup("Orjol") if p.feature == "admin1")
    line = candidate_line(oryol, 0.8, _record(oryol))
    assert line.startswith("Oryol region, RU · admin1 · ") and "Orjol" not in line
