"""A side's service named without its country ("the Navy said", "the ministry says", "Air force",
"the same ministry", "its General Staff") claims for the side the report names that service of:
"Ukraine's navy", "Russian Defence Ministry", "the Ministry of Defence of the Russian Federation"
elsewhere in the text (its header, its lead) make the bare name that body, as the text writes
it. Only when the report names the service of one side alone: a report naming both sides' navies
leaves "the Navy" as it stands, and so does a report that names it of neither."""

from __future__ import annotations

import re

from geo import theatre

_SERVICES = {
    "navy": r"nav(?:y|al\s+forces)",
    "air force": r"air\s+force",
    "ministry": r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|ministry)",
    "general staff": r"general\s+staff",
    "fleet": r"(?:black\s+sea\s+)?fleet",
    "border guard": r"(?:state\s+)?border\s+guard(?:\s+service)?",
    "national guard": r"national\s+guard",
}
# the claimant as a bare service: "Navy", "the same ministry", "Its General Staff", "Navy spokesman"
_BARE = re.compile(
    r"(?i)^(?:(?:the|its|same|the\s+same)\s+)?(?P<service>"
    + "|".join(f"(?P<s{k}>{p})" for k, p in enumerate(_SERVICES.values()))
    + r")(?P<tail>['’]s)?(?P<role>\s+spokes(?:man|woman|person))?$"
)


def _named_of_sides(text: str, pattern: str) -> dict[str, str]:
    """The sides the text names the service of, each with the words it names it in."""
    found: dict[str, str] = {}
    for side in theatre.current().sides:
        names = "|".join(re.escape(n) for n in (side.name, *side.demonyms))
        before = re.compile(rf"\b(?:{names})(?:['’]s)?\s+{pattern}\b", re.I)
        after = re.compile(
            rf"\b{pattern}\s+of\s+(?:the\s+)?(?:(?:{names})\s+Federation|{names})\b", re.I
        )
        m = before.search(text) or after.search(text)
        if m is not None:
            found[side.name] = m.group(0)
    return found


def with_its_side(text: str, who: str | None) -> str | None:
    """``who`` with its side, when it is a bare service the report names of one side alone."""
    bare = _BARE.match(who) if who else None
    if bare is None:
        return who
    k = next(int(g[1:]) for g, v in bare.groupdict().items() if g[1:].isdigit() and v)
    sides = _named_of_sides(text, list(_SERVICES.values())[k])
    if len(sides) != 1:
        return who
    (named,) = sides.values()
    named = named[:1].upper() + named[1:]
    return f"{named}{bare.group('role') or ''}"
