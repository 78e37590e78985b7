"""Fighting at villages the gazetteer does not know.

A defence ministry's "repelled attacks towards Russkoye Porechnoye and Nikolayevo-Daryino" in a
region, or an analyst's "advancing along the edge of Makhnovka, south-west of Sudzha" and "an
attack near Pogrebki, north-west of Sudzha", tell of fighting at several villages; drafted at the
only place the gazetteer knows (the region, the town they are measured from), their mentions
merged into one event. Each unknown village is named on its draft (``Draft.village``), one draft
a village, placed at that best-known place; merging keeps two villages apart
(:func:`villages_agree`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.draft import Draft
from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import Sentence

_REGIONAL = {"admin1", "region"}
# a village's name: capitalised words, hyphenated or not ("Nikolayevo-Daryino", "Malaya Loknya")
_NAME = r"[A-Z][a-z’']+(?:[- ][A-Z][a-z’']+){0,2}"
# "near A and B", "towards A, B and C", "around the village of A"
_LIST = re.compile(
    rf"\b(?:near|towards?|around|outside)\s+(?:the\s+(?:villages?|settlements?)\s+of\s+)?"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
)
_ONE = re.compile(_NAME)
# "Makhnovka, south-west of" / "Malaya Loknya, a village north of" (before the town's name)
_FROM_TOWN = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a\s+(?:village|settlement)\s+)?(?:(?:about|some)\s+)?"
    r"(?:\d+\s*(?:km|kilomet(?:re|er)s)\s+)?(?:north|south|east|west)[\w-]*\s+of\s+$"
)
# a people's or a side's word, a day, a feast or a continent is no village ("towards Ukrainian
# positions", "around Christmas", "towards Europe")
_NOT_A_NAME = re.compile(
    r"(?:ian|ean|ese|ish|ern)$|^(?:The|Ukraine|Russia|Europe|Asia|Africa|America|Christmas|Easter|"
    r"New Year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)


def villages_agree(a: Draft, b: Draft) -> bool:
    """Whether two mentions may be one event by their villages: the same village, or none named
    on either; a region's mention with none may be a village's ("fighting in the Kursk region"
    ... "near Pogrebki, north-west of Sudzha")."""
    if a.village == b.village:
        return True
    return any(x.village is None and x.place.feature in _REGIONAL for x in (a, b))


def name_unknown_villages(
    drafts: list[Draft], sentences: list[Sentence], hits: list[PlaceHit]
) -> list[Draft]:
    """The drafts, with the unknown villages of their sentences named: a fighting draft at the
    town a village is measured from takes the village; a list of villages after "near" or
    "towards" gives one draft a village, at the place of the list's known village or of the
    region the sentence names; a draft at a place that stands for a village the gazetteer lacks
    (:attr:`PlaceHit.stand_in`) takes the village's name."""
    _name_stand_ins(drafts, hits)
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.event_type == "fighting" and not d.headline and d.village is None:
            by_sentence.setdefault(d.sentence.start, []).append(d)
    if not by_sentence:
        return drafts
    clones: dict[int, list[Draft]] = {}
    for s in sentences:
        own = by_sentence.get(s.start)
        if not own:
            continue
        s_hits = [h for h in hits if s.start <= h.start < s.end]
        known = [(h.start - s.start, h.end - s.start) for h in s_hits]
        for d in own:
            _measured_from(d, s.text, known)
        taken = {d.village for d in own}
        own = [d for d in own if d.village is None]
        for names, (first, last) in _listed_unknown(s.text, known):
            names = [n for n in names if n not in taken]
            # "the village of X in the Y district": the draft's own mention is the village's
            told = next((d for d in own if any(n in d.place_mention for n in names)), None)
            sibling = _sibling(own, s_hits, s.start + first, s.start + last)
            if not names or not own:
                continue
            if sibling is None and told is not None and told.place.feature not in _REGIONAL:
                told.village = next(n for n in names if n in told.place_mention)
                continue
            stand_in = sibling or next((d for d in own if d.place.feature in _REGIONAL), None)
            if stand_in is None:
                continue
            if stand_in is sibling:  # "near A and Korenevo": Korenevo's own mention
                hit = next(h for h in s_hits if h.place.id == stand_in.place.id)
                stand_in.place_mention = hit.mention
            clones.setdefault(id(stand_in), []).extend(_drafts_for(stand_in, names))
            own = [d for d in own if d.village is None]
    if not clones:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        out.extend(clones.get(id(d), []))
    return out


