"""Enumerations of names ("Utah, Virginia, Washington and Wyoming"): each name is read at the
level most of the others of its list are read at."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution
from geo.geocode.context import level_of

# A name in an enumeration ("Utah, Virginia, Washington and Wyoming") is read at the level most
# of the enumeration's other names are read at: a list of states names states.
W_LIST_PEERS = 1.0
# What may stand between two names of one enumeration: a comma, "and", "or", "&", or both.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")
_LIST_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")


def lists_of_names(mentions: Sequence[Resolution], text: str) -> list[list[int]]:
    """For each mention, the other mentions of the enumeration it stands in (names joined by
    commas, "and", "or"), other names only; empty when it stands in none. Two names make a list
    only when a conjunction joins them: "Athens, Georgia" is a town and its state."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    chains: list[list[int]] = []
    for a, b in zip(order, order[1:], strict=False):
        gap = text[mentions[a].end : mentions[b].start]
        if mentions[b].start >= mentions[a].end and _LIST_GAP.fullmatch(gap):
            if chains and chains[-1][-1] == a:
                chains[-1].append(b)
            else:
                chains.append([a, b])
    peers: list[list[int]] = [[] for _ in mentions]
    for chain in chains:
        if len(chain) == 2:
            gap = text[mentions[chain[0]].end : mentions[chain[1]].start]
            if not _LIST_CONJUNCTION.search(gap):
                continue
        names = [_list_key(mentions[i].query) for i in chain]
        for i, name in zip(chain, names, strict=True):
            peers[i] = [j for j, other in zip(chain, names, strict=True) if other != name]
    return peers


def _list_key(query: str) -> str:
    return query.casefold()


def list_levels(
    peers: Sequence[Sequence[int]], chosen: Sequence[Place | None]
) -> list[dict[tuple[str, str], float]]:
    """For each mention, W_LIST_PEERS times the share of its enumeration's other names read at
    each level (regions of one country, countries)."""
    out: list[dict[tuple[str, str], float]] = []
    for others in peers:
        levels: dict[tuple[str, str], float] = {}
        for j in others:
            p = chosen[j]
            if p is not None and p.feature in ("admin1", "country"):
                level = level_of(p)
                levels[level] = levels.get(level, 0.0) + W_LIST_PEERS / len(others)
        out.append(levels)
    return out


def share_trailing_region(
    after_name: dict[str, list[int]],
    keys: Sequence[str],
    peers: Sequence[Sequence[int]],
    mentions: Sequence[Resolution],
) -> None:
    """The region named after the last name of an enumeration of towns is every name's: in
    "guided bombs struck Stepove and Zelene in the Zaporizhzhia region" Stepove is the village of
    the Zaporizhzhia region as much as Zelene. ``after_name`` (by name key, the mentions naming
    a name's region, see ``context.regions_after_names``) gets the last name's for the others;
    names that can be regions themselves keep their own (a list of regions names no region for
    its members)."""
    for i, others in enumerate(peers):
        if not others or any(mentions[j].start > mentions[i].start for j in others):
            continue  # not the last name of its list
        region = after_name.get(keys[i])
        if not region:
            continue
        for j in others:
            if not _can_be_area(mentions[j]):
                after_name[keys[j]] = after_name[keys[j]] + [
                    r for r in region if r not in after_name[keys[j]]
                ]


def _can_be_area(m: Resolution) -> bool:
    return any(c.place.feature in ("admin1", "country") for c in m.candidates)
