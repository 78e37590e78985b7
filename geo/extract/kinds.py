"""Two kinds of weapon named together ("missiles and drones", "a combined missile-and-drone
attack", a tally's "442 drones and 41 missiles"): a strike or an interception split into one
record per kind, the figures on the first-named; an interception placed in a sentence of its own
("Air defences worked over the X and Y provinces") takes the two kinds its paragraph's tally named."""

from __future__ import annotations

import re
from dataclasses import replace

from geo import weapons as wv
from geo.extract.arsenal_clause import took_own_hit
from geo.extract.clause_figures import own_clause_figures
from geo.extract.clause_kinds import clause_kinds
from geo.extract.draft import Draft
from geo.extract.lexicon import Trigger, triggers_in
from geo.extract.numbers import NUMBER, number
from geo.extract.unnamed_targets import names_only_targets
from geo.extract.weapon_clauses import pair_elsewhere, told_apart
from geo.extract.weapon_words import next_to

# "drones and a ballistic missile", "the Kinzhal and four Kh-101s", "missile-and-drone": two
# weapons joined
# (the first may be named with its attack's word: "artillery fire and a glide bomb attack"; the
# second with its own preposition: "hit by drones and by one cruise missile"; joined as the
# world writes one attack's arsenal: "missiles together with strike drones", "drones, followed
# by a ballistic missile", "ballistic missiles and a large wave of drones")
_JOINED = re.compile(
    r"^s?\s*(?:(?:fire|attacks?|strikes?|shelling)\s*)?(?:,\s*)?(?:first\s*,?\s*)?"
    r"(?:and(?:\s+then)?|as well as|plus|-and-|(?:together|along)\s+with|followed\s+by|then)\s*"
    r"(?:(?:by|with)\s+)?(?:(?:a|an|the|\d+|[a-z]+)\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:waves?|swarms?|salvos?|volleys?|barrages?|groups?)\s+of\s+)?$",
    re.I,
)
# a tally line's second weapon with its own figure: "Kyiv obl. - 14 UAV, 2 Iskander-M"; "and"
# alone only on a line that tells no downing (its heading does: "Downed, by region:" over
# "Poltava region - 9 drones and 4 cruise missiles")
_TALLY_JOINED = re.compile(r"^s?\s*[,;]\s*(?:and\s+)?(?P<n>\d+)\s+$", re.I)
_TALLY_AND = re.compile(r"^s?\s+and\s+(?P<n>\d+)\s+$", re.I)
# such a row: a label, a dash or colon, then the first count ("Poltava region - 9 drones")
_ROW = re.compile(r"[^\d\n:;,.\-–—]{2,60}(?<=\S)\s*[-–—:]\s*\d+\s")
# a count just before a weapon's name: "3 Neptune missiles", "88 fixed-wing unmanned aerial vehicles"
_COUNT_BEFORE = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def _apart(a: wv.WeaponMention, b: wv.WeaponMention) -> bool:
    """Two kinds of weapon, not one named twice: guns and rocket launchers together are one
    shelling ("shelled with Grad rockets and artillery"), and a missile of no kind named is the
    cruise or ballistic one beside it ("Kh-59 guided missiles")."""
    fa, fb = (
        "artillery" if c in ("artillery", "rocket artillery") else c
        for c in (a.category, b.category)
    )
    return fa != fb and not wv.one_missile(fa, fb)


# a generic word, then the system it came from: "rockets of the Vampire system"
_OF_SYSTEM = re.compile(r"\s+(?:of|from)\s+(?:(?:an?|the|their|its)\s+)?", re.I)


def _one_per_name(found: list[wv.WeaponMention], text: str) -> list[wv.WeaponMention]:
    """ "Shahed drones" is one weapon named: the generic word right after a system belongs to it
    (as :func:`~geo.extract.weapon_words.weapon_for` reads it); so "missiles" after "Kh-101"."""
    kept: list[wv.WeaponMention] = []
    for w in found:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and w.weapon is None
            and prev.weapon is not None
            and (prev.category == w.category or wv.one_missile(prev.category, w.category))
            and next_to(text, prev.end, w.start)
        ):
            kept[-1] = replace(prev, end=w.end, text=text[prev.start : w.end])
            continue
        if (
            prev is not None
            and prev.weapon is None
            and w.weapon is not None
            and prev.category == w.category
            and _OF_SYSTEM.fullmatch(text, prev.end, w.start)
        ):
            # "rockets of the Vampire system", "rockets from a Grad launcher": one weapon
            kept[-1] = replace(w, start=prev.start, text=text[prev.start : w.end])
            continue
        kept.append(w)
    return kept


