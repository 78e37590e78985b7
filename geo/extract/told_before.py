"""A strike whose clause names no weapon, told right after a sentence of its paragraph that
names the weapons of an attack and no place of its own ("Russia launched 40 drones overnight.
In X, a house was hit"), or only the strike's region ("Russia attacked the Sumy region with
drones. Sumy, Konotop and Shostka came under attack"): those weapons struck it; two kinds named together, one record each.
A log's note of the weapon alone before it ("Artillery fire. A house damaged.") names it too.
So is a list's item told after its lead-in ("Overnight the enemy attacked the region with
drones. Consequences:" then "- Kupiansk: a house destroyed", "Bilozerka – 1 killed" a line
each): the lead-in's weapons, when it ends with a colon or the items are bulleted, and tells
no event at a town of its own."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.attack_told_earlier import covers
from geo.extract.draft import Draft
from geo.extract.kinds import joined_kinds
from geo.extract.lexicon import triggers_in
from geo.extract.sentences import BULLET, Sentence
from geo.extract.weapon_words import SHELLED, weapon_for
from geo.gazetteer import Place

REGION = 3  # geo_precision of a whole region

# a list's item line: a bullet, or a few words (its town) then a colon or a spaced dash
_ITEM = re.compile(rf"(?:{BULLET.pattern})|[^\s:;,.]+(?:\s[^\s:;,.]+){{0,4}}?(?::|\s[—–-])\s")


def weapons_told_before(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """Give each strike with no weapon word of its own the weapons of the attack the sentence
    before it told without a place (the same paragraph; that sentence's events none), or the
    lead-in of the list whose item it is."""
    told: dict[int, list[tuple[Place, int]]] = {}
    for d in drafts:
        for x in d.sentences:
            told.setdefault(x.start, []).append((d.place, d.geo_precision))
    before = {b.start: a for a, b in zip(sentences, sentences[1:], strict=False)}
    lead_ins = _lead_ins(sentences)
    for d in drafts:
        if d.event_type != "strike" or d.category is not None or d.weapon is not None:
            continue
        prev = before.get(d.sentence.start)
        if prev is not None and prev.paragraph == d.sentence.paragraph:
            prev = _raid_back(prev, before, told)
            if (
                # (its events none, or only at the strike's region: "Russia attacked the Sumy
                # region with drones. Sumy, Konotop and Shostka came under attack")
                all(covers(x, d) for x in told.get(prev.start, []))
                and wv.fired_weapons(prev.text)
                and (_weapon_note(prev) or any(t == "strike" for t, _ in triggers_in(prev.text)))
            ):
                _give(d, prev)
            continue
        lead = lead_ins.get(d.sentence.paragraph)
        if lead is not None and all(p == REGION for _, p in told.get(lead.start, [])):
            _give(d, lead)


def _raid_back(
    prev: Sentence, before: dict[int, Sentence], told: dict[int, list[tuple[Place, int]]]
) -> Sentence:
    """The sentence of the raid a run of towns' sentences follows in its paragraph ("... 30
    drones at the X region. In A, a facility was hit. In B, two houses were damaged"): back over
    sentences telling only towns' events with no weapon of their own (at most four), else
    ``prev`` itself."""
    at = prev
    for _ in range(4):
        events = told.get(at.start, [])
        earlier = before.get(at.start)
        if (
            not events
            or any(p == REGION for _, p in events)
            or wv.fired_weapons(at.text)
            or earlier is None
            or earlier.paragraph != at.paragraph
        ):
            break
        at = earlier
    return at if at is not prev and wv.fired_weapons(at.text) else prev


def _give(d: Draft, prev: Sentence) -> None:
    """The weapons ``prev`` names (or the guns its "shelled" tells of) to the strike ``d``."""
    found = wv.fired_weapons(prev.text)
    pair = joined_kinds(prev.text) if found else None
    if pair is not None:
        d.weapon, d.category = pair[0].weapon, pair[0].category
        d.kinds = (pair[0].category, pair[1].category)
    else:
        d.weapon, d.category = weapon_for(found, len(prev.text), 0, prev.text)


def _lead_ins(sentences: list[Sentence]) -> dict[int, Sentence]:
    """For each list item's line (its paragraph), the lead-in's sentence naming the weapons:
    the list's items run back to a line that is none, whose last sentence ends with a colon (or
    the items are bulleted); the last of its sentences that names a weapon or tells shelling."""
    lines: list[list[Sentence]] = []
    for s in sentences:
        if lines and lines[-1][0].paragraph == s.paragraph:
            lines[-1].append(s)
        else:
            lines.append([s])
    out: dict[int, Sentence] = {}
    k = 0
    while k < len(lines):
        first = k
        while k < len(lines) and _ITEM.match(lines[k][0].text):
            k += 1
        if first == k:
            k += 1
            continue
        bulleted = all(BULLET.match(line[0].text) for line in lines[first:k])
        if first > 0 and (lines[first - 1][-1].text.rstrip().endswith(":") or bulleted):
            lead = next(
                (s for s in reversed(lines[first - 1]) if SHELLED.search(s.text) or _named(s)),
                None,
            )
            if lead is not None:
                out.update((line[0].paragraph, lead) for line in lines[first:k])
    return out


# a log's note of the weapon alone before what it did ("Artillery fire. A house damaged.")
_NOTE_WORDS = 3


def _weapon_note(s: Sentence) -> bool:
    """Whether ``s`` is a note of a few words naming the weapon alone ("Heavy artillery.",
    "Mortar fire.") with no event word: the weapon of the strike told right after it."""
    return len(s.text.split()) <= _NOTE_WORDS and not triggers_in(s.text)


def _named(s: Sentence) -> bool:
    return bool(wv.fired_weapons(s.text))
