"""An interception told only by air defence at work over a place ("Mobile fire groups worked in
the Kyiv region until morning", :data:`geo.extract.event_phrases.AT_WORK`) where the report
already counts one there that day (a tally's "56 drones over the Kyiv, Chernihiv ... regions") is
that one, not a second record with the weapon of the sentence before."""

from __future__ import annotations

from geo.extract.air_defence_acts import ACTS
from geo.extract.draft import Draft
from geo.extract.event_phrases import AT_WORK
from geo.extract.lexicon import triggers_in


def _at_work_only(d: Draft) -> bool:
    """Whether the draft's sentence tells its interception only by air defence at work."""
    text = d.sentence.text
    if not (AT_WORK.search(text) or ACTS.search(text)):
        return False  # (the cheap test first: the whole lexicon only for such sentences)
    found = [m for t, m in triggers_in(text) if t == "interception"]
    return bool(found) and all(m.re is AT_WORK or m.re is ACTS for m in found)


def air_defence_told_twice(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the interceptions told only by air defence at work at a place and day
    another interception of the report counts."""
    at_work = [d.event_type == "interception" and _at_work_only(d) for d in drafts]
    counted = {
        (d.place.id, d.when.day)
        for d, w in zip(drafts, at_work, strict=True)
        if d.event_type == "interception" and not w
    }
    return [
        d
        for d, w in zip(drafts, at_work, strict=True)
        if not (w and (d.place.id, d.when.day) in counted)
    ]