def weapons_of(text: str) -> list[wv.WeaponMention]:
    """A sentence's weapons, one per name."""
    return _one_per_name([w for w in wv.find_weapons(text) if w.category != "aircraft"], text)


def joined_kinds(
    text: str,
    interception: bool = False,
    place_at: int | None = None,
    triggers: list[Trigger] | None = None,
    found: list[wv.WeaponMention] | None = None,
) -> tuple[wv.WeaponMention, wv.WeaponMention] | None:
    """The first two weapons of different kinds ``text`` names together ("drones and missiles",
    a tally line's "14 UAV, 2 Iskander-M"). For an interception the two must be what was brought
    down: the word of bringing down lies between them and the place (at ``place_at``, else the
    sentence's end) with no other weapon between ("of which 532 drones and 31 missiles were shot
    down"; not "launched 43 drones and two missiles, and 31 drones were shot down over X")."""
    found = weapons_of(text) if found is None else found
    if len(found) < 2:
        return None
    if interception and triggers is None:
        triggers = triggers_in(text)
    spans = [m.span() for t, m in triggers or [] if t == "interception"]
    downs = [e for _, e in spans]
    at = len(text) if place_at is None else place_at
    for a, b in zip(found, found[1:], strict=False):
        joiner = text[a.end : b.start]
        if not _apart(a, b):
            continue
        if interception and not spans and _TALLY_AND.match(joiner) and _ROW.match(text):
            return a, b  # a row under its heading's word of downing: both its kinds
        if interception and _TALLY_JOINED.match(joiner):
            # a tally line's "14 UAV, 2 Iskander-M" (not "two missiles, and 31 drones were
            # shot down", where the second alone was downed)
            if not any(d > b.start for d in downs):
                return a, b
            continue
        if not _JOINED.match(joiner):
            continue
        if not interception:
            return a, b
        lo, hi = (b.end, at) if at >= b.end else (at, a.start)
        between = [w for w in found if lo <= w.start < hi]
        # (the word may hold the weapon: "41 missiles destroyed")
        if not between and (
            any(min(lo, b.start) < d <= hi for d in downs)
            or (";" not in text[lo:hi] and _downed_together(text, a, b, spans))
        ):
            return a, b
    return None


# the word of bringing down right after two kinds ("3 missiles and 25 drones were destroyed")
# or right before them ("downed two Kh-101 missiles and 14 Shaheds")
_DOWN_AFTER = re.compile(r"\s*(?:(?:were|was|have|has|had|been|all|also)\s+)*", re.I)
_DOWN_BEFORE = re.compile(r"\s*(?:(?:all|the|some|\d+|[a-z]+)\s+)?", re.I)


def _downed_together(
    text: str, a: wv.WeaponMention, b: wv.WeaponMention, spans: list[tuple[int, int]]
) -> bool:
    """Whether a word of bringing down stands right next to the two kinds joined: both were
    brought down, the place on the other side of them (issue 16: the missiles of "Over the X
    region, 3 missiles and 25 drones were destroyed" were read as drones)."""
    return any(
        (s <= b.end < e or s <= a.start < e)  # (the word may hold one: "destroyed 3 missiles")
        or (s >= b.end and _DOWN_AFTER.fullmatch(text, b.end, s))
        or (e <= a.start and _DOWN_BEFORE.fullmatch(text, e, a.start))
        for s, e in spans
    )


