"""An interception is the defending side's own count: "Air defences shot down 18 drones over
the city", "95 were downed, most over the Kharkiv region" told with no speaker is still that
side's claim (its air force's or its defence ministry's tally; nobody else counts what was
shot down), unless the report hedges it or bears it out itself (its reporters' eyes, the UN,
geolocated footage). Debris that fell with no word of the shooting down is damage the report
can tell itself ("drone debris set fire to a house": its own word). The report's evidence of
the damage ("footage geolocated by our team shows a depot burning") bears out the strike, not
the side's count of what it shot down.
"""

from __future__ import annotations

import re

from geo import theatre
from geo.extract.attribution import borne_out, independent
from geo.extract.draft import Draft
from geo.extract.wording import words

# What only the side that shot them down counts
_SHOT_DOWN = words(
    r"shot down|shoot(?:s|ing)? down|downed|down(?:s|ing)|brought down|bring(?:s|ing)? down",
    r"intercept(?:s|ed|ing|ion|ions|or|ors)?|destroy(?:s|ed|ing)?|jamm(?:ed|ing)|suppressed",
    r"neutrali[sz](?:ed|ing)|repel(?:led|ling|s)?|air defen[cs]es?|anti-aircraft",
)


# Debris told as the damage ("debris from a downed missile damaged cars"): the report's word
_DEBRIS = words(r"debris|wreckage|fragments|falling parts")


def _defender(d: Draft) -> str | None:
    """The side over whose ground it was shot down, named as "<Demonym> side" (the name a
    side's own words get)."""
    side = next((s for s in theatre.current().sides if s.country == d.place.country), None)
    if side is None:
        return None
    return f"{side.demonyms[0]} side" if side.demonyms else side.name


# The lines (a sentence's ``paragraph``) a speaker's word may stand above the count: its own
# paragraph, or the one above it past a blank line
_NEAR_LINES = 2


def _speaker_before(d: Draft, drafts: list[Draft]) -> str | None:
    """The defender's official who spoke just before the count: the nearest speaker, in its
    paragraph or the one above, of an event in the same country who names no other side ("The
    mayor of Kharkiv said 12 drones targeted the city. / Air defence shot down eight of them")."""
    others = [s for s in theatre.current().sides if s.country != d.place.country]
    names = [re.escape(n) for s in others for n in (s.name, *s.demonyms)]
    other_side = re.compile(rf"\b(?:{'|'.join(names)})", re.I) if names else None
    before = [
        e
        for e in drafts
        if e.claimed_by
        and e.sentence.start < d.sentence.start
        and 0 <= d.sentence.paragraph - e.sentence.paragraph <= _NEAR_LINES
        and e.place.country == d.place.country
    ]
    who = max(before, key=lambda e: e.sentence.start).claimed_by if before else None
    if who is None or independent(who) or (other_side and other_side.search(who)):
        return None
    return who


def own_tallies(drafts: list[Draft], author: str | None) -> None:
    """Interceptions (``drafts``) with no speaker, doubt or evidence of their own, told as shot
    down, become the defending side's claim (the report's issuer's, ``author``, when it has
    one, else its official who spoke just before)."""
    for d in drafts:
        if d.event_type != "interception":
            continue
        told = " ".join(x.text for x in [d.sentence, *d.sentences])
        if d.confirmed and d.claimed_by and not borne_out(told, d.claimed_by):
            # a side's tally, whatever the report's own evidence of the damage nearby shows
            # ("Footage geolocated by our team shows a warehouse on fire in Lviv")
            d.confirmed = False
        if d.claimed_by or d.attributed or d.hedged or d.confirmed or _DEBRIS.search(told):
            continue
        if not _SHOT_DOWN.search(told):
            continue
        who = author or _speaker_before(d, drafts) or _defender(d)
        if who:
            d.claimed_by, d.attributed = who, True
