"""A strike told with no weapon of its own takes its paragraph's: the attack of the sentence
before when it tells only figures or ruin ("Two more were killed in X", "In X a shed burned"),
both kinds a record each when that sentence named two joined ("Russia launched 300 drones and 20
missiles. In X a block partly collapsed, killing four"); else the one kind of weapon the
paragraph named, in a sentence naming the strike's own place ("X spent a night under drones. The
mayor counted seven hits on X's east": a drone; not "The army wants more drones. In X a house was
hit"), or the two kinds such a sentence named joined, the paragraph naming no other ("X - missiles
and drones on the city. Two districts hit": a record each; not "a further strike on the city",
another attack). A paragraph naming two kinds otherwise gives none, and so does one whose weapon
hit another place ("Drones damaged a substation in X. In Y a site was hit"): which hit the place
is not told (issue 16, the writers' empty weapon)."""

from __future__ import annotations

from geo import weapons as wv
from geo.extract.continuation import another_attack
from geo.extract.draft import Draft, Facts
from geo.extract.kinds import joined_kinds
from geo.extract.place_hits import PlaceHit
from geo.extract.ruin_words import told_by_ruin
from geo.extract.sentences import Sentence

# a paragraph's sentences naming weapons: the ids of the places each names, the kinds it names,
# the two kinds it names joined ("drones and missiles")
Told = list[tuple[set[int], set[str], tuple[str, str] | None]]


def note_kinds(
    told: dict[int, Told], s: Sentence, hits: list[PlaceHit], named: list[wv.WeaponMention]
) -> None:
    """Add the kinds of weapon sentence ``s`` names, with its places (see ``Told``)."""
    places = {h.place.id for h in hits if s.start <= h.start < s.end}
    pair = joined_kinds(s.text) if len(named) > 1 else None
    joined = (pair[0].category, pair[1].category) if pair else None
    told.setdefault(s.paragraph, []).append((places, {w.category for w in named}, joined))


def paragraph_weapon(draft: Draft, facts: Facts, last_kind: str | None, told: Told | None) -> None:
    """Give a strike drafted with no weapon its paragraph's (see the module): ``last_kind`` the
    kind the paragraph named last, ``told`` its sentences naming weapons."""
    if draft.event_type != "strike" or draft.category:
        return
    if facts.figures_only or told_by_ruin(facts.triggers):
        draft.category, draft.inherited = last_kind, None
        joined = told[-1][2] if told else None
        if joined and last_kind in joined:  # "... 300 drones and 20 missiles. In X, four killed"
            draft.kinds = (last_kind, joined[1] if joined[0] == last_kind else joined[0])
    elif draft.inherited is None and told:
        kinds = set().union(*(k for _, k, _ in told))
        if len(kinds) == 1 and any(draft.place.id in ids for ids, _, _ in told):
            draft.category = next(iter(kinds))
        elif (
            (joined := _joined_at(draft, told))
            and kinds == set(joined)
            and not another_attack(facts.text)  # "a further strike on the city injured two"
        ):
            # "KYIV - ballistic missiles and drones on the city. Two districts hit": both
            draft.category, draft.kinds = joined[0], joined


def _joined_at(draft: Draft, told: Told) -> tuple[str, str] | None:
    """The two kinds the paragraph's last sentence naming ``draft``'s place named joined."""
    own = [joined for ids, _, joined in told if joined and draft.place.id in ids]
    return own[-1] if own else None
