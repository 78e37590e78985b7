"""A form's keys are no places (issue 16, the place in a form's field): in an incident log's
entry "Location: Kupiansk / Time: 02:40 / Summary: ...", the key "Time" is a village in Norway
to the gazetteer, and read so it made a second heading over the lines below and left them no
place. In a run of field lines ("Key: value", :data:`geo.extract.cards.FIELD`) one of which is
keyed as a place ("Location", "Settlement", "Address"), the other keys are the form's labels.
A tally's "Kharkiv region: 5" over "Sumy region: 3" has no place key: its keys stay places."""

from __future__ import annotations

import re

__all__ = ["form_keys"]

# a place key is a label ("Location", "Place of incident", "Settlement"), not a place named with
# its region ("- Bila Tserkva (Kyiv region): a drone hit ..." in a list of towns)
_LABEL = re.compile(r"[A-Z][a-z]*(?:[ \t]+[a-z]+){0,3}")
# a schedule's keys: a training's "Topic: first aid under shelling" tells no event at its place
_SCHEDULE = re.compile(r"(?:Topic|Subject|Agenda|Theme|Course|Session|Speaker)s?", re.I)


def form_keys(text: str) -> list[tuple[int, int]]:
    """The spans of the keys of the form's field lines in ``text`` that are no place keys, in
    runs of field lines holding a place key."""
    if ":" not in text:
        return []
    # (imported here: the cards' figures read casualties, whose drafts read places)
    from geo.extract.cards import FIELD, field_kind  # noqa: PLC0415

    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    placed = False
    pos = 0
    schedule = False
    for line in text.split("\n"):
        m = FIELD.fullmatch(line) if ":" in line else None
        if m is None:
            out += run if placed and not schedule else []
            run, placed, schedule = [], False, False
        else:
            key = m.group("key")
            if field_kind(key) == "place" and _LABEL.fullmatch(key):
                placed = True
            else:
                schedule = schedule or bool(_SCHEDULE.fullmatch(key))
                run.append((pos + m.start("key"), pos + m.end("key")))
        pos += len(line) + 1
    out += run if placed and not schedule else []
    return out
