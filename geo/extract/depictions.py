"""An event word inside what depicts, rehearses or mourns an event, not an event here (extras39): "an
exhibition of Russian armour captured near Kherson opened in Lviv", "a poster for a film about the
battles for Kharkiv", "actors rehearse a play about the air raids on the city", "a civil-defence
drill, rehearsing the response to a missile hitting a grain terminal", "memorial services were held
in X for the victims of the bus strike". The place named with it is where the show, the film, the
drill or the service is, or what it is about; nothing happened there that day (a retold event
keeps the record of its own telling).
Not "a missile struck the square during an exhibition of drones" (the event word comes first), nor
"footage of the strike" or "photos of the damage" (a record of a real event: the event); nor, for a
mourning, "a missile struck the memorial to the victims of X" or "a drone hit mourners who had
gathered at the cemetery" (the event verb comes first: a strike on the mourning, review39)."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued
from geo.extract.troop_gatherings import GATHERED

# what depicts: a show, a film, a book, a play, a mural, about or of something
_DEPICTION = (
    r"(?:exhibitions?|exhibits?|expositions?|films?|movies?|documentar(?:y|ies)|plays?|"
    r"musicals?|operas?|novels?|books?|murals?|paintings?|re-?enactments?)\s+"
    r"(?:(?:of|about|on|dedicated\s+to|devoted\s+to)\b)"
)
# what rehearses: a drill or an exercise and its doing ("rehearsing the response to ...")
_REHEARSAL = (
    r"(?:rehears(?:e|es|ed|ing|als?)|simulat(?:e|es|ed|ing|ions?)|drills?|exercises?)\s+(?:(?:of|for|on)\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:response|reaction|scenario)\s+(?:to|of)\b)?"
)
# what mourns the dead of an event told before: "memorial services for the victims of the bus
# strike", "a vigil for the 35 people killed by the missile strike on X" (the event is retold;
# not "mourn our colleague, who was killed when a drone hit X": no victims named as such)
_MOURNING = (
    r"(?:memorials?|commemorations?|vigils?|requiems?|funerals?|mourning)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:for|of|to)\s+(?:the\s+)?(?:victims|dead|those\s+killed|"
    r"(?:\d+|[\w-]+)\s+(?:people|civilians|residents|passengers)\s+killed)\b"
)
_FRAME = cued(re.compile(rf"\b(?:{_DEPICTION}|{_REHEARSAL}|{_MOURNING})", re.I))
# people gathering to remember the dead: "gathered on Monday to read aloud the names of those
# killed a year ago", "relatives gathered at the memorial stone" (who gathers: `CROWD`)
_REMEMBRANCE = (
    rf"{GATHERED}\s+(?:[\w'’-]+\s+){{0,8}}?(?:to\s+(?:read\s+(?:out\s+|"
    r"aloud\s+)?the\s+names|remember|honou?r|mourn|commemorate|mark\s+the\s+anniversary)|"
    r"at\s+the\s+(?:memorial|grave|graves|cemetery))\b"
)
_MOURNED = cued(re.compile(rf"\b(?:{_MOURNING}|{_REMEMBRANCE})", re.I))

# what ends the frame's reach: a new clause ("; ", ". ", "when", "while", "after"; not "as", which
# as often names what the frame is, "as part of a drill") or a comma followed by a clause of its own
_BREAK = re.compile(r"[;.!?]|\b(?:when|while|whereas|but|after|before|until)\b|,\s+(?!and\b)", re.I)

# an event verb: before a mourning it tells a strike on the mourners or on the memorial ("a drone
# hit mourners who had gathered at the cemetery", "a missile struck the memorial to the victims")
STRUCK = re.compile(
    r"\b(?:hit|hits|hitting|struck|striking|attacked|targeted|shelled|bombed|destroyed|damaged|"
    r"wrecked|slammed\s+into|crashed\s+into|exploded)\b",
    re.I,
)

_REACH = 160  # characters from the frame's start to the event word


def depicted(m: re.Match, text: str) -> bool:
    """Whether the event word ``m`` of ``text`` stands inside a depiction or a rehearsal of an
    event named before it in its clause ("an exhibition of armour captured near X")."""
    before = text[max(0, m.start() - _REACH) : m.start()]
    return any(not _BREAK.search(before, frame.end()) for frame in _FRAME.finditer(before))


def mourned(sentence: str) -> bool:
    """Whether the sentence mourns the dead of an event told before ("a vigil was held for the
    victims of the strike", "relatives gathered at the memorial stone where a missile killed 61
    on 8 April 2022", "people gathered on Monday to read the names of those killed a year ago,
    when missiles exploded"): its event words and figures are that event's, told back; its day
    is the mourning's, not the event's. Not when an event verb comes before the mourning ("a drone
    struck a funeral for the victims of the shelling"): a strike on it, told as news."""
    m = _MOURNED.search(sentence)
    return m is not None and not STRUCK.search(sentence, 0, m.start())
