"""People counted as hurt who died later: "one of the injured died in hospital", "two of the four
wounded died", "the tram driver wounded at dawn died two days later", "one of the men injured
overnight has died", "one of them died of his wounds". Such a sentence tells no new casualty: it
moves people of an event told before from its injured to its killed (``casualties`` reads the
figure, ``continuation`` moves it on the event); the count of the hurt it names ("one of the
five wounded") is the earlier figure, no figure of its own."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number
from geo.extract.people import ONE_PERSON

_HURT = r"(?:injured|wounded|hurt)"
_DIED = (
    r"(?:(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?)?(?:later\s+)?"
    r"(?:died|succumbed|passed\s+away)\b"
)
# "one of the injured", "two of the four wounded", "one of the people injured at the market",
# "one of the men injured in Belgorod overnight", "one of them" (after a sentence of the hurt),
# "one of the two plant workers ... died of his wounds"
_OF_THE_HURT = re.compile(
    rf"\b(?P<n>{NUMBER})\s+of\s+(?:the|those|them)\b(?:\s+{NUMBER})?"
    rf"(?P<who>(?:\s+[\w'’-]+){{0,3}}?\s+{_HURT}\b)?[^.;]{{0,80}}?\b{_DIED}"
    rf"(?P<wounds>\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries))?",
    re.I,
)
# "the tram driver wounded at dawn died", "the terminal worker injured this morning has died",
# "a woman who was hurt on Monday died"
_THE_HURT_ONE = re.compile(
    rf"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{ONE_PERSON})\s+(?:who\s+(?:was|had\s+been)\s+)?"
    rf"{_HURT}\b[^.;]{{0,80}}?\b{_DIED}",
    re.I,
)


def died_later(text: str) -> tuple[int, re.Match] | None:
    """How many people a sentence says died after being counted as hurt, and where it says so;
    None when it says nothing of the kind."""
    low = text.lower()
    if not any(w in low for w in ("died", "succumbed", "passed away")):
        return None
    if m := _THE_HURT_ONE.search(text):
        return 1, m
    m = _OF_THE_HURT.search(text)
    # "one of them died": of the hurt only when it says the wounds ("of his wounds") or names them
    if m is None or not (m.group("who") or m.group("wounds") or "them" not in m.group(0).lower()):
        return None
    n = number(m.group("n"))
    return (n, m) if n else None


def without_later_deaths(text: str) -> str:
    """The sentence without its clause of a later death ("the bus driver, one of the five wounded
    on Monday, died"): the figures in it are those of the event told before."""
    found = died_later(text)
    if found is None:
        return text
    m = found[1]
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
