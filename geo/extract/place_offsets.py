"""Places moved by a distance and direction ("30 km south of Kharkiv", "two kilometres
north-east of the village"): the hit put at the point the offset leads to, a place named and then
placed by a distance kept at the text's point when the gazetteer's lies far off, and the
reference points ("north-west of Kurakhove") that name no event's place."""

from __future__ import annotations

import re
from dataclasses import replace

from geo import offsets as off
from geo.extract.place_hits import PlaceHit
from geo.gazetteer import Place
from geo.gazetteer.index import OWN_POINT
from geo.geocode import distance_km

THE_TOWN = re.compile(r"(?i)\bthe\s+(?:city|town|village|settlement)\b")
# A few kilometres from "the village" just told of is near it, the same place as its event.
_NEAR_KM = 5.0


def offset_points(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """ "30 km south of Kharkiv": the place named is moved to the point the distance and
    direction lead to (WGS84 geodesic); "... of the city" is measured from the town named last."""
    for o in off.find_offsets(text):
        anchor = next((h for h in hits if o.start < h.start < o.end), None)
        if anchor is None and THE_TOWN.fullmatch(o.anchor):
            towns = [h for h in hits if h.end <= o.start and _antecedent(text, h)]
            if towns:
                anchor = PlaceHit(o.end - len(o.anchor), o.end, towns[-1].place, o.anchor, 2, False)
                hits.append(anchor)
                hits.sort(key=lambda h: h.start)
                if o.distance_km <= _NEAR_KM:
                    continue  # "two kilometres north-east of the village": near the village told of
        if anchor is None:
            continue
        o = replace(o, anchor=anchor.place.name)  # what it is measured from, by its name
        lat, lon = off.destination(anchor.place.lat, anchor.place.lon, o)
        # Its own id: two offsets from one town are two places, neither the town itself.
        point_id = -1 - (hash((anchor.place.id, o.distance_km, o.bearing)) % 10**9)
        anchor.place = replace(anchor.place, id=point_id, lat=lat, lon=lon, feature="point")
        anchor.offset = o
        anchor.mention = o.text
        _place_by_its_offset(text, hits, anchor, o)
    return hits


# Features whose gazetteer point is only roughly the place's (geo/gazetteer/katottg.py: a
# village at its community's centre) and how far off it may be, for the precision circle.
APPROXIMATE_POINTS = {"village": 25.0}


def approximate_km(place: Place) -> float:
    """How far off the gazetteer's point of a place may be (0: it is the place's own)."""
    return 0.0 if place.code == OWN_POINT else APPROXIMATE_POINTS.get(place.feature, 0.0)


# "Novyi Trud, about 15 km south of Pokrovsk": the name, then the distance that places it.
_NAME_THEN_OFFSET = re.compile(r"\s*(?:,|\(|[-–—])\s*$")


def _place_by_its_offset(text: str, hits: list[PlaceHit], point: PlaceHit, o: off.Offset) -> None:
    """A place named and then placed by a distance from another ("captured Novyi Trud, about
    15 km south of Pokrovsk"): when the gazetteer's place of that name lies far from where the
    text puts it (a namesake elsewhere, the right village missing from the gazetteer), the text's
    own position wins: the name is kept, at the offset point. So it does for a place whose
    point is only its community's centre (a codifier village) when the text's circle is the
    smaller: the village named is meant, and the text says better where it lies."""
    named = next((h for h in reversed(hits) if h.end <= o.start and h is not point), None)
    if named is None or named.offset is not None:
        return
    if not _NAME_THEN_OFFSET.fullmatch(text, named.end, o.start):
        return
    away = distance_km(named.place.lat, named.place.lon, point.place.lat, point.place.lon)
    rough = approximate_km(named.place)
    if away <= max(_NEAR_KM, off.precision_km(o) + o.distance_km / 2) and (
        off.precision_km(o) >= rough
    ):
        return  # the gazetteer's place agrees with the text's distance: the named place
    named.place = replace(point.place, name=named.place.name, population=0, geonameid=None)
    named.offset = o
    named.geo_precision = point.geo_precision


# "north-west of Kurakhove", "20 km from Sumy": a town named as a reference point;
# "the Kursk incursion", "the Pokrovsk front": a town's name that qualifies another word.
_AS_REFERENCE = re.compile(
    r"(?:\b(?:north|south|east|west)[\w-]*\s+of|\b(?:km|kilomet(?:re|er)s|miles)\s+(?:\w+\s+)?"
    r"(?:of|from))\s+$",
    re.I,
)
_AS_MODIFIER = re.compile(
    r"\s+(?:incursion|offensive|operation|front|direction|axis|sector|region|oblast)\b", re.I
)


def _antecedent(text: str, hit: PlaceHit) -> bool:
    """Whether a town named earlier can be what "the town" or "the village" later stands for:
    a settlement named for itself, not as a reference point or a qualifier."""
    return (
        hit.place.feature in ("city", "capital", "village")
        and not reference_point(text, hit.start)
        and not _AS_MODIFIER.match(text, hit.end)
    )


def reference_point(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is named as a reference point ("north-west of
    Kurakhove", "20 km from Sumy")."""
    return bool(_AS_REFERENCE.search(text, max(0, start - 30), start))
