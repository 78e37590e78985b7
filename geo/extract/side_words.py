"""The acting side told by a side's own words: a side's official or body speaks of "the enemy",
"the occupiers", "the adversary" (the other side acted: "The enemy shelled Nikopol", says a
Ukrainian governor; "the enemy attacked Shebekino", says the Belgorod governor) and of "its
units", "our troops", "its forces" (its own side acted: "the ministry claimed its units had seized
X"). The speaker's side is read from the claimant ("Russian defence ministry", "Ukraine's
General Staff") or the sentence's words before the cue ("Russia's defence ministry said its
forces ..."); failing both, the enemy of a place's country is the side that attacks it (the
theatre's ``attacker_of``), and "our troops" of an unknown speaker are left unread."""

from __future__ import annotations

import re

from geo import theatre
from geo.extract.pattern_cues import cued

# the other side, named by a side's speaker
_ENEMY = re.compile(
    r"\b(?:the\s+|an?\s+)?(?:enemy|occupiers|occupying\s+forces|adversary|invaders|aggressor)\b",
    re.I,
)
# the speaker's own side acting: "its units had seized", "our troops hit" (not "repelled",
# "beat back": then the other side attacked, and the attack's side is the actor)
_OWN = re.compile(
    r"\b(?:its|our)\s+(?:own\s+)?(?:units|forces|troops|army|soldiers|servicemen|fighters|"
    r"defenders|brigades?|air\s+defen[cs]es?|aviation|artillery|drones)\s+"
    r"(?:(?:have|has|had|were|was|also|successfully|further)\s+){0,2}"
    r"(?:seized|seize|took|taken|take|captured|capture|liberated|liberate|advanced|advance|"
    r"entered|hit|struck|destroyed|shot\s+down|downed|attacked|stormed|pushed|cleared|"
    r"continue\s+to\s+advance|took\s+control|gained|improved)\b",
    re.I,
)


def side_acting(sentence: str, claimant: str | None, country: str | None) -> str | None:
    """The acting side the sentence's own-side or enemy words name (see the module), or None."""
    war = theatre.current()
    own = _OWN.search(sentence)
    enemy = _ENEMY.search(sentence)
    if own is None and enemy is None:
        return None
    first_own = own is not None and (enemy is None or own.start() < enemy.start())
    cue = own if first_own else enemy
    at = cue.start() if cue is not None else 0
    speaker = _side_named(claimant or "") or _side_named(sentence[:at])
    if first_own:
        return speaker
    if speaker is not None:
        other = war.attacker_of(next(s.country for s in war.sides if s.name == speaker))
        return other
    return war.attacker_of(country)


# weapons named by their side: "48 Ukrainian drones", "Russian missiles"
_OWNED_ARMS = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:attack|combat|strike|kamikaze|long-range)\s+)?(?:drones|UAVs|"
    r"missiles|rockets|aircraft|Shaheds|unmanned)\b"
)


def downed_side(sentence: str) -> str | None:
    """The side whose weapons a downing names ("shot down 48 Ukrainian drones"): the acting side
    of an interception, not the side that speaks of it ("the Russian ministry said ...")."""
    return _side_named(" ".join(_OWNED_ARMS.findall(sentence)))


def read_sides(records: list[dict]) -> None:
    """Each record's acting side as its sentence's side words tell it, once the events are
    merged and verified (the side read here moves no merge nor claim): a downing's weapons'
    side; else, with no actor, the side its own-side or enemy words name; else, when the actor
    read is the speaker's own side named before "the enemy" ("Russia's Belgorod governor says
    the enemy attacked ..."), the other side."""
    for r in records:
        text = r.get("source_text") or ""
        if r["event_type"] == "interception" and (downed := downed_side(text)):
            r["actor"] = downed
            continue
        side = side_acting(text, r.get("claimed_by"), r.get("country"))
        if side is None:
            continue
        enemy = _ENEMY.search(text)
        if r["actor"] is None or (
            enemy is not None and _side_named(text[: enemy.start()]) == r["actor"] != side
        ):
            r["actor"] = side


def _side_named(words: str) -> str | None:
    """The one side whose name or demonym the words hold (the last named when several are)."""
    found = None
    last = -1
    for side in theatre.current().sides:
        names = "|".join(re.escape(n) for n in (side.name, *side.demonyms))
        for m in re.finditer(rf"\b(?:{names})(?:['’]s)?\b", words):
            if m.start() > last:
                found, last = side.name, m.start()
    return found


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_ENEMY = cued(_ENEMY)