def _name_stand_ins(drafts: list[Draft], hits: list[PlaceHit]) -> None:
    """A list of villages the gazetteer lacks, put at the region named after it ("near A and B
    in Belgorod Oblast"): each draft is its village's, two events kept apart in merging. The
    sentence's own mention of that place ("in the Valuyki district village of A") is A's too."""
    stand_ins = [h for h in hits if h.stand_in]
    named: dict[tuple[int, int], set[str]] = {}  # by sentence and place, the villages named
    for d in drafts if stand_ins else ():
        if d.village is not None or not d.place_mention:
            continue
        s = d.sentence
        for h in stand_ins:
            if (
                s.start <= h.start < s.end
                and h.place.id == d.place.id
                and h.mention in d.place_mention
            ):
                d.village = h.mention
                named.setdefault((s.start, d.place.id), set()).add(h.mention)
                break
    for d in drafts if named else ():
        villages = named.get((d.sentence.start, d.place.id), set())
        if d.village is None and len(villages) == 1:
            d.village = next(iter(villages))


def _unknown(name: str, start: int, known: list[tuple[int, int]]) -> bool:
    end = start + len(name)
    return not _NOT_A_NAME.search(name) and all(e <= start or s >= end for s, e in known)


def _measured_from(d: Draft, text: str, known: list[tuple[int, int]]) -> None:
    """A draft at the town an unknown village is measured from ("Makhnovka, south-west of
    Sudzha") takes the village."""
    mention = d.place_mention.split()[-1] if d.place_mention else ""
    at = text.find(mention) if mention else -1
    while at >= 0:
        m = _FROM_TOWN.search(text, max(0, at - 80), at)
        if m and _unknown(m["name"], m.start("name"), known):
            d.village, d.place_mention = m["name"], text[m.start("name") : at + len(mention)]
            d.geo_precision = max(d.geo_precision, 2)
            return
        at = text.find(mention, at + 1)


def _listed_unknown(
    text: str, known: list[tuple[int, int]]
) -> list[tuple[list[str], tuple[int, int]]]:
    """The unknown villages of each of the sentence's lists after "near"/"towards", with the
    list's span (a name given with its other spelling in brackets is a known place's variant)."""
    out = []
    for m in _LIST.finditer(text):
        names = []
        for n in _ONE.finditer(m["names"]):
            start = m.start("names") + n.start()
            after = text[start + len(n[0]) : start + len(n[0]) + 2].lstrip()
            if after.startswith("(") or text[max(0, start - 1) : start] == "(":
                continue
            if _unknown(n[0], start, known):
                names.append(n[0])
        if names:
            out.append((names, m.span("names")))
    return out


def _sibling(own: list[Draft], s_hits: list[PlaceHit], first: int, last: int) -> Draft | None:
    """The draft of a known village in the same list as the unknown ones ("near A and
    Korenevo")."""
    inside = {h.place.id for h in s_hits if first <= h.start < last}
    return next((d for d in own if d.place.id in inside and d.place.feature not in _REGIONAL), None)


def _drafts_for(stand_in: Draft, names: list[str]) -> list[Draft]:
    """One draft a village: the region's own draft becomes the first village's; a known
    village's draft stays its own."""
    if stand_in.place.feature in _REGIONAL:
        stand_in.village, stand_in.place_mention = names[0], names[0]
        names = names[1:]
    precision = max(stand_in.geo_precision, 2)
    return [
        replace(
            stand_in,
            village=n,
            place_mention=n,
            geo_precision=precision,
            sentences=list(stand_in.sentences),
            lists=set(stand_in.lists),
        )
        for n in names
    ]
