"""A strike told in a drone force's own document is its drones' strike: the channel, statement
or report of the Unmanned Systems Forces, a drone unit, battalion or company tells what "our
crews", "our birds" or "the pilots" hit without naming the weapon each time ("Pokrovsk
direction: in Novohrodivka an ammunition depot burned for forty minutes"), as an air force's
post tells its downings (issue 16: the weapon named once, by the document's header, not by the
event's sentence). A weapon the sentence names (a bomber's glide bomb, the enemy's shells) stays
its own; the enemy's attacks on the force ("the enemy shelled our positions") take none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# the header's force: the Unmanned Systems Forces ("USF"), a drone or UAV unit of any size
_FORCE = re.compile(
    r"(?i:\bunmanned\s+systems\s+forces\b)|\bUSF\b|"
    r"(?i:\b(?:drone|UAV|unmanned\s+(?:aerial\s+)?systems?|strike\s+drone)\s+"
    r"(?:unit|battalion|regiment|brigade|company|forces|centre|center|squadron|group)\b)"
)
_HEADER_CHARS = 400
# the enemy as the one acting in the sentence: the force's side is hit, not hitting
_ENEMY_ACTS = re.compile(
    r"\b(?:the\s+)?(?:enemy|occupiers|russians?)\s+(?:(?!(?:was|were|is|are|been)\b)\w+\s+)?"
    r"(?:shelled|struck|hit|attacked|"
    r"dropped|fired|launched|bombed)\b",
    re.I,
)


def drone_force_header(text: str) -> bool:
    """Whether the document opens as a drone force's own (its first lines name the force)."""
    head = text.lstrip()[:_HEADER_CHARS]
    return bool(_FORCE.search(head, 0, head.find("\n\n") if "\n\n" in head else len(head)))


def force_drones(drafts: list[Draft], text: str) -> None:
    """In a drone force's own document, its strikes told with no weapon are drones."""
    if not drone_force_header(text):
        return
    for d in drafts:
        if d.event_type == "strike" and d.category is None and not d.weapon:
            if not _ENEMY_ACTS.search(d.sentence.text):
                d.category = "drone"
