"""Natural features the gazetteer lacks (rivers, lakes, bays, ranges: no registry package has
them with names and points), placed at the town they are named beside: "Lima lies on the Ottawa
River", "it stands on the Psel", "where the Nith flows into the Grand River". The feature's
stretch that the text is about passes that town; its source is ``"beside"``."""

from __future__ import annotations

from geo.geocode.candidates import TOWNS, Resolution
from geo.geocode.cues import after_the

# Words that make a name a natural feature's ("Ottawa River", "Lake Nero", "Casco Bay").
NATURAL_WORDS = frozenset(
    """River Rivers Lake Lakes Loch Lough Bay Strait Sea Gulf Mountains Mountain Hills Range Valley
    Canal Reservoir Harbour Harbor Island Islands Peninsula Estuary Falls Delta Creek Brook Spit
    Lagoon Plateau Basin Mount Cape""".split()
)


def place_features_beside(mentions: list[Resolution], found: list[Resolution], text: str) -> None:
    """A mention the gazetteer has no candidate for that reads as a natural feature (a word of
    :data:`NATURAL_WORDS` in it, or "the" before it: "on the Oder") is put at the last town
    resolved before it in the text (``found``: every resolved mention and area name), if any."""
    if all(m.place is not None or m.candidates for m in mentions):  # most texts
        return
    towns = sorted((r.start, r.place) for r in found if r.place and r.place.feature in TOWNS)
    if not towns:
        return
    for m in mentions:
        if m.place is not None or m.candidates:
            continue
        if not (NATURAL_WORDS.intersection(m.query.split()) or after_the(text, m.start)):
            continue
        before = [place for start, place in towns if start < m.start]
        if before:
            m.place, m.source = before[-1], "beside"
