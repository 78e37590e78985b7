"""An interception's figures, in words or digits: how many were launched and how many destroyed
("34 of 42 drones", "shot down all ten missiles", a tally line's "Kyiv region — 164", "the rest
over Z" of a split tally)."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number
from geo.extract.pattern_cues import cued
from geo.extract.wording import figure_after, figure_before, words

# "34 of 42 drones", "Of 42 drones launched overnight, 34 were shot down" (the total first, then
# the share), "14 of them", "of which 12": the share destroyed (d) of those launched (l).
_OF = words(rf"(?P<d>{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<l>{NUMBER})")
_OF_TOTAL = words(
    rf"of\s+(?:the\s+)?(?P<l>{NUMBER})\s+(?:[\w-]+\s+){{0,4}}?[\w-]+,\s*"
    rf"(?P<d>{NUMBER})\s+(?:were|was|have been)"
)
_OF_THEM = words(
    rf"(?P<d>{NUMBER})\s+of\s+(?:them|the\s+(?:drones|missiles|UAVs|rockets))",
    rf"of (?:which|them),?\s+(?P<d2>{NUMBER})",
)
_ALL = re.compile(rf"\ball\s+(?P<n>{NUMBER})\b", re.I)
_LAUNCHED = figure_after(
    "launched|sent|fired", NUMBER, "l", r"(?:\w+\s+){0,3}?", r"\s*(?:km|%|percent)"
)
# the verbs of bringing down in every form: "shot down", "shooting down", "bringing down"
_DOWN_VERBS = (
    r"shot down|shoot(?:s|ing)? down|downed|downing|intercept(?:ed|ing|s)|destroy(?:ed|ing|s)|"
    r"(?:brought|bring(?:s|ing)?) down"
)
_DOWNED = figure_before(  # "Eleven, it says, were over the X region": an aside may follow
    f"over|above|{_DOWN_VERBS}",
    NUMBER,
    "d",
    r"(?:,(?:\s+[\w-]+){1,4},)?(?:\s+(?!\d)[\w-]+){0,5}?(?:\s+(?:were|was))?",
)


# every one of the weapons told before, after the place or with no figure of its own: "air
# defence shot down all three missiles over the city", "and all six were shot down", "both
# were downed over X" (errors37: "both" and "all three" point back to the weapons just named;
# not "both drones and missiles"; "the two that came closest" is left to the paragraph)
_EVERY_DOWNED = words(
    rf"(?:{_DOWN_VERBS})\s+(?:all\s+(?P<n>{NUMBER})|(?P<b>both)(?!\s+[^.;]{{0,40}}?\band\b))",
    rf"(?:all\s+(?P<n2>{NUMBER})|(?P<b2>both))(?:\s+of\s+them|(?:\s+(?!and\b)[\w-]+){{0,2}}?)\s+"
    rf"(?:were|had\s+been|have\s+been)\s+(?:{_DOWN_VERBS}|knocked\s+out)",
)


def every_downed(text: str) -> tuple[int | None, int | None]:
    """Launched and destroyed when the text says every one of the weapons told before was
    brought down: "shot down all three missiles" is 3 of 3; "both were downed" 2 destroyed,
    the launched left to the paragraph (the writers give "both Kh-101" the night's launched)."""
    m = _EVERY_DOWNED.search(text)
    if m is None:
        return None, None
    if m.group("b") or m.group("b2"):
        return None, 2
    n = number(m.group("n") or m.group("n2"))
    return n, n


_REST = words("the rest|the remaining|the remainder|the others")
_ONE = r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:drone|UAV|missile|rocket|glide bomb)"
_ONE_DOWNED = words(rf"(?:{_DOWN_VERBS})\s+{_ONE}", rf"{_ONE}\s+was\s+(?:{_DOWN_VERBS})")
_DOWNED_FIRST = figure_after(_DOWN_VERBS, NUMBER, "d", unless=r"\s+(?:of|UTC|GMT)\b", cell=True)
# after the place: "Near X two drones were shot down by the mobile fire group" (weapons named)
_WEAPONS_DOWNED = figure_before(
    _DOWN_VERBS,
    NUMBER,
    "d",
    r"(?:\s+[\w-]+){0,2}?\s+(?:drones|UAVs|missiles|rockets)\s+(?:were|was)",
)


