"""Coordinates a report gives for what it tells ("Geolocated to 48.2721, 37.1765", "the town hall
in central Kupiansk (49.7106, 37.6155)"), as open-source analysts write them: the record of the
place they lie by, in the same paragraph, is put at the given point rather than at the town's
centre, with the place's name kept and the point said in its notes."""

from __future__ import annotations

import re

from geo.geocode import distance_km

# "48.2721, 37.1765", "48.2721 N, 37.1765 E", "48.2721°N 37.1765°E", "(49.7106; 37.6155)": degrees
# with three or more decimals (a figure such as "1.5, 2.3" is no point)
_POINT = re.compile(
    r"(?<![\w.,])(?P<lat>-?\d{1,2}\.\d{3,8})(?:\s?°)?(?:\s?(?P<ns>[NS]))?[,;/]?\s{0,3}"
    r"(?P<lon>-?\d{1,3}\.\d{3,8})(?:\s?°)?(?:\s?(?P<ew>[EW]))?(?!\w|\.\d)"
)
# how far from the place's own point a given point may lie and still be where the place's
# event happened: a town's outskirts and the fields around it; a whole region's extent
_REACH_KM = {1: 40.0, 2: 60.0, 3: 300.0}
# a text giving more points than this is a table of coordinates, not notes on what it tells
MOST_POINTS = 200


def given_points(text: str) -> list[tuple[int, float, float]]:
    """``(offset, lat, lon)`` of every point written in degrees in ``text``."""
    out = []
    for m in _POINT.finditer(text):
        lat, lon = _side(float(m["lat"]), m["ns"], "S"), _side(float(m["lon"]), m["ew"], "W")
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            out.append((m.start(), lat, lon))
    return out


def _side(degrees: float, letter: str | None, negative: str) -> float:
    """A coordinate's sign: a hemisphere letter decides it when one is written, whatever sign
    the number carries ("-49.7106 S" is south, as "49.7106 S" is; it was read as 49.7106 N, the
    minus and the S each turning the sign)."""
    if letter is None:
        return degrees
    return -abs(degrees) if letter == negative else abs(degrees)


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (0 if before < 0 else before + 2), (len(text) if after < 0 else after)


def at_given_points(records: list[dict], text: str) -> None:
    """Each point the text gives goes to the nearest record of its paragraph whose place lies
    within reach of it (a town's 40 km, a region's 300 km); that record is put there exactly."""
    points = given_points(text)
    if not points or len(points) > MOST_POINTS:
        return
    paragraphs = [_paragraph(text, r["span_start"], r["span_end"]) for r in records]
    placed: set[int] = set()  # a record is put at one point (200 near one town made 200 notes)
    for at, lat, lon in points:
        best, best_km = None, 0.0
        for r, (lo, hi) in zip(records, paragraphs, strict=True):
            if not lo <= at < hi or id(r) in placed:
                continue
            km = distance_km(lat, lon, r["lat"], r["lon"])
            if km <= _REACH_KM.get(r["geo_precision"], 40.0) and (best is None or km < best_km):
                best, best_km = r, km
        if best is None:
            continue
        placed.add(id(best))
        note = f"position as given in the text: {lat:.4f}, {lon:.4f}"
        best.update(lat=lat, lon=lon, geo_precision=1)
        best["notes"] = f"{best['notes']}; {note}" if best.get("notes") else note
