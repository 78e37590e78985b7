"""A town's fire told with the assault on it: "troops shelled X as they pushed towards the town",
"forces pounded Y while assault groups tried to break into its outskirts", "shelled Z, where our
troops repelled two assaults", "struck W with bombs before launching an assault on the town"
(fighting there: the fire is the assault's, one event). Fire on a town with victims told, or
with the fighting told of another place ("shelled X, injuring two, while fighting continued near
Y"), stays a strike."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger

# between the place and the fighting word: "as", "while", "when", "where", "before", "and" and
# their subject ("where our troops repelled", "and tried to advance", "before launching")
_AS = re.compile(
    r"[^.;:]{0,80}?\b(?:as|while|when|where|before|and)\s+((?:[\w'’-]+\s+){0,4}?)$",
    re.I,
)
# the fighting word tells of the same town: no other name after the link word or after the
# fighting word in the sentence (a side's name aside: "as Russian troops pushed")
NAME_AFTER = re.compile(r"(?:^|\s)(?!(?:Russian|Ukrainian)s?\b)(?-i:[A-Z])[\w'’-]+")
VICTIMS = re.compile(r"(?i)\b(?:kill|injur|wound|hurt|dead|died|civilian)")


def assault_under_fire(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """Whether the place's strike word is fire told with troops' assault on the same place after
    it ("shelled X as they pushed towards the town")."""
    kind, m = word
    text = m.string
    if kind != "strike" or VICTIMS.search(text):
        return False
    # (the fire's own words may come between: "struck X with guided bombs before launching")
    after = next(((t, w) for t, w in triggers if w.start() >= offset and t == "fighting"), None)
    if after is None:
        return False
    end = min(k for k in (text.find(";", after[1].end()), len(text)) if k >= 0)
    link = _AS.fullmatch(text, offset, after[1].start())
    return (
        link is not None
        and not NAME_AFTER.search(link.group(1))
        and not NAME_AFTER.search(text, after[1].end(), end)
    )
