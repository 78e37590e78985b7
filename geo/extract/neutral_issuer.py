"""A state's body that is no side of the war issues nothing (README, "Verification rule": a
side's ministry, army or governor issues its side's word). A neighbour's defence ministry
heading its press release ("MINISTRY OF NATIONAL DEFENCE - ROMANIA") or a foreign ministry
named with its country ("Ministry of Foreign Affairs ... of the Republic of Moldova") tells
what it states as a state that is no party: the strikes across its border and the wreckage on
its ground are the report's word (`confirmed`), as a neutral outlet's are. The issuer's name is
read for a country: one of the theatre's sides (or its adjective) keeps it a side's issuer; a
country the gazetteer knows and the theatre does not makes it no side's."""

from __future__ import annotations

import re

from geo import theatre

# a run of up to four capitalised words (any case: a header in capitals) in the issuer's name
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}")
_RUNS = 12  # the issuer's name is a header: a few runs at most


_HEADER_CHARS = 600  # the report's first lines, where its issuer is named


def neutral_issuer(author: str | None, text: str, gazetteer) -> bool:
    """Whether the issuer ``author``, with the line of the report's head that names it
    ("MINISTRY OF NATIONAL DEFENCE - ROMANIA"), names a state that is no side, and no side."""
    if not author:
        return False
    head = text[:_HEADER_CHARS]
    at = head.find(author)
    if at >= 0:
        author = head[head.rfind("\n", 0, at) + 1 : (head.find("\n", at) + 1 or len(head) + 1) - 1]
    war = theatre.current()
    sides = war.countries
    low = author.lower()
    if any(n.lower() in low for s in war.sides for n in (s.name, *s.demonyms)):
        return False
    foreign = False
    for m in list(_NAME_RUN.finditer(author.title()))[:_RUNS]:
        words = m.group(0).split()
        # each run and its endings ("Republic Of Moldova", "Of Moldova", "Moldova")
        for k in range(len(words)):
            countries = {
                p.country
                for p, _ in gazetteer.lookup(" ".join(words[k:]))
                if p.feature == "country"
            }
            if countries & sides:
                return False
            foreign = foreign or bool(countries)
    return foreign
