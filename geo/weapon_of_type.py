"""A generic weapon word told with the system whose type it is: "drones of the Shahed type",
"missiles of the Storm Shadow family", "UAVs of the Geran-2 model" are that system (errors37:
"missiles of the Storm Shadow family" was a missile of no kind, "drones of the Shahed type" no
weapon named). The system named first ("Shahed-type drones", "Kalibr-class missiles") was read
already: the generic word after it belongs to it (``weapon_words``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.weapons import WeaponMention

# (the blank before "of" seen from behind: a long run of blanks is not tried from each of its
# positions)
_OF_THE = re.compile(r"(?<=\s)of\s+(?:the\s+)?$", re.I)
_TYPE_AFTER = re.compile(r"^[\s-]*(?:type|family|class|kind|model|variant|series)\b", re.I)


def of_their_type(text: str, mentions: list[WeaponMention]) -> list[WeaponMention]:
    """The mentions, a generic word followed by "of the <system> type" taking the system's name
    and kind."""
    out = list(mentions)
    for i, (generic, system) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if (
            generic.weapon is None
            and system.weapon is not None
            and _OF_THE.search(text[generic.end : system.start])
            and _TYPE_AFTER.match(text[system.end : system.end + 12])
        ):
            out[i] = replace(generic, weapon=system.weapon, category=system.category)
    return out
