"""A tally's inventory of what was launched ("137 air attack assets: - 98 Shahed drones ...; - 32
Kh-101 cruise missiles ..."): each weapon's launched count, given to the first interception of
that kind the report names when its own sentence gave none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.attribution import claimant_in
from geo.extract.interception_figures import launched_count
from geo.extract.numbers import NUMBER, number
from geo.extract.wording import words

if TYPE_CHECKING:
    from geo.extract.draft import Draft
    from geo.extract.sentences import Sentence

# "- 98 Shahed attack drones ...", "🔸 539 strike UAVs of the Shahed type": a line opening with a
# figure and, a few words on, the weapon it counts
_COUNTED = re.compile(r"^\W*(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?$")
_DIGIT = re.compile(r"\d")
# a line of results, not of launches: "16 over the Khmelnytskyi region", "28 ... shot down"
_RESULT = words(
    r"over\s+the",
    "shot down",
    "downed",
    "brought down",
    "destroyed",
    "intercepted",
    "neutrali[sz]ed",
    "lost",
)


def launched_by_kind(sentences: list[Sentence]) -> dict[str, tuple[int, str | None, str | None]]:
    """Each weapon category's launched count, from the first sentence that gives one, and who
    gives it (None when the sentence names no one)."""
    found: dict[str, tuple[int, str | None, str | None]] = {}
    for s in sentences:
        if not _DIGIT.search(s.text):  # tallies give their counts in digits
            continue
        weapons = wv.find_weapons(s.text)
        if not weapons:
            continue
        if _RESULT.search(s.text):  # a national tally: "382 of 397 drones ... were downed"
            for kind, (total, side) in national_launched(s.text, weapons).items():
                found.setdefault(kind, (total, claimant_in(s.text), side))
            continue
        first = weapons[0]
        m = _COUNTED.match(s.text[: first.start])
        n = int(m.group("n").replace(",", "")) if m else launched_count(s.text)
        if n is not None:
            found.setdefault(first.category, (n, claimant_in(s.text), None))
    return found


# a sentence that places its figures ("over the X region", "in Y") counts there, not nationwide
_PLACED = words(r"over|above|region|oblast|province")
# "382 of 397 drones": the total after the share; "112 drones launched": the verb after the kind
_SHARE_OF = re.compile(
    rf"\b{NUMBER}\s+(?:out\s+)?of\s+(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?$", re.I
)
_LAUNCHED_AFTER = re.compile(r"\s+(?:were\s+|had\s+been\s+)?(?:launched|sent|fired)\b", re.I)


# whose weapons a national tally counts: "138 Russian drones", "Russia sent 137 drones"
_SIDE = re.compile(
    r"\b(Russian|Ukrainian|Russia|Ukraine)\s+(?:(?:launched|sent|fired)\s+)?(?:[\w-]+\s+){0,3}?$"
)
_SIDES = {"russian": "Russia", "russia": "Russia", "ukrainian": "Ukraine", "ukraine": "Ukraine"}


def national_launched(sentence: str, weapons: list) -> dict[str, tuple[int, str | None]]:
    """Each kind's launched count in a national tally told with its result and no place ("the
    air force said 382 of 397 drones and 14 of 18 missiles were downed", "112 drones launched,
    86 shot down", "Russia sent 137 drones, and 112 of them were downed")."""
    if _PLACED.search(sentence):
        return {}
    launch = _LAUNCH.search(sentence)
    found: dict[str, tuple[int, str | None]] = {}
    for w in weapons:
        before = sentence[max(0, w.start - 60) : w.start]
        m = _SHARE_OF.search(before)
        if m is None and (
            _LAUNCHED_AFTER.match(sentence, w.end) or (launch and launch.end() <= w.start)
        ):
            m = _FIGURE_BEFORE.search(before)
        n = number(m.group("n")) if m else None
        if n is not None and w.category:
            side = _SIDE.search(before)
            found.setdefault(w.category, (n, _SIDES[side.group(1).lower()] if side else None))
    return found


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be one ("Ukraine's air force", "the Ukrainian Air Force"): a
    word of four letters or more in common, or either unknown."""
    if not a or not b:
        return True
    return bool(set(re.findall(r"\w{4,}", a.lower())) & set(re.findall(r"\w{4,}", b.lower())))


def give_launched(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """The first interception of each kind with a destroyed count and no launched one takes the
    inventory's launched count, when it is not below what was destroyed; not another
    speaker's interception (the air force's count of what Russia sent is not the Russian
    ministry's over its own region)."""
    found = launched_by_kind(sentences)
    for d in drafts:
        n, who, side = found.get(d.category or "", (None, None, None))
        if d.event_type == "interception" and d.destroyed is not None and n is not None:
            if not _same_speaker(who, d.claimed_by) or (side and d.actor and side != d.actor):
                continue
            if d.launched is None and n >= d.destroyed:
                d.launched = n
            found.pop(d.category or "", None)


# the verb of a launch before its figures: "Russia launched 43 drones and two missiles", "the
# enemy attacked with 2 ballistic missiles and 81 attack UAVs"
_LAUNCH = words(r"launched|sent|fired|attacked\s+(?:[\w-]+\s+){0,2}?with")
# a figure right before a weapon's name, a word or two between ("81 attack UAVs")
_FIGURE_BEFORE = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?$", re.I)


def own_launched(sentence: str, destroyed: int, category: str | None) -> int | None:
    """The launched count a sentence gives for one kind of weapon, when it also gives what was
    destroyed ("Russia launched 43 drones and two missiles, and 31 drones were shot down over
    X"): the figure before the first weapon of that kind after the verb of the launch, when it
    is not below what was destroyed."""
    launch = _LAUNCH.search(sentence)
    if launch is None:
        return None
    for w in wv.find_weapons(sentence):
        if w.category != category or w.start < launch.end():
            continue
        m = _FIGURE_BEFORE.search(sentence, launch.end(), w.start)
        if m is None:
            return None
        n = number(m.group("n"))
        return n if n is not None and n >= destroyed else None
    return None
