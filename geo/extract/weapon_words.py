"""Which weapon an event of a sentence was fired with: the system or generic word named nearest
before its place in its clause, else after it; a generic word right after a system is that
system's ("a Neptune missile", "Kh-59 guided missiles"); an aircraft alone that dropped or fired
something carried it ("a Su-34 released one over X": a glide bomb)."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.pattern_cues import cued
from geo.extract.weapon_clauses import another_attack_between, clause_of, in_own_clause

# what may stand between a system and the generic word it names: "Shahed-type drones",
# "Geran-style UAVs", "Kalibr class missiles" are the system's own
_KIND_OF = re.compile(r"[\s-]*(?:type|style|class|family)?[\s-]*", re.I)


def next_to(text: str | None, end: int, start: int) -> bool:
    """Whether a word starting at ``start`` follows one ending at ``end`` directly: at most two
    characters, only blanks between (a tag blanked out: "<i>Iskander-M</i> missile"), or a word
    saying the kind ("Shahed-type drones")."""
    if 0 <= start - end <= 2:
        return True
    if text is None or start <= end:
        return False
    # (a short gap only goes to the pattern: its two runs of blanks would try every split of a
    # long one, quadratic on a pasted page of blanks)
    gap = text[end:start]
    return not gap.strip() or (len(gap) <= 16 and _KIND_OF.fullmatch(gap) is not None)


def category_near(
    mentions: list[wv.WeaponMention], named: wv.WeaponMention, text: str | None = None
) -> str:
    """A generic word right after a system overrides its category ("Iskander cruise missile")."""
    for m in mentions:
        if m.weapon is None and next_to(text, named.end, m.start) and m.category != "missile":
            return m.category
    return named.category


# at most two describing words between a system and its generic word ("guided", "sea-launched")
# (a pair of the system's variants before them: "Kh-59/69 guided air missiles", "Kh-59/69 missile")
_DESCRIBING = re.compile(
    r"(?:/[\w-]{1,8}\s+|\s+(?=[a-z]))(?:(?!(?:and|or|plus|of|with|from|at|on|in)\b)[a-z-]+\s+){0,2}"
)


def _describes(text: str | None, end: int, start: int) -> bool:
    return next_to(text, end, start) or bool(
        text is not None and _DESCRIBING.fullmatch(text, end, start)
    )


def weapon_for(
    mentions: list[wv.WeaponMention], offset: int, floor: int = 0, text: str | None = None
) -> tuple[str | None, str | None]:
    """The weapon of the event at ``offset``: the last one named in its clause before it (after
    the previous event place, ``floor``), else the first named after it, else a generic word.
    Aircraft are the weapon only when nothing else is named: beside a missile or a drone they
    carry it ("Tu-95s fired cruise missiles") or are what was hit ("drones hit two Tu-22M3s")."""
    if text is not None and several_kinds([m for m in mentions if floor <= m.start < offset], text):
        return None, None  # "aviation, drones, rocket troops and artillery struck X": no one kind
    if text is not None and (own := _hit_with(mentions, offset, text)) is not None:
        return own
    if text is not None and (clause := in_own_clause(mentions, text, floor, offset)):
        # "X was hit by a glide bomb, while Y came under artillery fire": Y's clause's own
        if (got := weapon_for(clause, offset, floor, text))[1] is not None:
            return got
    if text is not None and (rest := not_theirs(mentions, floor, text)):
        # "struck X with KABs and hit Y with a Smerch rocket": the KABs are X's
        if (got := weapon_for(rest, offset, floor, text))[1] is not None:
            return got
    if text is not None and _shelled_alone(mentions, text, floor, offset):
        return None, "artillery"  # "X was hit with glide bombs, and Y was shelled": Y's guns
    if any(m.category != "aircraft" for m in mentions):
        mentions = [m for m in mentions if m.category != "aircraft"]
    elif mentions and text is not None and (fired := _LAUNCHED.match(text, mentions[-1].end)):
        # "a Su-34 dropped one on X", "Tu-95s fired at X": the aircraft carried the weapon
        return None, "glide bomb" if fired.group(1).lower() in _DROPS else "missile"
    before = [m for m in mentions if floor <= m.start < offset]
    if before:
        last = before[-1]
        if last.weapon is None:
            # "a Neptune missile", "Kh-59 guided missiles": the generic word right after a
            # system (or after its describing words) belongs to it
            named = [m for m in before if m.weapon and _describes(text, m.end, last.start)]
            if named:
                return named[-1].weapon, category_near(mentions, named[-1], text)
            specific = [m for m in before if m.weapon is None and m.category != "missile"]
            return None, (specific[-1] if specific else last).category
        return last.weapon, category_near(mentions, last, text)
    after = [m for m in mentions if m.start >= offset]
    if after and text is not None and _shelled_before(text, floor, offset, after[0].start):
        return None, "artillery"  # "shelled X and attacked Y with drones": X's guns
    named = [m for m in after if m.weapon]
    if named:
        return named[0].weapon, category_near(mentions, named[0], text)
    if after:
        specific = [m for m in after if m.category != "missile"] or after
        return None, specific[0].category
    if text is not None and SHELLED.search(text):
        return None, "artillery"  # "troops shelled the town": guns, when nothing else is named
    return None, None


def kind_named(mentions: list[wv.WeaponMention], text: str) -> str:
    """The kind of weapon a sentence names last, a generic word right after a system being that
    system's ("three Iskander-M missiles": ballistic); a list of every arm, its last word's."""
    return weapon_for(mentions, len(text), 0, text)[1] or mentions[-1].category


# An aircraft's launching verb right after it, the weapon's kind unnamed ("released one")
_LAUNCHED = re.compile(
    r"s?\s+(?:(?:accidentally|also|again|then|had|has|have)\s+){0,2}"
    r"(dropped|released|fired|launched)\b(?!\s+(?:an?\s+|the\s+|two\s+|\d+\s+)?[\w-]*\s*"
    r"(?:missiles?|bombs?|drones?|rockets?)\b)",
    re.I,
)
_DROPS = ("dropped", "released")


# The verb of gunfire: with no weapon named, the town "shelled" was hit by artillery.
SHELLED = re.compile(r"\bshell(?:ed|s)\b", re.I)


def _shelled_before(text: str, floor: int, offset: int, weapon: int) -> bool:
    """Whether the place was shelled, its verb before it, and the weapon named after it is
    another verb's ("shelled X and attacked Y with drones")."""
    return bool(SHELLED.search(text, floor, offset)) and another_attack_between(
        text, offset, weapon
    )


