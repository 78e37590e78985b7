"""The place a struck thing is part of: "sea drones struck the road section of the Kerch
bridge", "drones hit the primary processing unit of the Ryazan refinery". The hit verb's object
is a part of the place named after "of", so the blow fell there, however many words name the
part (the role rules' gap after a hit verb allows three). A part with a name of its own ("hit the
Unecha pumping station of the Druzhba pipeline") is that name's place, not the owner's."""

from __future__ import annotations

import re

STRUCK_PART_BEFORE = re.compile(
    r"\b(?:hit|hits|struck|strikes|striking|targeted|targeting|attacked|damaged|shelled|bombed|"
    r"destroyed)\s+(?:the|an?|its|one|two|three|four|several)\s+(?:(?-i:[a-z])[\w'’-]*\s+){1,4}?"
    r"of\s+(?:the\s+)?$",
    re.I,
)
