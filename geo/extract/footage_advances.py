"""Ground fighting seen in footage: "Geolocated footage shows Russian troops pushing into X", "a
clip, geolocated to the western outskirts of Y, seems to show Russian infantry pushing into the
private-house sector", "footage indicates that Russian forces recently advanced in central Z",
"video shows soldiers raising a flag in W". An OSINT thread or a think-tank note tells an advance
by what a video shows, with no fight word of the lexicon's (or with one whose object is no
place: "pushing into the private-house sector"); the hedge around it ("we cannot confirm",
"appears to show") makes it unverified, as the verification rule reads any hedge. Footage of
weapons, ruins or a strike ("shows a drone hitting a truck") is no troops' and no fighting. A
fighting pattern of :mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["CUES", "FOOTAGE", "THEN"]

# troops and what they do, in a sentence holding footage and what it shows (the cues): the match
# begins at the troops, so that the side named before them ("Russian infantry") is the actor
FOOTAGE = re.compile(
    r"\b((?:troops|forces|soldiers|infantry|infantrymen|units|servicemen|assault\s+groups?|"
    r"armou?red\s+vehicles?|tanks)\s+"
    r"(?:(?:have|has|had|were|was|are|is|recently|likely|reportedly)\s+){0,2}"
    r"(?:push(?:ing|ed)|advanc(?:ing|ed)|moving|moved|entering|entered|operating|assaulting|"
    r"attacking|storming|raising|clearing|walking|in\s+(?:the\s+)?(?:cent(?:re|er|ral)|"
    r"(?:north|south|east|west)\w*)|inside))\b",
    re.I,
)
CUES = ("footage", "video", "clip", "imag", "photo", "drone feed")
THEN = ("show", "indicat", "depict", "suggest")

# where the footage was filmed: "footage from X", "a clip geolocated to the western outskirts of
# Y", "video filmed in Z" is where the event it shows took place (not a speaker's "from X")
FILMED_AT = re.compile(
    r"\b(?:(?:footage|videos?|clips?|imagery|images|photos?)\s+(?:[\w-]+\s+){0,2}?from|"
    r"(?:geolocated|filmed|recorded)\s+(?:to|in|at|near|on))\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:outskirts|edge|parts?|cent(?:re|er)|district|streets?)\s+of\s+"
    r"(?:the\s+)?)?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)
