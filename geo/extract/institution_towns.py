"""A town that names a body of speakers is no event's place: "analysts at a Washington
think-tank said ...", "a researcher with a London-based institute", "according to a Kyiv
newspaper". The town says where the speakers sit, as "said in Kyiv" does (``geo.extract.speakers``), not where anything happened. Only a body that speaks is read so
(a think-tank, a newspaper, a broadcaster, a news agency; an institute only "X-based": an
institute, a university or an embassy of a town is often what was hit), and only after the
words that tie people to it ("at", "of", "from", "with", "by", "according to"): "a missile hit
the Kharkiv university" stays a strike on Kharkiv."""

from __future__ import annotations

import re

_TIED = re.compile(
    r"\b(?:at|of|from|with|by|for|to|according\s+to)\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?$", re.I
)
_BODY = re.compile(
    r"(?:-based)?(?:\s+[\w'’-]+)?\s+(?:think[\s-]?tanks?|newspapers?|dailies|daily|broadcasters?|"
    r"magazines?|news\s+(?:outlets?|agency|agencies|sites?))\b|-based\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:think[\s-]?tanks?|institutes?|analysts?|researchers?|monitors?|groups?|outlets?)\b",
    re.I,
)


def speakers_town(before: str, after: str) -> bool:
    """Whether the place between ``before`` and ``after`` (its sentence's words on either side)
    names the seat of a body of speakers (see the module's docstring)."""
    return bool(_TIED.search(before) and _BODY.match(after))
