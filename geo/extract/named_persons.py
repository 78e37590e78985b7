"""A given name told with an age, or after a word for a person, is that person, not a place: "Our
colleague Olena, 47, died ..." (the gazetteer holds "Olena" as an alternate name of Olaine in
Latvia), "her daughter Maria, 9", "a tractor driver, Bohdan, 52", "Vira, 41, who was in the car".
The gazetteer holds many given names as towns somewhere (Anna in the Voronezh region, Vira in
Switzerland, Roman in Romania, Bohdan in Zakarpattia), and obituaries, casualty lists and local
news name the dead and the wounded by first name and age. A name after a place word stays a place
("debris fell in Anna", "near Roman, 12 km away"), and so does a tally's "Kharkiv, 12, Sumy, 5"
(another name after the figure) and an address's "Bohdan, 52 Shevchenko Street"."""

from __future__ import annotations

import re

# the capitalised run the name is part of ("Sofia Kravets, 34"): up to two more words after it
_RUN_AFTER = re.compile(r"(?:\s[A-Z][a-z’'-]+){0,2}")
# an age after the run: ", 47," ", 9, and", ", 66." ", aged 71", ", a 47-year-old teacher"; not a
# figure another name or a street follows ("Kharkiv, 12, Sumy, 5", "Bohdan, 52 Shevchenko St")
_AGE = re.compile(
    r",\s(?:aged\s)?(?P<age>\d{1,3})(?:,(?!\s?[A-Z\d])|\.(?!\d)|\)|\s(?:and|who|died|was|is|"
    r"were|had|has|from|of)\b|$)|,\s(?:an?\s)?\d{1,3}-year-old\b",
    re.M,
)
# a word for a person right before the run: kin, colleagues, a trade ("our colleague Olena",
# "her daughter Maria", "mother Anna", "nurse Vira")
_PERSON_WORD = re.compile(
    r"\b(?:colleague|daughter|son|mother|father|wife|husband|sister|brother|friend|"
    r"neighbou?r|nurse|teacher|driver|doctor|grand(?:mother|father|son|daughter)|aunt|uncle|"
    r"niece|nephew|cousin|fiancée?|widow|pensioner|paramedic|medic|volunteer|pupil|student)s?"
    r"\s(?:[A-Z][a-z’'-]+\s){0,1}$"
)
# a place word before the name makes it a place: "in Anna", "near Roman"
_PLACE_WORD = re.compile(
    r"\b(?:in|at|near|to|from|of|on|over|outside|around|into|towards?|village|town|city)\s$",
    re.I,
)
_MAX_AGE = 110


def named_person(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a person's: a run of capitalised words holding it
    (the name first, or after another name) told with an age, or after a word for a person, and
    no place word before the run."""
    run_start = _run_start(text, start)
    if any(_PLACE_WORD.search(text, max(0, at - 40), at) for at in (start, run_start)):
        return False  # ("In Krasnopillia, a 61-year-old man died": "In" opens no name)
    if _PERSON_WORD.search(text[max(0, start - 40) : start]):
        return True
    after = _RUN_AFTER.match(text, end)
    m = _AGE.match(text, after.end() if after else end)
    if m is None:
        return False
    return m.group("age") is None or int(m.group("age")) <= _MAX_AGE


def _run_start(text: str, start: int) -> int:
    """Where the capitalised run ending at ``start`` begins (one name before it at most:
    "Sofia Kravets" read at "Kravets")."""
    m = re.search(r"[A-Z][a-z’'-]+\s$", text[max(0, start - 30) : start])
    return start - len(m.group()) if m else start
