"""Each mention's candidates ranked in the light of the text's other mentions: rounds of the
document terms until the choice settles, then a name called a region read as the region."""

from __future__ import annotations

from functools import lru_cache

from geo.gazetteer import Gazetteer, Place, normalize
from geo.geocode.after_names import (
    ends_of_mentions,
    regions_after_names,
    regions_right_after_towns,
)
from geo.geocode.anchors import yardsticks
from geo.geocode.candidates import TOWNS, Resolution, best_first, source_of
from geo.geocode.city_regions import region_around
from geo.geocode.context import prefer_regions_holding_named_towns
from geo.geocode.cues import strip_the
from geo.geocode.lists import lists_of_names, share_trailing_region
from geo.geocode.named_regions import keep_to_named_regions
from geo.geocode.rounds import Nearness, score_round, settle

CONTEXT_ROUNDS = 4  # re-read each mention in the light of the others until none changes


def rank_in_context(
    gazetteer: Gazetteer, mentions: list[Resolution], text: str, war: bool = False
) -> None:
    """Each mention's candidates ranked in the light of the others (``war``: a report read
    for a theatre, whose countries named as parties are no evidence of where its places
    lie: "Ukrainian and US officials met in Geneva")."""
    for m in mentions:
        best_first(m.candidates)
    keys = [name_key(m.query) for m in mentions]
    ends = ends_of_mentions(mentions, text)  # read once for the two below
    after_name = regions_after_names(mentions, keys, text, ends)
    share_trailing_region(after_name, keys, peers := lists_of_names(mentions, text), mentions)
    prefer_regions_holding_named_towns(mentions, keys, after_name)
    chosen = [m.candidates[0].place if m.candidates else None for m in mentions]
    before: list[Place | None] | None = None  # the choice of the round before last
    last: dict[int, float] = {}  # each candidate's score in the round before
    # A name called a region ("the Mykolaiv region") is evidence of that region for the town
    # of the same name ("Mykolaiv"), and the other way round: as context they are two names.
    called = [m.cue == "region" for m in mentions]
    context_keys = [k + " region" if c else k for k, c in zip(keys, called, strict=True)]
    # Each candidate's score before context, kept by the table: lists are re-sorted by round.
    near = Nearness(
        mentions,
        keys,
        context_keys,
        anchors=yardsticks(mentions, keys, text, war),
        attached=regions_right_after_towns(mentions, text, ends),
        actors=[m.cue == "actor" for m in mentions] if war else None,
    )
    for _ in range(CONTEXT_ROUNDS):
        # A name called a region ("Novoandriivka in the Zaporizhzhia region") is the region
        # even while its city leads its candidates (read as the region only at the end): it
        # names the region right after a town, and its city is no point to be near.
        areas = [p and as_region(gazetteer, p, c) for p, c in zip(chosen, called, strict=True)]
        score_round(mentions, keys, context_keys, called, after_name, peers, near, chosen, areas)
        now = [m.candidates[0].place if m.candidates else None for m in mentions]
        if now == chosen:
            break
        if now == before:  # two readings that each call up the other: settle between them
            settle(mentions, last)
            break
        before, chosen = chosen, now
        last = {id(c): c.score for m in mentions for c in m.candidates}
    for m in mentions:
        if m.candidates:
            m.place = place = as_region(gazetteer, m.candidates[0].place, m.cue == "region")
            m.source = source_of(place)
    keep_to_named_regions(mentions, keys, after_name, text, gazetteer)


def as_region(gazetteer: Gazetteer, place: Place, region: bool) -> Place:
    """A town called a region ("the Mykolaiv region") is its region; a city that is a
    region of its own called so ("Kyiv Oblast") the region named after it around it."""
    if not region:
        return place
    if place.feature in TOWNS:
        place = gazetteer.admin1_of(place) or place
    return region_around(gazetteer, place)


@lru_cache(maxsize=1 << 16)
def name_key(query: str) -> str:
    """One key for the forms of a name ("Georgia", "Georgia's", "the Georgia"): other mentions
    of the same name are no independent evidence."""
    base = strip_the(query)
    if base.endswith(("'s", "’s")):
        base = base[:-2]
    return normalize(base)
