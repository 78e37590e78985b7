"""Where talks are held: in a war report, the city of a meeting is the world's big city of the
name, not a small namesake that the text's countries or the theatre favour.

"In Geneva, advisers from Ukraine, the United States and ... held talks" names the United States
as a party, which lifts Geneva, Illinois (22,000 people) over Geneva (200,000); "the UN General
Assembly in New York" is no Donetsk village that has the name as another spelling; "Starmer flew
to Washington for talks" after "Britain" is not the Sussex village. Diplomacy happens in
capitals and big cities: where the sentence of the mention is about talks, a capital or a city
of the name much larger than the one chosen wins, unless the text places the small one by a
name right after it ("Geneva, Illinois")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Candidate, Resolution, source_of

# Words of a sentence about diplomacy: talks, meetings, envoys, summits, visits (a leader
# visits the front too, but a front town has no capital or big city of its name abroad).
_TALKS = re.compile(
    r"\b(?:talks|summit|negotiat\w*|met\s+(?:with|in|at)|meet(?:s|ing)?\s+(?:with|in|at)|"
    r"meetings?\s+(?:of|with|in|on)|delegations?|envoys?|ambassadors?|diplomat\w*|"
    r"(?:foreign|defen[cs]e)\s+ministers?|counterparts?|general\s+assembly|peace\s+plan|"
    r"conference|signed|sanctions|visit(?:s|ed|ing)?|arrived|gathered|coalition|"
    r"(?:travell?ed|flew|trip)\s+to)\b",
    re.I,
)
# The ends of the sentence around a mention.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# A name right after the mention that places it ("Geneva, Illinois", "Paris, Texas").
_PLACED_AFTER = re.compile(r",\s*[A-Z]")
# A big city: of this size, or this many times the chosen namesake.
BIG_CITY = 100_000
LARGER_BY = 5
SAME_NAME = 0.7  # the likeness above which a place's own name is the words ("New York City")


def meeting_places(mentions: Sequence[Resolution], text: str) -> None:
    """Move each mention in a sentence about talks to a capital or big city of its name (see
    the module's docstring); call on the mentions of a war report, once they are ranked."""
    talks = [t.start() for t in _TALKS.finditer(text)]  # read once: most mentions need none
    if not talks:
        return
    for m in mentions:
        chosen = m.place
        if chosen is None or chosen.feature == "capital" or chosen.population >= BIG_CITY:
            continue
        if m.cue in ("region", "admin2", "village", "town", "facility", "airport"):
            continue
        if _PLACED_AFTER.match(text, m.end):
            continue
        start, end = _sentence(text, m.start, m.end)
        k = bisect_left(talks, start)
        if k == len(talks) or talks[k] >= end:
            continue
        big = _big_namesake(m.candidates, chosen)
        if big is not None:
            m.candidates.remove(big)
            m.candidates.insert(0, big)
            m.place = big.place
            m.source = source_of(big.place)


def _big_namesake(candidates: Sequence[Candidate], chosen: Place) -> Candidate | None:
    """The best-scored capital or big city that has the words as its name, if any."""
    least = max(BIG_CITY, LARGER_BY * chosen.population)
    for c in candidates:  # best first
        p = c.place
        if p is chosen or p.feature not in ("capital", "city"):
            continue
        if not (c.main_name or c.likeness >= SAME_NAME):
            continue
        if p.feature == "capital" or p.population >= least:
            return c
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding ``text[start:end]``."""
    floor = max(0, start - 300)
    before = max((m.end() for m in _SENTENCE_END.finditer(text, floor, start)), default=floor)
    after = _SENTENCE_END.search(text, end, end + 300)
    return before, after.start() if after else min(len(text), end + 300)
