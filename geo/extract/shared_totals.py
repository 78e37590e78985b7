"""Whose figures a sentence of figures alone gives, after a sentence that named several places:
after a list ("hit Kherson, Bilozerka and Stanislav. Two people were killed") or the places of one
fight ("repelled assaults near X, Y and in the direction of Z. ... 71 of them killed"; "near X
seven times and twice near Y. ... the enemy lost 23 men killed"), a total for them all, kept on
the first-named place as a total in the places' own sentence is (issue 16: not copied to each,
nor given to the last-named alone)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts


def total_owner(drafts: list[Draft], last: Draft, facts: Facts) -> tuple[Draft, Facts]:
    """The draft a sentence continuing ``last`` (the latest of ``drafts``) tells more of: the
    first of a list's places, or of one fight's places when the sentence gives figures; and what
    the sentence tells it (a fight's losses told alone, "Enemy losses on this direction today:
    ...", keep the fight's day: the tally's "today" is the period it sums up)."""
    if last.event_type == "fighting" and facts.casualties and "fighting" not in facts.types:
        facts = replace(facts, when=None)
    if last.lists:
        return next(d for d in drafts if d.lists & last.lists), facts
    if not facts.casualties or last.event_type != "fighting":
        return last, facts
    fight = [d for d in drafts if d.sentence is last.sentence and d.event_type == "fighting"]
    unnamed = all(d.fatalities is None and d.injured is None for d in fight)
    if unnamed and len({d.place.id for d in fight}) > 1:
        return fight[0], facts
    return last, facts