def _shelled_alone(mentions: list[wv.WeaponMention], text: str, floor: int, offset: int) -> bool:
    """Whether the place's own clause says it was shelled and names no weapon, others being
    named elsewhere in the sentence ("X was hit with glide bombs, and Y was shelled")."""
    start, end = clause_of(text, floor, offset)
    return (
        bool(mentions)
        and not any(start <= m.start < end for m in mentions)
        and bool(SHELLED.search(text, start, end))
    )


# the gap between two items of a list of forces: "drones, missile troops and the artillery"
_LIST_GAP = re.compile(
    r"s?(?:\s+[\w'-]+){0,2}?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:[\w'-]+\s+){0,2}",
    re.I,
)


def several_kinds(before: list[wv.WeaponMention], text: str) -> bool:
    """Whether the weapons named last before an event form a list of three or more items of more
    than one kind, guns or aircraft among them ("aviation, attack drones, missile troops and
    artillery hit a depot near X"): every arm at once, no one weapon of the event."""
    items: list[wv.WeaponMention] = []
    for m in reversed(before):
        gap = text[m.end : items[-1].start] if items else ""
        if items and "," not in gap and _describes(text, m.end, items[-1].start):
            continue  # "Iskander missiles": one item
        if items and not _LIST_GAP.fullmatch(text, m.end, items[-1].start):
            break
        if items and another_attack_between(text, m.end, items[-1].start):
            break  # "with artillery and drones, and dropped a KAB on Y": no list of arms
        items.append(m)
    kinds = {m.category for m in items}
    # (a salvo of missiles and drones is one record per kind: see geo.extract.kinds)
    return len(items) >= 3 and len(kinds) > 1 and bool(kinds & _ARMS)


_ARMS = {"artillery", "rocket artillery", "aircraft"}


# "hit X with glide bombs and shelled Y with artillery": the weapon named right after a place's
# "with" is that place's own (a weapon named before it was another place's); "with a missile and
# drones" names two kinds, left to the rest of the reading (geo.extract.kinds)
_WITH = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+with\s+(?:(?:an?|the|two|three|several|\d+)\s+)?"
    r"(?:(?!(?:and|or|plus)\b)[\w-]+\s+){0,3}?",
    re.I,
)
_WORD = re.compile(r"[\w'’-]+")
_IS_WEAPON_NOUN = re.compile(r"\s+(?:missiles?|rockets?|shells?|munitions?)\b", re.I)


def _with_weapons(
    mentions: list[wv.WeaponMention], end: int, text: str, joined: bool = False
) -> list[wv.WeaponMention] | None:
    """The weapon named "with" after a place ending at ``end`` ("X with Lancet loitering
    munitions"); ``joined``: with the kinds joined to it ("X with artillery and drones")."""
    after = [m for m in mentions if m.start >= end]
    if not after or not (gap := _WITH.fullmatch(text, end, after[0].start)):
        return None
    if another_attack_between(text, end, gap.end()):
        return None  # "bombs on X and attacked Y with drones": Y's drones
    n = 1
    while n < len(after) and (
        _describes(text, after[n - 1].end, after[n].start)  # "Lancet loitering munitions"
        or (
            joined
            and _JOINED_KIND.fullmatch(text, after[n - 1].end, after[n].start)
            and not another_attack_between(text, after[n - 1].end, after[n].start)
        )
    ):
        n += 1
    # "struck it with artillery missiles of the ATACMS type": an arm's word describing the
    # weapon after it names no weapon of its own (the reference report's Kursk airport; not
    # "a Smerch rocket", a system)
    if (
        after[0].weapon is None
        and after[0].category in _ARMS
        and _IS_WEAPON_NOUN.match(text, after[0].end)
    ):
        return None
    return after[:n]


_JOINED_KIND = re.compile(
    r"s?\s*(?:,|,?\s+(?:and|or|plus|as\s+well\s+as))\s+(?:[\w-]+\s+){0,2}?", re.I
)


def _hit_with(
    mentions: list[wv.WeaponMention], offset: int, text: str
) -> tuple[str | None, str | None] | None:
    """The one kind of weapon "with" which the place at ``offset`` was hit, when one is named
    so."""
    word = _WORD.match(text, offset)
    own = _with_weapons(mentions, word.end(), text) if word else None
    return None if own is None else weapon_for(own, own[0].start, own[0].start)


def not_theirs(
    mentions: list[wv.WeaponMention], floor: int, text: str
) -> list[wv.WeaponMention] | None:
    """The weapons left when those named "with" after the previous place (ending at ``floor``)
    are taken out: "struck X with KABs and hit Y with a Smerch rocket" (None when it has none)."""
    theirs = _with_weapons(mentions, floor, text, joined=True) if floor else None
    return [m for m in mentions if m not in theirs] if theirs else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
SHELLED = cued(SHELLED)
