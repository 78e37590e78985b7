"""A place told with its own event verb right after it, in a list of a headline or a summary:
"Huliaipole street fighting, Tuapse hit again, talks in Geneva", "Fighting went on near Bakhmut,
Klishchiivka was shelled", "Kupiansk front quiet; Izium struck overnight". The word before the
place belongs to the list item before (after a comma, a semicolon or a dash); the participle that
follows the place, with at most a few words of what was hit between, is the place's own."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger

# the place (and a few words naming what of it was hit), then an auxiliary: "Tuapse hit",
# "Klishchiivka was shelled", "the Kremenchuk power plant struck", "Izium has again been hit"
# (not another clause's subject: "X and that no ship was damaged", "X as two drones were downed")
_PLACE_THEN_VERB = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?!(?:and|or|but|that|no|not|nothing|nobody|none|while|as|when|"
    r"after|before|which|who|where|if|its|their|his|her|a|an|one|two|three|\d+)\b)[\w'’-]+){0,4}?"
    r"\s+(?:(?:was|were|is|are|has|have|had)\s+)?"
    r"(?:(?:again|also|once\s+more|heavily|badly|repeatedly)\s+)?(?:been\s+)?"
    r"(?:(?:again|also|once\s+more|heavily|badly|repeatedly)\s+)?",
    re.I,
)
# a participle of an event: "hit", "struck", "shelled", "attacked", "taken", "shot down"
_PARTICIPLE = re.compile(r"(?i)(?:hit|struck|taken|seized|shot\s+down|[\w-]+ed)")
# the word before belongs to the list item before: a comma, a semicolon or a dash between
_ITEM_BREAK = re.compile(r"[,;—–]|\s-\s")


def own_verb_after(triggers: list[Trigger], offset: int, floor: int) -> str | None:
    """The type of the participle right after the place at ``offset`` when the place's clause
    (after ``floor``) has no event word, or only one before a list break ("X fighting, Y hit"),
    else None."""
    after = next(((t, m) for t, m in triggers if m.start() >= offset), None)
    if after is None or not _PARTICIPLE.fullmatch(after[1].group()):
        return None
    text = after[1].string
    if not _PLACE_THEN_VERB.fullmatch(text, offset, after[1].start()):
        return None
    before = [m for _, m in triggers if floor <= m.start() < offset]
    if before and not _ITEM_BREAK.search(text, before[-1].end(), offset):
        return None  # "Drones attacked Kharkiv and Odesa was hit": the clause's own word stays
    return after[0]
