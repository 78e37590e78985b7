"""The words right after a place that tell what happened there: a clause on it ("Izmail, on
the Danube, where drones set silos alight"; "patients from X, which came under shelling"; "two
boys from X, aged 9 and 11, hurt when a drone hit their yard"); its toll in brackets ("Kupiansk
(2 wounded)", geo.extract.bracketed_tolls); a digest's clipped entry after it, its day or a
dash between ("Ochakiv, 3 March, drone on a minibus", "Dobropillia - drones on the market",
geo.extract.event_phrases). An attack named after the place ("the Kramatorsk missile strike
killed 11") was read as there too for a while: on writers nobody here wrote it
gave one event fewer and two extras (an earlier attack recalled by its name), and nothing on the
development sets, so it was left out."""

from __future__ import annotations

import re

from geo.extract.bracketed_tolls import TOLL_BRACKETED
from geo.extract.event_phrases import clipped_entry
from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import Sentence

_WHERE_AFTER = re.compile(
    r"(?:\s*,\s*(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*,\s*(?:where|which|that|"
    r"(?:(?:were|was|both|all)\s+)?(?:wounded|injured|hurt|killed)\s+(?:when|as|after|by))\s+([^.;]*)",
    re.I,
)

# a place singled out as where it happened: "X and Y as the places where the clashes were
# fiercest" (the last of a list; joined_places reads the list's first places with it)
_SINGLED_OUT = re.compile(
    r"\s+as\s+the\s+(?:places?|spots?|areas?|points?)\s+where\s+([^.;]*)", re.I
)

# what stands between the place and a clipped entry: its day ("Ochakiv, 3 March, "), a dash, a
# colon
_BEFORE_ENTRY = re.compile(r"(?:\s*,\s*[^,.;:\n]{1,20}?,|\s+[-–—]|\s*:)\s+")


def where_after(text: str, sentence: Sentence, hit: PlaceHit) -> bool:
    """Whether the words right after the place ``hit`` tell an event there."""
    if singled_out(text, sentence, hit):
        return True
    m = _WHERE_AFTER.match(text, hit.end, sentence.end)
    gap = _BEFORE_ENTRY.match(text, hit.end, sentence.end)
    if gap is not None and clipped_entry(text, gap.end(), sentence.end):
        return True
    if m is None:
        # "shelling by district: Kupiansk (2 wounded), Izium (1 killed)": its own toll
        return bool(TOLL_BRACKETED.match(text, hit.end, sentence.end))
    return any(t != "meeting" for t, _ in triggers_in(m.group(1)))


def singled_out(text: str, sentence: Sentence, hit: PlaceHit) -> bool:
    """Whether the place ``hit`` is named "as the place where" an event word tells what happened."""
    m = _SINGLED_OUT.match(text, hit.end, sentence.end)
    return m is not None and any(t != "meeting" for t, _ in triggers_in(m.group(1)))
