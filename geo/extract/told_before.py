"""A strike whose clause names no weapon, told right after a sentence of its paragraph that
names the weapons of an attack and no place of its own ("Russia launched 40 drones overnight.
In X, a house was hit"): those weapons struck it; two kinds named together, one record each."""

from __future__ import annotations

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.kinds import joined_kinds
from geo.extract.lexicon import triggers_in
from geo.extract.sentences import Sentence
from geo.extract.weapon_words import weapon_for


def weapons_told_before(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """Give each strike with no weapon word of its own the weapons of the attack the sentence
    before it told without a place (the same paragraph; that sentence's events none)."""
    told = {x.start for d in drafts for x in d.sentences}
    before = {b.start: a for a, b in zip(sentences, sentences[1:], strict=False)}
    for d in drafts:
        if d.event_type != "strike" or d.category is not None or d.weapon is not None:
            continue
        prev = before.get(d.sentence.start)
        if prev is None or prev.paragraph != d.sentence.paragraph or prev.start in told:
            continue
        found = wv.fired_weapons(prev.text)
        if not found or not any(t == "strike" for t, _ in triggers_in(prev.text)):
            continue
        pair = joined_kinds(prev.text)
        if pair is not None:
            d.weapon, d.category = pair[0].weapon, pair[0].category
            d.kinds = (pair[0].category, pair[1].category)
        else:
            d.weapon, d.category = weapon_for(found, len(prev.text), 0, prev.text)
