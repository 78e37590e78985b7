"""The acting side: the country whose forces act, as the sentence names it before its event word,
else the only operator of the weapon or the enemy of the country hit."""

from __future__ import annotations

import re

from geo import theatre
from geo import weapons as wv
from geo.extract.attribution import ACCORDING
from geo.extract.lexicon import Trigger
from geo.gazetteer import Gazetteer


def actor_in(gazetteer: Gazetteer, text: str, triggers: list[Trigger]) -> str | None:
    """The country whose forces act: the last country or demonym before the first event word."""
    if not triggers:
        return None
    head = text[: triggers[0][1].start()]
    head = ACCORDING.sub(" ", head)
    found = None
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", head):
        before = head[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(against|on|in|at|from|of|into|over|near)\s+(?:the\s+)?$", before):
            continue
        after = head[m.end() : m.end() + 25].lower()
        if re.match(r"\s*(media|information|sources|side said|officials said|agency)", after):
            continue
        hits = [p for p, _ in gazetteer.lookup(m.group(), demonyms=True) if p.feature == "country"]
        if hits and (m.group() in (hits[0].name,) or _is_demonym(gazetteer, m.group())):
            found = hits[0].name
    return found


def _is_demonym(gazetteer: Gazetteer, word: str) -> bool:
    return bool(gazetteer.lookup(word, demonyms=True)) and not gazetteer.lookup(word)


def fallback_actor(weapon: str | None, country: str, doc_countries: set[str]) -> str | None:
    """With no actor named: the only operator of the weapon, else the enemy of the country hit
    when the report names the theatre's belligerents (``data/theatre.toml``)."""
    if weapon:
        w = wv.lookup(weapon)
        if w and len(w.operators) == 1:
            return w.operators[0]
    war = theatre.current()
    if war.countries <= doc_countries | {country}:
        return war.attacker_of(country)
    return None