def paragraph_kind(draft: Draft, category: str | None, kinds: tuple[str, str] | None) -> None:
    """An interception told without a weapon: the paragraph's weapon ("Russia sent 56 drones.
    Forty were shot down over ..."; "Of those, 72 were downed over ...": the sentence before, in
    wire copy), or its two kinds ("Russia used 596 drones and 36 missiles ... Air defences
    worked over the X region"), the first-named now and the second at the split."""
    if names_only_targets(draft.sentence.text):  # "nine aerial targets were shot down over X"
        category = kinds = None
    if category in ("artillery", "glide bomb") and not kinds:  # shells and glide bombs are
        category = None  # not shot down: "shelled X. Air defence worked over Y" (its kind after)
    draft.category, draft.kinds = (kinds[0] if kinds else category), kinds


def split_weapons(drafts: list[Draft]) -> list[Draft]:
    """A strike by two kinds of weapon named together is two records, one per weapon (records
    carry one weapon each); the figures stay on the first-named. So is an interception of two
    kinds, and a tally line's region with a figure for each of two kinds ("Kyiv obl. - 14 UAV,
    2 Iskander-M"), each its own."""
    out: list[Draft] = []
    seen: dict[tuple[int, int], tuple[wv.WeaponMention, wv.WeaponMention] | None] = {}
    named: dict[int, list[wv.WeaponMention]] = {}
    towns: dict[int, set[int]] = {}
    # a place's strikes: the sentences telling them with a weapon named (a toll or a ruin told
    # again, "five of them in X", says nothing of which kind hit X)
    told: dict[int, set[int]] = {}
    read: dict[int, set[str]] = {}  # the kinds a sentence's strikes were read with
    for d in drafts:
        if d.event_type == "strike":
            towns.setdefault(d.sentence.start, set()).add(d.place.id)
            if d.sentence.start not in named:
                named[d.sentence.start] = weapons_of(d.sentence.text)
            if named[d.sentence.start]:
                told.setdefault(d.place.id, set()).add(d.sentence.start)
            read.setdefault(d.sentence.start, set()).add(d.category or "")
    for d in drafts:
        out.append(d)
        text, tally = d.sentence.text, d.event_type == "interception"
        if d.event_type not in ("strike", "interception") or not (d.category or tally):
            continue
        at = d.place_offset() if tally else -1
        key = (d.sentence.start, at)
        if key not in seen:
            if d.sentence.start not in named:
                named[d.sentence.start] = weapons_of(text)
            found = named[d.sentence.start]
            seen[key] = joined_kinds(text, tally, at if at >= 0 else None, None, found)
            if seen[key] is None and not tally and len(towns.get(d.sentence.start, ())) == 1:
                # "a drone hit a school and a missile struck a depot in X": one place, two
                seen[key] = clause_kinds(text, found)
        pair = seen[key]
        here = towns.get(d.sentence.start, set())
        if (
            pair is not None
            and not tally
            and any(len(told.get(p, ())) > 1 for p in here if len(here) > 1)
        ):
            # "with a missile and drones: one killed in X, a driver died in Y", with X's and Y's
            # own stories further on: which struck where is told there, unless the two are
            # named as systems of their own ("a missile and drone attack killed two in X and
            # six in Y", told once: both kinds struck each)
            pair = pair if "missile" not in (pair[0].category, pair[1].category) else None
        if pair is not None and _each_its_own(d, pair, here, read, named[d.sentence.start]):
            pair = None  # "shelled X with artillery, and a drone hit Y": each kind its place's
        # (a strike's third kind is left alone: "aviation, drones and artillery struck X")
        run = listed_with(text, pair, found) if pair and tally else list(pair or ())
        if not d.category and not (len(run) > 2 and _own_counts(text, run)):
            continue  # an interception of no one kind, unless a tally counts each of its kinds
        if pair is not None and (not d.category or d.category in {w.category for w in run}):
            d.weapon, d.category = run[0].weapon, run[0].category
            out.extend(_split_off(d, run, text, tally))
        elif pair is None and d.kinds is not None and d.category == d.kinds[0]:
            out.append(_second(d, None, d.kinds[1], None))  # the paragraph's two kinds
    return out


