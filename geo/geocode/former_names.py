"""A place the text names by its own name is not what another of its names means elsewhere in the
same text: a report of "the fighting around Pokrovsk" that also tells of "the Engels air base"
does not mean Engels by "Pokrovsk" (the town's name until 1931, kept by GeoNames as one of its
names), when the words are also a town's own name in the theatre (Pokrovsk, Donetsk region).
Unless the two names stand together, as one place's two names are told: "Krasnoarmeysk
(Pokrovsk)", "Dzerzhinsk, the Soviet-era name Moscow uses for Toretsk"; an old name alone still
finds its place ("Dzerzhinsk": Toretsk). Read only for a war report: in world news a short or
other form of a name stands beside the full one ("US", "the United States") as one place's."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from geo.geocode.candidates import Candidate, Resolution

# an other name this unlike the place's own is another name of it, not a spelling of its own
# ("Pokrovsk" of Engels; not "Sloviansk" of Slovyansk)
UNLIKE = 0.6
# two names this near (characters) may be told as one place's two names
TOGETHER = 150
# the words are a town's own name in the theatre, of this many people at least: another name of
# a place named apart yields to it ("Pokrovsk", Donetsk region); a short form of a country's
# name ("US" beside "the United States") or an old name alone has no such town and stays
TOWN_PEOPLE = 10_000


def drop_places_named_otherwise(
    mentions: Sequence[Resolution], keys: Sequence[str], text: str, theatre: Set[str]
) -> None:
    """Drop from each mention's candidates a place that only another, unlike name of it makes
    one, when the text names that place by its own name ("the Engels air base") apart from every
    mention of these words (``keys``: each mention's name key) and the words are a town's own
    name in the ``theatre``'s countries (see the module's note)."""
    starts: dict[str, list[int]] = {}
    for m, key in zip(mentions, keys, strict=True):
        starts.setdefault(key, []).append(m.start)
    for m, key in zip(mentions, keys, strict=True):
        if not any(_theatre_town(c, theatre) for c in m.candidates):
            continue
        kept = [c for c in m.candidates if not _named_apart(c, text, starts[key])]
        if len(kept) < len(m.candidates):
            m.candidates[:] = kept


def _theatre_town(c: Candidate, theatre: Set[str]) -> bool:
    return c.main_name and c.place.country in theatre and c.place.population >= TOWN_PEOPLE


def _named_apart(c: Candidate, text: str, own_words: list[int]) -> bool:
    if c.main_name or c.likeness >= UNLIKE or c.place.name not in text:
        return False
    named = [m.start() for m in re.finditer(rf"\b{re.escape(c.place.name)}\b", text)]
    return bool(named) and all(abs(a - b) > TOGETHER for a in named for b in own_words)
