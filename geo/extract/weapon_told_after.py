"""A hit by another kind of weapon, told right after a place's strike in a sentence naming no
place ("Russian forces pounded X with artillery. In the evening a guided bomb hit a building in
the city, killing two"; "Artillery shelled X at night. Around noon a drone struck a minibus"):
a strike of its own at that place, with that weapon and the sentence's figures, which the place's
first strike (of another weapon) no longer carries (issue 16: the unseen writers' gold glide bomb
or drone read as the earlier strike's artillery)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from geo import weapons as wv
from geo.extract.background import background
from geo.extract.casualties import casualty_figures
from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import Sentence
from geo.extract.weapon_words import weapon_for

# the weapon's verb of hitting, a few words after it ("a guided aerial bomb hit", "a Russian
# drone dropped explosives", "a shell landed"), or of killing or wounding ("a mortar shell
# wounded a man", "a guided bomb killed two")
_HIT = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:hit|struck|slammed|smashed|exploded|landed|dropped|crashed|"
    r"tore|damaged|destroyed|killed|wounded|injured)\b",
    re.I,
)
# a place's name the gazetteer does not know: "in Glotovo", "the village of Kozinka"
_AT_NAME = re.compile(r"\b(?i:in|at|near|outside|of)\s+[A-Z][a-z]")
_FIGURES = (("killed", "fatalities"), ("injured", "injured"))


def weapons_told_after(
    drafts: list[Draft], sentences: list[Sentence], hits: list[PlaceHit]
) -> list[Draft]:
    """The drafts, each strike followed by the strikes of other weapons told after it (see the
    module)."""
    own = {d.sentence.start for d in drafts}
    named = _named(sentences, hits)
    index = {s.start: k for k, s in enumerate(sentences)}
    places: dict[int, set[int]] = {}
    for d in drafts:
        places.setdefault(d.sentence.start, set()).add(d.place.id)
    out: list[Draft] = []
    done: set[int] = set()
    for d in drafts:
        out.append(d)
        k = index.get(d.sentence.start)
        if (
            k is None
            or d.event_type != "strike"
            or not d.category
            or len(places[d.sentence.start]) > 1
            or d.sentence.start in done
        ):
            continue
        done.add(d.sentence.start)
        told = {w.category for w in wv.fired_arms(d.sentence.text)} | {d.category}
        for s in _followers(sentences, k, own, named):
            if (new := _other_weapon(d, s, told)) is not None:
                out.append(new)
                told.add(new.category or "")
    return out


def _named(sentences: list[Sentence], hits: list[PlaceHit]) -> set[int]:
    """The starts of the sentences holding a place hit, each found by bisection among the hits'
    sorted starts (every sentence against every hit cost the square of a long list's lines)."""
    starts = sorted(h.start for h in hits)
    named = set()
    for s in sentences:
        i = bisect_left(starts, s.start)
        if i < len(starts) and starts[i] < s.end:
            named.add(s.start)
    return named


def _followers(sentences: list[Sentence], k: int, own: set[int], named: set[int]) -> list[Sentence]:
    """The sentences after the ``k``-th telling more of its event: the next one, and those of
    its paragraph, up to one with a place or an event of its own."""
    out: list[Sentence] = []
    for j in range(k + 1, len(sentences)):
        s = sentences[j]
        if s.start in own or s.start in named:
            break
        if j > k + 1 and s.paragraph != sentences[k].paragraph:
            break
        out.append(s)
    return out


def _other_weapon(d: Draft, s: Sentence, told: set[str]) -> Draft | None:
    """A strike at ``d``'s place by the one kind of weapon ``s`` tells of hitting, of a kind
    its event was not told with; its figures moved off ``d`` when ``d``'s own sentence had
    none."""
    triggers = triggers_in(s.text)
    if not triggers or any(t != "strike" for t, _ in triggers) or background(s.text):
        return None
    arms = wv.fired_arms(s.text)
    kinds = {w.category for w in arms}
    # the weapon is what hit, its verb right after it ("a drone struck a minibus"), at no
    # other place ("In Glotovo, a mortar shell ...", the gazetteer not knowing it)
    if (
        len(kinds) != 1
        or any(k == c or wv.one_missile(k, c) for k in kinds for c in told)
        or not _HIT.match(s.text, arms[0].end)
        or _AT_NAME.search(s.text)
    ):
        return None
    weapon, category = weapon_for(arms, len(s.text), 0, s.text)
    figures = casualty_figures(s.text)
    mine = casualty_figures(d.sentence.text)
    for key, attr in _FIGURES:
        if key in figures and key not in mine and getattr(d, attr) == figures[key]:
            setattr(d, attr, None)  # (the continuation had given them to the first strike)
    return replace(
        d,
        weapon=weapon,
        category=category,
        fatalities=figures.get("killed"),
        injured=figures.get("injured"),
        sentences=[*d.sentences, s] if s not in d.sentences else list(d.sentences),
        lists=set(),
        inherited=None,
        kinds=None,
        launched=None,
        destroyed=None,
    )