def _each_its_own(
    d: Draft,
    pair: tuple[wv.WeaponMention, wv.WeaponMention],
    here: set[int],
    read: dict[int, set[str]],
    found: list[wv.WeaponMention],
) -> bool:
    """Whether the two kinds of ``d``'s sentence are not both ``d``'s: each read as the own of a
    place of its ("shelled X with artillery, and a drone hit Y"), the town's own clause after
    the arsenal ("A and B; in X, a B hit"), or the pair told in another town's clause while
    ``d``'s names its own ("missiles struck X, and a drone and missile attack on Y")."""
    text = d.sentence.text
    several = len(here) > 1
    return (
        several
        and told_apart(
            (pair[0].category, pair[1].category),
            text[pair[0].end : pair[1].start],
            read[d.sentence.start],
        )
        or took_own_hit(d, pair, found)
        or (several and pair_elsewhere(found, text, d.place_offset(), pair))
    )


def _split_off(d: Draft, run: list[wv.WeaponMention], text: str, tally: bool) -> list[Draft]:
    """The records of the kinds after the first split off ``d``; a tally that counts each kind
    gives each its own ("shot down 3 Neptune missiles and 20 drones": 3 and 20, not 20 on the
    first)."""
    others = [
        _second(
            d,
            w.weapon,
            w.category,
            (
                _TALLY_JOINED.match(text[v.end : w.start])
                or (_ROW.match(text) and _TALLY_AND.match(text[v.end : w.start]))
            )
            if tally
            else None,
        )
        for v, w in zip(run, run[1:], strict=False)
    ]
    if not tally:
        own_clause_figures(d, others, text)  # "a KAB hit X; later drones, wounding three"
    counts = _own_counts(text, run) if tally else None
    if counts and d.destroyed in (*counts, sum(counts)):  # (the sentence's figure was one of them)
        for r, n in zip((d, *others), counts, strict=True):
            r.destroyed = n
    return others


def _own_counts(text: str, run: list[wv.WeaponMention]) -> list[int] | None:
    """The counts a tally gives each of its kinds just before its name ("3 Neptune missiles and
    20 drones"), when it gives all."""
    bounds = [max(0, run[0].start - 60)] + [w.end for w in run[:-1]]
    found = [_COUNT_BEFORE.search(text[lo : w.start]) for lo, w in zip(bounds, run, strict=True)]
    counts = [number(m.group("n")) if m else None for m in found]
    return None if None in counts else [n for n in counts if n is not None]


# a list's next kind after a comma or "and" ("..., 3 Neptune missiles and 88 drones")
_LISTED = re.compile(
    r"^s?\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|plus\s+)(?:(?:a|an|the|\d+|[\w-]+)\s+){0,2}$",
    re.I,
)


def listed_with(
    text: str, pair: tuple[wv.WeaponMention, wv.WeaponMention], found: list[wv.WeaponMention]
) -> list[wv.WeaponMention]:
    """The two kinds joined and the kinds listed with them, in the text's order: a third (or
    more) before ("missiles, drones and a glide bomb") or after ("6 guided bombs, 3 Neptune
    missiles and 88 drones"), each a kind none of the others is, spanning the words that name
    it twice ("guided aerial bombs JDAM")."""
    run = list(pair)
    i, j = found.index(pair[0]), found.index(pair[1])
    for w in found[j + 1 :]:
        joiner = text[run[-1].end : w.start]
        if not _apart(w, run[-1]) and not _LISTED.match(joiner):  # "Neptune long-range missiles"
            run[-1] = replace(run[-1], end=w.end)
        elif _LISTED.match(joiner) and all(_apart(w, r) for r in run):
            run.append(w)
        else:
            break
    for w in reversed(found[:i]):
        joiner = text[w.end : run[0].start]
        if not _apart(w, run[0]) and not _LISTED.match(joiner):  # "guided aerial bombs JDAM"
            run[0] = replace(run[0], start=w.start)
        elif _LISTED.match(joiner) and all(_apart(w, r) for r in run):
            run.insert(0, w)
        else:
            break
    return run


def _second(d: Draft, weapon: str | None, category: str, count: re.Match | None) -> Draft:
    return replace(
        d,
        weapon=weapon,
        category=category,
        fatalities=None,
        injured=None,
        launched=None,
        destroyed=int(count.group("n")) if count else None,
        sentences=list(d.sentences),
        lists=set(d.lists),
        kinds=None,
    )
