"""Natural features the gazetteer lacks (rivers, lakes, bays, ranges: no registry package has
them with names and points), placed at the town they are named beside: "Lima lies on the Ottawa
River", "it stands on the Psel", "where the Nith flows into the Grand River". The feature's
stretch that the text is about passes that town; its source is ``"beside"``."""

from __future__ import annotations

import re
from operator import itemgetter

from geo.gazetteer import Place
from geo.geocode.candidates import TOWNS, Resolution
from geo.geocode.cues import after_the
from geo.geocode.distance import distance_km

# Words that make a name a natural feature's ("Ottawa River", "Lake Nero", "Casco Bay").
NATURAL_WORDS = frozenset(
    """River Rivers Lake Lakes Loch Lough Bay Strait Sea Gulf Mountains Mountain Hills Range Valley
    Canal Reservoir Harbour Harbor Island Islands Peninsula Estuary Falls Delta Creek Brook Spit
    Lagoon Plateau Basin Mount Cape""".split()
)


# A feature word in lower case right after a name the gazetteer holds as a town ("across the
# Dnipro river", "the Kakhovka reservoir", "the Oskil river"): the words name the feature, whose
# stretch is the one by the places the text is about, not the town of that name.
_FEATURE_WORDS = ("river", "reservoir", "spit", "estuary", "lagoon", "canal")
_FEATURE_AFTER = re.compile(rf"\s+(?:{'|'.join(_FEATURE_WORDS)})\b")
# A name after "on the", "across the", "along the" ("Reni on the Danube", "Engels across the
# Volga from Saratov") is a river's when the town of that name lies far from every other place
# the text names (a village of Minnesota, a town 700 km up the Volga): writers do not put "the"
# before a town, and a town they mean lies among the places they name with it.
_ALONG_THE = re.compile(
    r"\b(?:on|across|along|beyond|cross|crossed|crossing|banks? of|mouth of)\s+the\s+$", re.I
)
# ... and is not the first word of a noun phrase ("on the Moscow flights", "the Da Nang
# airport"): what follows the name is punctuation, the end, or one of these words.
_RIVER_NEXT = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:in|at|near|from|to|and|or|but|by|between|about|which|where|that|"
    r"into|upstream|downstream|south|north|east|west|close|just|some|below|above|past|through|"
    r"until|after|before|when|while|since|as|with)\b"
)
ALONG_REACH = 40  # characters before a mention searched for those words
FAR_KM = 300.0
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
NEXT_TO = 30  # characters between a river and a town it is named with ("Reni on the Danube")


def place_features_beside(mentions: list[Resolution], found: list[Resolution], text: str) -> None:
    """A mention the gazetteer has no candidate for that reads as a natural feature (a word of
    :data:`NATURAL_WORDS` in it, or "the" before it: "on the Oder") is put at the last town
    resolved before it in the text (``found``: every resolved mention and area name), if any; so
    is a town's name with a feature word in lower case after it ("the Dnipro river"), and a town
    far from the text's other places named as a river is ("on the Danube"), at the town named
    next to it if there is one ("on the Danube in Izmail")."""
    named_feature = [False] * len(mentions)
    # A few finds, not a match per mention (" spit", not the "spit" of every "hospital").
    if any(" " + word in text for word in _FEATURE_WORDS):
        named_feature = [
            m.place is not None
            and m.place.feature in TOWNS
            and bool(_FEATURE_AFTER.match(text, m.end))
            for m in mentions
        ]
    river = [False] * len(mentions)
    if " the " in text:
        river = [_river_far_off(m, found, text) for m in mentions]
    if not any(named_feature) and not any(river):
        if all(m.place is not None or m.candidates for m in mentions):
            return  # most texts
    towns = sorted(
        (r.start, r.query, r.place, r.end) for r in found if r.place and r.place.feature in TOWNS
    )
    if not towns:
        return
    for m, feature, far in zip(mentions, named_feature, river, strict=True):
        if not (feature or far):
            if m.place is not None or m.candidates:
                continue
            if not (NATURAL_WORDS.intersection(m.query.split()) or after_the(text, m.start)):
                continue
        if far:  # at a town named with it, or nowhere: not the far town, nor one of the text's
            beside = _next_to(m, towns, text)
            m.place, m.source = beside, "beside" if beside else ""
            continue
        before = [t[2] for t in towns if t[0] < m.start and t[1] != m.query]
        if before:
            m.place, m.source = before[-1], "beside"


def _next_to(m: Resolution, towns: list[tuple[int, str, Place, int]], text: str) -> Place | None:
    """The town named right before or right after ``m`` in its sentence (within NEXT_TO
    characters: "port infrastructure on the Danube in Izmail" is Izmail), else the last one
    named before it in its sentence ("Kirovsk, ..., on the left bank of the Neva"), else None."""
    near: list[tuple[int, Place]] = []
    for start, query, place, end in towns:
        if query == m.query:
            continue
        gap = (end, m.start) if end <= m.start else (m.end, start) if start >= m.end else None
        if gap and gap[1] - gap[0] <= NEXT_TO and not _SENTENCE_END.search(text, *gap):
            near.append((gap[1] - gap[0], place))
    if near:
        return min(near, key=itemgetter(0))[1]
    opens = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
    before = [t[2] for t in towns if opens < t[0] and t[3] <= m.start and t[1] != m.query]
    return before[-1] if before else None


def _river_far_off(m: Resolution, found: list[Resolution], text: str) -> bool:
    """Whether ``m`` is a town named as a river is ("across the Volga") that lies more than
    FAR_KM from every other place the text names (see :data:`_ALONG_THE`)."""
    place = m.place
    if place is None or place.feature not in TOWNS or not after_the(text, m.start):
        return False
    if not _ALONG_THE.search(text, max(0, m.start - ALONG_REACH), m.start):
        return False
    if not _RIVER_NEXT.match(text, m.end):
        return False
    others = [r.place for r in found if r.place is not None and r.query != m.query]
    others = [p for p in others if p.feature in TOWNS or p.feature in ("admin1", "admin2")]
    return bool(others) and all(
        distance_km(p.lat, p.lon, place.lat, place.lon) > FAR_KM for p in others
    )
