"""A town's fire told with the assault on it: "troops shelled X as they pushed towards the town",
"forces pounded Y while assault groups tried to break into its outskirts" (fighting there: the
fire is the assault's, one event). Fire on a town with victims told, or with the fighting told of another place ("shelled X, injuring two,
while fighting continued near Y"), stays a strike."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger

# between the place and the fighting word: "as", "while", "when" and their subject
_AS = re.compile(
    r"[^.;:]{0,80}?\b(?:as|while|when)\s+(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)
# the fighting word tells of the same town: no other name after it in the sentence
_NAME_AFTER = re.compile(r"\s(?-i:[A-Z])[\w'’-]+")
_VICTIMS = re.compile(r"(?i)\b(?:kill|injur|wound|hurt|dead|died|civilian)")


def assault_under_fire(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """Whether the place's strike word is fire told with troops' assault on the same place after
    it ("shelled X as they pushed towards the town")."""
    kind, m = word
    text = m.string
    if kind != "strike" or _VICTIMS.search(text):
        return False
    after = next(((t, w) for t, w in triggers if w.start() >= offset), None)
    if after is None or after[0] != "fighting":
        return False
    end = min(k for k in (text.find(";", after[1].end()), len(text)) if k >= 0)
    return _AS.fullmatch(text, offset, after[1].start()) is not None and not _NAME_AFTER.search(
        text, after[1].end(), end
    )
