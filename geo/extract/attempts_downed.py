"""An attack told as tried and then brought down whole: "Kyiv attempted to strike Crimea with
three ATACMS missiles overnight. All of them were shot down near Dzhankoi", "tried to attack the
Kursk region with 15 drones; all were destroyed", "an attempted attack by 12 drones on Tuapse
was repelled". Nothing hit the target: one interception, at the place the weapons were downed
when the report names one (Dzhankoi), else at the target, with the attempt's weapon and its
count both launched and destroyed; no strike on the target. A try of which part got through
("two were shot down and three hit a warehouse") is the clause rules' to weigh."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.numbers import NUMBER, number

if TYPE_CHECKING:
    from geo.extract.draft import Draft
    from geo.extract.sentences import Sentence

_TRY = r"(?:attempted|tried|sought)\s+to\s+(?:strike|attack|hit|target)"
# the target named after a try, as roles read it: "tried to attack the "
ATTEMPT_BEFORE = re.compile(rf"\b{_TRY}\s+(?:the\s+)?$", re.I)
_WEAPONS = r"(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|rockets?|ATACMS|Shaheds?|Gerans?)"
# "attempted to strike Crimea with three ATACMS missiles", "an attempted attack by 12 drones on"
_ATTEMPT = re.compile(
    rf"\b{_TRY}\b[^.;:]{{0,60}}?\b(?:with|using)\s+(?P<n>{NUMBER})\s+{_WEAPONS}\b|"
    rf"\b(?:an?\s+)?attempted\s+(?:attack|strike|raid)\s+(?:by|with|involving)\s+"
    rf"(?P<m>{NUMBER})\s+{_WEAPONS}\b",
    re.I,
)
# "All of them were shot down", "all three were destroyed", "... on Tuapse was repelled"
_ALL_DOWNED = re.compile(
    rf"\ball(?:\s+of\s+(?:them|these|those|the\s+\w+)|\s+{NUMBER})?(?:\s+\w+)?\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:all\s+)?(?:shot\s+down|destroyed|downed|"
    r"intercepted|neutrali[sz]ed|brought\s+down)\b",
    re.I,
)
_REPELLED = re.compile(r"[^.;]{0,60}?\b(?:was|were|had\s+been)\s+repelled\b", re.I)


def _try_in(text: str) -> tuple[re.Match, int | None] | None:
    m = _ATTEMPT.search(text) if "ttempt" in text or "tried" in text or "sought" in text else None
    return (m, number(m.group("n") or m.group("m"))) if m else None


def _downed_after(text: str, start: int) -> bool:
    return bool(_ALL_DOWNED.search(text, start) or _REPELLED.match(text, start))


def attempts_downed(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """The drafts with each attempted attack brought down whole told as its interception."""
    following = {s.start: n for n, s in zip(sentences[1:], sentences, strict=False)}
    dropped: set[int] = set()
    for d in drafts:
        s = d.sentence
        found = _try_in(s.text)
        if found is None or d.event_type not in ("strike", "interception"):
            continue
        attempt, count = found
        place_at = d.place_offset()
        if place_at < attempt.start():
            continue  # a place told before the try is not its target
        nxt = following.get(s.start)
        if _downed_after(s.text, max(attempt.end(), place_at)):
            d.event_type = "interception"
            _counted(d, count)
        elif nxt is not None and nxt.paragraph == s.paragraph and _ALL_DOWNED.match(nxt.text):
            downed = [o for o in drafts if o.sentence is nxt and o.event_type == "interception"]
            if not downed:
                d.event_type = "interception"
                _counted(d, count)
                continue
            for o in downed:  # "All of them were shot down near Dzhankoi": there, not the target
                if o.weapon is None:
                    o.weapon, o.category = d.weapon, d.category or o.category
                _counted(o, count)
            dropped.add(id(d))
    return [d for d in drafts if id(d) not in dropped]


def _counted(d: Draft, count: int | None) -> None:
    if count is not None:
        d.launched = d.launched or count
        d.destroyed = d.destroyed or count
