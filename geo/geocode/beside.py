"""Natural features the gazetteer lacks (rivers, lakes, bays, ranges: no registry package has
them with names and points), placed at the town they are named beside: "Lima lies on the Ottawa
River", "it stands on the Psel", "where the Nith flows into the Grand River". The feature's
stretch that the text is about passes that town; its source is ``"beside"``."""

from __future__ import annotations

import re

from geo.geocode.candidates import TOWNS, Resolution
from geo.geocode.cues import after_the

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


def place_features_beside(mentions: list[Resolution], found: list[Resolution], text: str) -> None:
    """A mention the gazetteer has no candidate for that reads as a natural feature (a word of
    :data:`NATURAL_WORDS` in it, or "the" before it: "on the Oder") is put at the last town
    resolved before it in the text (``found``: every resolved mention and area name), if any; so
    is a town's name with a feature word in lower case after it ("the Dnipro river")."""
    named_feature = [False] * len(mentions)
    # A few finds, not a match per mention (" spit", not the "spit" of every "hospital").
    if any(" " + word in text for word in _FEATURE_WORDS):
        named_feature = [
            m.place is not None
            and m.place.feature in TOWNS
            and bool(_FEATURE_AFTER.match(text, m.end))
            for m in mentions
        ]
    if not any(named_feature) and all(m.place is not None or m.candidates for m in mentions):
        return  # most texts
    towns = sorted(
        (r.start, r.query, r.place) for r in found if r.place and r.place.feature in TOWNS
    )
    if not towns:
        return
    for m, feature in zip(mentions, named_feature, strict=True):
        if not feature:
            if m.place is not None or m.candidates:
                continue
            if not (NATURAL_WORDS.intersection(m.query.split()) or after_the(text, m.start)):
                continue
        before = [place for start, query, place in towns if start < m.start and query != m.query]
        if before:
            m.place, m.source = before[-1], "beside"