def counts_around(
    clause: str, sentence: str, rest: str, subject_rest: str
) -> tuple[int | None, int | None]:
    """Launched and destroyed for an interception: from its clause and sentence (see
    :func:`interception_counts`), else a tally line's figure after the place (``rest``), else
    what the words after a place that opens the clause say was brought down (``subject_rest``:
    "Kyiv's air defences shot down ten drones")."""
    launched, destroyed = interception_counts(clause, sentence)
    bracket = _TALLY_AFTER.match(rest)
    if bracket and bracket.group("b"):  # "3 shot down — Kyiv region (2)": the region's share
        return launched, int(bracket.group("b"))
    share = None
    if launched is None and destroyed is None:  # "of 17 drones, 14 were shot down" too
        share = _OF.search(subject_rest) or _OF_TOTAL.search(subject_rest)
    if share:  # "Over the X region, 14 of the 19 drones that came in were shot down"
        return number(share.group("l")), number(share.group("d"))
    if launched is None and destroyed is None and (every := every_downed(rest))[1]:
        return every  # "X was targeted, and all six were shot down"
    if launched is None and destroyed is None:
        destroyed = tally_after(rest)
        after = _DOWNED_FIRST.search(subject_rest) if destroyed is None else None
        after = after or (
            _WEAPONS_DOWNED.match(subject_rest.lstrip(" ,")) if destroyed is None else None
        )
        destroyed = number(after.group("d")) if after else destroyed
    return launched, destroyed


def launched_count(sentence: str) -> int | None:
    """How many a sentence says were launched ("Russia sent 56 drones"), or None."""
    fired = _LAUNCHED.search(sentence)
    return number(fired.group("l")) if fired else None


# "▪️ Kyiv region — 164", "- Sumy obl. - 8 UAV;", "Sumy region ..... 41", "Kyiv region (2)",
# "drones: Belgorod region 14, Stavropol Krai 8", "In the Sumy region, 23 drones.", "put the X
# region at 31", "the X region accounted for 21", "over the X oblast 11 attack UAVs": a tally
# item's figure after its place, a weapon after it or not (a bare one of up to three digits).
_TALLY_UNIT = r"(?:\s+(?:attack\s+)?(?:UAVs?|drones?|Shaheds?|missiles?))?"
_TALLY_AFTER = re.compile(
    r"^(?:\s+(?:region|oblast|province|obl\.|territory|krai))?(?:\s*(?::|[—–-]|\.{2,})\s*"
    rf"(?P<n>{NUMBER}){_TALLY_UNIT}|(?:,?|\s+(?:accounted\s+for|at|for))[ \t]+(?P<s>\d{{1,3}})"
    rf"(?![\d.,:]\d){_TALLY_UNIT}|\s*\((?P<b>\d+)\))"
    r"\s*(?:$|[;,.(]|(?:and|were|was)\s|(?<=[a-z]\s)of\s|"  # (not "12 of them"); a row's
    r"(?:shot|brought)\s+down\b|(?:downed|destroyed|intercepted)\b)",  # "31 drones shot down"
    re.I,
)


def tally_after(rest: str) -> int | None:
    """The figure a tally line gives right after its place ("Kyiv region — 164"), or None."""
    m = _TALLY_AFTER.match(rest)
    return number(m.group("n") or m.group("s") or m.group("b")) if m else None


def interception_counts(clause: str, sentence: str) -> tuple[int | None, int | None]:
    """How many were launched and destroyed, from an interception's own clause ("16 over the
    Belgorod region", "34 of 42 drones") or, for the sentence's first place, from the sentence
    ("launched 16 drones ... destroyed 14 of them")."""
    m = _OF.search(clause) or _OF_TOTAL.search(clause)
    if m:
        return number(m.group("l")), number(m.group("d"))
    every = _ALL.search(clause)
    if every:  # "shot down all ten missiles"
        return number(every.group("n")), number(every.group("n"))
    if (both := every_downed(clause))[1]:  # "both were downed over X"
        return both
    downed = list(_DOWNED.finditer(clause))
    destroyed = number(downed[-1].group("d")) if downed else None
    if destroyed is None and (after := _DOWNED_FIRST.search(clause)):
        destroyed = number(after.group("d"))  # "shot down ten rockets"
    if destroyed is None and _ONE_DOWNED.search(clause):
        destroyed = 1  # "shot down a drone near X"
    if destroyed is None and _REST.search(clause):
        return None, _rest(sentence)  # "destroyed 41, 17 over X, 12 over Y and the rest over Z"
    launched = None
    # "41 drones, 17 of them over X, 12 over Y": Y's own figure, not the sentence's "of them";
    # "downed 61 of the drones, 23 of them over X": X's share, the clause's own "of them"
    own = [*_OF_THEM.finditer(clause)][-1:]
    them = own[0] if own else _OF_THEM.search(sentence)
    if them and (destroyed is None or own):
        destroyed = number(them.group("d") or them.group("d2"))
        fired = _LAUNCHED.search(sentence)
        launched = number(fired.group("l")) if fired else None
    return launched, destroyed


def _rest(sentence: str) -> int | None:
    """What "the rest" of a split tally is: its total less the figures given before."""
    first = _DOWNED_FIRST.search(sentence)
    total = number(first.group("d")) if first else None
    parts = [number(m.group("d")) or 0 for m in _DOWNED.finditer(sentence)]
    rest = total - sum(parts) if total is not None and parts else 0
    return rest if rest > 0 else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_LAUNCHED = cued(_LAUNCHED)
