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
# the force as the document's issuer, its name ending there ("Unmanned Systems Forces |", "Channel
# of the 3rd Strike Drone Battalion.", "... of the Unmanned Systems Forces of the Armed Forces"),
# not the subject of a news headline ("Ukrainian drone unit destroys Russian radar near Belgorod")
_AS_ISSUER = re.compile(r"[ \t]*(?:[|.,:;·—–)\]]|-\s|of\b|\n|$)")
# the enemy as the one acting in the sentence: the force's side is hit, not hitting
_ENEMY_ACTS = re.compile(
    r"\b(?:the\s+)?(?:enemy|occupiers|russians?)\s+(?:(?!(?:was|were|is|are|been)\b)\w+\s+)?"
    r"(?:shelled|struck|hit|attacked|"
    r"dropped|fired|launched|bombed)\b",
    re.I,
)


def drone_force_header(text: str) -> bool:
    """Whether the document opens as a drone force's own (its first lines name the force as
    their issuer)."""
    head = text.lstrip()[:_HEADER_CHARS]
    end = head.find("\n\n") if "\n\n" in head else len(head)
    return any(_AS_ISSUER.match(head, m.end(), end) for m in _FORCE.finditer(head, 0, end))


def force_drones(drafts: list[Draft], text: str) -> None:
    """In a drone force's own document, its strikes told with no weapon are drones."""
    if not drone_force_header(text):
        return
    for d in drafts:
        if d.event_type == "strike" and d.category is None and not d.weapon:
            if not _ENEMY_ACTS.search(d.sentence.text):
                d.category = "drone"
