"""Enumerations of names ("Utah, Virginia, Washington and Wyoming"): each name is read at the
level most of the others of its list are read at."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.gazetteer import Place
from geo.geocode.after_names import SENTENCE_END
from geo.geocode.candidates import Resolution
from geo.geocode.context import level_of

# A name in an enumeration ("Utah, Virginia, Washington and Wyoming") is read at the level most
# of the enumeration's other names are read at: a list of states names states.
W_LIST_PEERS = 1.0
# What may stand between two names of one enumeration: a comma, "and", "or", "&", or both.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")
_LIST_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
SENTENCE_READ = 500  # the characters read after a listed name for the end of its sentence


@dataclass(frozen=True, slots=True)
class Enumerations:
    """The enumerations of a text: ``lists`` holds each list's mentions (indices, in text
    order), ``list_of`` each mention's list (-1: in none), ``keys`` each mention's name as
    lists compare names. Kept per list, not per mention, so that a report of thousands of
    names in one list costs memory and time in proportion to its names, not to their square."""

    lists: list[list[int]]
    list_of: list[int]
    keys: list[str]
    # for each listed mention, where its sentence ends (a region named past it is no list's)
    sentence_ends: dict[int, int] = field(default_factory=dict)

    def peers(self, i: int) -> list[int]:
        """The other names of mention ``i``'s list (other names only: the same name again is no
        peer), empty when it stands in none."""
        if self.list_of[i] < 0:
            return []
        own = self.keys[i]
        return [j for j in self.lists[self.list_of[i]] if self.keys[j] != own]


def lists_of_names(mentions: Sequence[Resolution], text: str) -> Enumerations:
    """The enumerations mentions stand in (names joined by commas, "and", "or"). Two names make
    a list only when a conjunction joins them: "Athens, Georgia" is a town and its state."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    chains: list[list[int]] = []
    for a, b in zip(order, order[1:], strict=False):
        gap = text[mentions[a].end : mentions[b].start]
        if mentions[b].start >= mentions[a].end and _LIST_GAP.fullmatch(gap):
            if chains and chains[-1][-1] == a:
                chains[-1].append(b)
            else:
                chains.append([a, b])
    lists: list[list[int]] = []
    list_of = [-1] * len(mentions)
    for chain in chains:
        if len(chain) == 2:
            gap = text[mentions[chain[0]].end : mentions[chain[1]].start]
            if not _LIST_CONJUNCTION.search(gap):
                continue
        for i in chain:
            list_of[i] = len(lists)
        lists.append(chain)
    ends = {}
    for chain in lists:
        for i in chain:  # read a bounded stretch: a paste of thousands of names in one list
            stop = mentions[i].end + SENTENCE_READ
            end = SENTENCE_END.search(text, mentions[i].end, stop)
            ends[i] = end.start() if end else stop
    return Enumerations(lists, list_of, [_list_key(m.query) for m in mentions], ends)


def _list_key(query: str) -> str:
    return query.casefold()


def list_levels(
    enumerations: Enumerations, chosen: Sequence[Place | None]
) -> list[dict[tuple[str, str], float]]:
    """For each mention, W_LIST_PEERS times the share of its enumeration's other names read at
    each level (regions of one country, countries): counted once per list and per name in it,
    each mention's own name then taken out."""
    out: list[dict[tuple[str, str], float]] = [{} for _ in chosen]
    keys = enumerations.keys
    for members in enumerations.lists:
        names = Counter(keys[i] for i in members)
        by_level: Counter[tuple[str, str]] = Counter()
        by_name_level: dict[str, Counter[tuple[str, str]]] = {}
        for i in members:
            p = chosen[i]
            if p is not None and p.feature in ("admin1", "country"):
                level = level_of(p)
                by_level[level] += 1
                by_name_level.setdefault(keys[i], Counter())[level] += 1
        for i in members:
            others = len(members) - names[keys[i]]
            if not others:
                continue
            own = by_name_level.get(keys[i], Counter())
            out[i] = {
                level: W_LIST_PEERS * (n - own[level]) / others
                for level, n in by_level.items()
                if n - own[level] > 0
            }
    return out


def share_trailing_region(
    after_name: dict[str, list[int]],
    keys: Sequence[str],
    enumerations: Enumerations,
    mentions: Sequence[Resolution],
) -> None:
    """The region named after the last name of an enumeration of towns is every name's: in
    "guided bombs struck Stepove and Zelene in the Zaporizhzhia region" Stepove is the village of
    the Zaporizhzhia region as much as Zelene. ``after_name`` (by name key, the mentions naming
    a name's region, see ``context.regions_after_names``) gets the last name's for the others;
    names that can be regions themselves keep their own (a list of regions names no region for
    its members)."""
    for members in enumerations.lists:
        last = enumerations.keys[members[-1]]
        # the last name of the list, and its repeats right before it
        for i in (i for i in members if enumerations.keys[i] == last):
            others = enumerations.peers(i)
            if not others or any(mentions[j].start > mentions[i].start for j in others):
                continue
            # the regions named right after this mention of it, not after another one below
            # ("Pokrovsk and Vovchansk", then "Vovchansk (Kharkiv Oblast)." heading a paragraph)
            end, stop = mentions[i].end, enumerations.sentence_ends.get(i, 0)
            region = [r for r in after_name.get(keys[i], ()) if end <= mentions[r].start < stop]
            if not region:
                continue
            for j in others:
                if not _can_be_area(mentions[j]):
                    after_name[keys[j]] = after_name[keys[j]] + [
                        r for r in region if r not in after_name[keys[j]]
                    ]


def _can_be_area(m: Resolution) -> bool:
    return any(c.place.feature in ("admin1", "country") for c in m.candidates)
