"""A night's arsenal and what hit (issue 16): a sentence naming the kinds of weapon used against a
place ("Russian forces attacked X with drones and missiles overnight") tells what was launched;
when the report then tells which of them hit ("A ballistic missile struck a warehouse, injuring
four"), that kind takes the place's figures and the arsenal's other kinds keep records of their
own with none (the report says they attacked the place; writers nobody had read record them:
ablate31). So too a summary naming two kinds over several towns ("with a missile and drones: one
dead in X, a fire in Y") whose towns each get a story of their own with their own weapon further
on."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from geo import weapons as wv
from geo.extract.dates import dates_agree
from geo.extract.draft import Draft, Facts
from geo.extract.sentences import Sentence


def note_hits(last: Draft, facts: Facts) -> None:
    """Remember the weapons a sentence continuing a strike tells hitting it (a sentence of a
    strike, none of bringing down: "most of the drones were shot down" tells no hit)."""
    if last.event_type != "strike" or "strike" not in facts.types or "interception" in facts.types:
        return
    last.hits += tuple((w.weapon, w.category) for w in facts.weapons if w.category != "aircraft")


@lru_cache(maxsize=512)
def _kinds(text: str) -> tuple[str, ...]:
    """The kinds of weapon (guns and launchers one, missiles one) a sentence names, in order
    (asked of one sentence for each strike and each pair of strikes: read once)."""
    return tuple(dict.fromkeys(wv.family(w.category) for w in wv.fired_arms(text)))


def narrow_to_hits(drafts: list[Draft]) -> list[Draft]:
    """A strike drafted from a sentence naming two kinds or more, continued by sentences telling
    which of them hit: the kinds that hit take the figures; the arsenal's other kinds stay
    records of their own, with no figures (the report said they attacked the place: writers
    nobody had read record them, 7 December, ablate31)."""
    groups: dict[tuple[int, int], list[Draft]] = {}
    for d in drafts:
        if d.event_type == "strike" and d.hits:
            groups.setdefault((d.sentence.start, d.place.id), []).append(d)
    for group in groups.values():
        arsenal = _kinds(group[0].sentence.text)
        told = [(w, c) for w, c in group[0].hits if wv.family(c) in arsenal]
        if len(arsenal) < 2 or not told:
            continue
        kinds = {wv.family(c) for _, c in told}
        kept = [d for d in group if _kind(d) in kinds]
        if not kept:
            first = group[0]
            first.weapon, first.category = told[0]
            first.kinds = first.inherited = None
            kept = [first]
        for d in kept:
            d.hits = tuple(told)  # (its figures stay its own: figure_owners)
            weapon, category = next((w, c) for w, c in told if wv.family(c) == _kind(d))
            if d.category == "missile":  # "with missiles and drones. A ballistic missile hit"
                d.category = category
            if not d.weapon and category == d.category:
                d.weapon = weapon
        for d in group:
            if d not in kept:
                _give_figures(d, kept[0])
    return drafts


def _kind(d: Draft) -> str:
    return wv.family(d.category) if d.category else ""


def _give_figures(d: Draft, to: Draft) -> None:
    """The figures of a kind that did not hit go to the one that did; it keeps none."""
    if to.fatalities is None and to.injured is None and not d.shared_total:
        to.fatalities, to.injured = d.fatalities, d.injured
    d.fatalities = d.injured = None


def own_stories(merged: list[Draft]) -> list[Draft]:
    """A strike whose every sentence names two kinds or more (a summary's "with a missile and
    drones: one dead in X"), beside a strike on the same place and day by another of those kinds
    told in a sentence of its own ("In X a ballistic missile hit ..."): that story says which hit
    the place; the summary's kind keeps its record, its figures to the story (when it has none)."""
    strikes = [d for d in merged if d.event_type == "strike" and d.category]
    for r in strikes:
        arsenals = [_kinds(s.text) for s in r.sentences or [r.sentence]]
        mine = _kind(r)
        if not all(len(a) > 1 and mine in a for a in arsenals):
            continue
        twin = next((q for q in strikes if _told_apart(r, q, mine, arsenals)), None)
        if twin is not None:
            _give_figures(r, twin)
    return merged


def _told_apart(r: Draft, q: Draft, mine: str, arsenals: Iterable[tuple[str, ...]]) -> bool:
    """Whether ``q`` is the same place's strike by another kind of ``r``'s sentences, told in a
    sentence of its own naming that kind and not ``r``'s."""
    theirs = _kind(q)
    return (
        q is not r
        and q.place.id == r.place.id
        and theirs != mine
        and all(theirs in a for a in arsenals)
        and dates_agree(r.when, q.when)
        and any(
            theirs in (kinds := _kinds(s.text)) and mine not in kinds
            for s in q.sentences or [q.sentence]
        )
    )


def unsure_inherited(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """A strike told with no weapon of its own after a sentence of its paragraph naming the
    night's arsenal of two kinds or more ("launched 85 Shahed drones and three Iskander-M
    missiles. ... In X, an industrial site was hit"): which of them hit X is not told, and the
    first system named is no better a guess than the others; an honest empty weapon."""
    for d in drafts:
        if d.event_type != "strike" or d.inherited is None or d.weapon != d.inherited[0]:
            continue
        source = next(
            (
                s
                for s in sentences
                if s.paragraph == d.sentence.paragraph
                and s.start < d.sentence.start
                and any(w.weapon == d.weapon for w in wv.fired_arms(s.text))
            ),
            None,
        )
        if source is not None and len(_kinds(source.text)) > 1 and not _kinds(d.sentence.text):
            d.weapon = d.category = d.inherited = None
