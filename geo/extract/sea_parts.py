"""A part of a sea named as the place: "in the north-western Black Sea", "the eastern part of
the Black Sea", "the Black Sea's north-west". The place is that part of the sea, not its middle
(the gazetteer keeps a sea as one point, data/aliases.csv, and no outline of its water).

Each part is the middle of the water the words name, read off the map, for the seas of the
theatre (:data:`PARTS`); a sea or a part not listed stays at the sea's own point. The natural
Earth land outlines (node_modules) give no sea polygon to compute them from: their water
between Crimea and the Caucasus runs on into the Sea of Azov through the Kerch Strait, and a
quarter of that water's box is not what a writer calls the sea's north-west (for the Black Sea
it lies 90 km south of the shelf they mean). A rebuild would need a sea outline table (IHO
limits, or Natural Earth's marine polygons, not installed) to compute them instead.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.extract.pattern_cues import cued

if TYPE_CHECKING:
    from geo.extract.place_hits import PlaceHit

# (sea, part) -> the part's middle (lat, lon). A writer's "north-western Black Sea" is the shelf
# between the Danube's mouths, Odesa and Cape Tarkhankut; the "north-eastern", the water off
# Anapa and Novorossiysk; the "northern part", the water south and west of Crimea.
PARTS: dict[tuple[str, str], tuple[float, float]] = {
    ("black sea", "north-west"): (45.6, 31.0),
    ("black sea", "north"): (44.4, 33.0),
    ("black sea", "north-east"): (44.3, 37.3),
    ("black sea", "west"): (43.3, 29.6),
    ("black sea", "east"): (42.8, 39.2),
    ("black sea", "south-west"): (42.0, 29.5),
    ("black sea", "south"): (41.9, 34.5),
    ("black sea", "south-east"): (41.6, 39.5),
    ("sea of azov", "north-west"): (46.6, 35.6),
    ("sea of azov", "north"): (46.7, 36.8),
    ("sea of azov", "north-east"): (46.9, 38.3),
    ("sea of azov", "west"): (46.0, 35.3),
    ("sea of azov", "east"): (46.2, 37.9),
    ("sea of azov", "south-west"): (45.5, 35.4),
    ("sea of azov", "south"): (45.6, 36.4),
    ("sea of azov", "south-east"): (45.9, 37.6),
}

_COMPASS = r"(?P<ns>north|south)?-?(?P<ew>east|west)?(?:ern)?"
# before the name: "the north-western (part of the) Black Sea", "northwestern Black Sea waters"
# (read in a short window before the name, so a run of spaces costs nothing)
_BEFORE = re.compile(
    rf"\b{_COMPASS}\s(?:(?:part|parts|half|corner|reaches|waters)\s+of\s+)?(?:the\s+)?$", re.I
)
# after it: "the Black Sea's north-west", "the Black Sea's northern part"
_AFTER = re.compile(rf"['’]s\s{_COMPASS}\b", re.I)
_WINDOW = 40


def part_named(text: str, start: int, end: int) -> str | None:
    """The part of the sea named at text[start:end] that the words around it name
    ("north-west", "east"), or None."""
    before = text[max(0, start - _WINDOW) : start]
    for m in (_BEFORE.search(before), _AFTER.match(text, end, end + _WINDOW)):
        if m is not None and (m.group("ns") or m.group("ew")):
            return "-".join(w.lower() for w in (m.group("ns"), m.group("ew")) if w)
    return None


def part_point(sea: str, part: str) -> tuple[float, float] | None:
    """The middle of that part of the sea, when :data:`PARTS` has it."""
    return PARTS.get((sea.lower(), part))


# "the sea's north-west": the sea named last, told again
_THE_SEA = re.compile(rf"\bthe sea['’]s\s{_COMPASS}\b", re.I)


def place_parts(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Each sea named with a part of it is moved to that part: its own id (the north-west and
    the whole sea are two places), the words that name the part its mention, still a sea (a
    rough area, where only interceptions are placed). "The sea's north-west" is that part of
    the sea named last before it."""
    told = []
    for m in _THE_SEA.finditer(text):
        seas = [h for h in hits if h.place.feature == "sea" and h.end <= m.start()]
        if seas and (m.group("ns") or m.group("ew")):
            sea = m.start() + 4  # the word "sea", then "'s north-west" as after a sea's name
            told.append(replace(seas[-1], start=sea, end=sea + 3))
    hits = sorted(hits + told, key=lambda h: h.start)
    for hit in hits:
        if hit.place.feature != "sea":
            continue
        part = part_named(text, hit.start, hit.end)
        point = part_point(hit.place.name, part) if part else None
        if point is None:
            continue
        lat, lon = point
        part_id = -1 - zlib.crc32(f"{hit.place.id} {part}".encode())  # (str's hash varies by run)
        hit.place = replace(hit.place, id=part_id, lat=lat, lon=lon)
        hit.mention = f"{part} {hit.mention}"
    return hits


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_THE_SEA = cued(_THE_SEA)
