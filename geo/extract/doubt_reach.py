"""How far a sentence's doubt or witness reaches among the events drafted so far: a doubt about
its own claim hedges nothing else, "Neither version could be checked" the two versions before it,
"The reports could not be verified" the paragraph's events; geolocated footage confirms the
event it goes on with (or, a reporter's eyes, the paragraph's place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.extract import continuation as cont
from geo.extract.attribution import confirm_at, other_speaker
from geo.extract.hedges import hedge_named, hedge_paragraph, hedge_versions
from geo.extract.scene_witness import witnessed
from geo.extract.voices import hearsay

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.drafts import Drafter
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence


def doubt_or_witness(
    d: Drafter,
    index: int,
    s: Sentence,
    facts: Facts,
    placed: list[Draft],
    follows: bool,
    s_hits: list[PlaceHit],
    last: Draft | None,
) -> None:
    """What a sentence's doubt hedges, or its witness confirms, among the events so far
    (``last``: the event the sentence went on with, if any)."""
    # "A milblogger claimed that troops entered X, but we have seen no footage of this":
    # the doubt is about the sentence's own claim (X known or not), not the paragraph's.
    # (so is hearsay's: "People say the bomb came at dawn" doubts no more than it tells)
    if facts.hedged and (facts.claimant or hearsay(s.text)) and (s_hits or facts.triggers):
        return
    # "A further strike ... injured two; the UN could not confirm these figures": the doubt
    # is about that other attack, not the paragraph's events.
    if facts.hedged and facts.triggers and not placed and cont.another_attack(s.text):
        return
    # "Neither version could be checked": the two versions told in the two sentences before
    told = d.kept[max(0, index - 2) : index] if facts.hedged and not placed else []
    if told and hedge_versions(d.drafts, s, told):
        return
    if facts.hedged and not facts.triggers and not placed and not follows:
        # "The reports could not be verified": about the paragraph's events.
        hedge_paragraph(d.drafts, s, {h.place.name for h in s_hits}, facts.weapon_doubt)
    # "We could not check the ministry's claims": what the ministry said, no one else's
    named = hedge_named(d.drafts, s.text) if facts.hedged and not facts.triggers else []
    if facts.hedged and not placed and last and not other_speaker(last, named):
        if last.sentence.paragraph == s.paragraph:
            hedge_paragraph(d.drafts, s, {h.place.name for h in s_hits}, facts.weapon_doubt)
        elif d.wire and index - d.last_index <= 2:
            last.hedged = True  # wire copy: "Pictures showed troops. We could not verify"
    if not placed and not facts.hedged and witnessed(s.text):
        # "Geolocated footage shows a fire at the site" (not a reporter's eyes elsewhere)
        if follows and last is not None and all(h.place.id == last.place.id for h in s_hits):
            last.confirmed = True
        else:  # "REPORTER (Kherson): ... I counted six burnt kiosks": the paragraph's place
            confirm_at(d.drafts, d.hits, d.kept, s)
