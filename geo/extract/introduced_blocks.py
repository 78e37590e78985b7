"""A line of its own that names a side's official or body and ends with a colon introduces that
one's word: "Mayor of Mykolaiv Oleksandr Sienkevych on the night attack:", "The governor of the
Bryansk region, Alexander Bogomaz:", "From the update of the State Emergency Service:". The
events the paragraphs below it tell with no speaker of their own, to the next such line, a
heading or the end, are that one's claim (a header naming the report's issuer is
`geo.extract.issuer`; a digest's body name line above each post, `geo.extract.sourced`).
"""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, claimant_in, independent, official
from geo.extract.draft import Draft
from geo.extract.issuer import speaks_for_itself

# a whole line ending with its colon: the one who speaks, then what about ("on the night attack",
# "about the shelling of Nikopol"), then the colon
_INTRO = re.compile(
    r"^[ \t]*(?:(?:from|in)\s+(?:the\s+)?(?:(?:latest|morning|evening|daily)\s+)?"
    r"(?:update|post|statement|summary|report|message)\s+(?:of|from|by)\s+)?"
    r"(?P<who>[A-Z][^:.!?\n\"“”]{2,100}?)"
    r"(?:\s+(?:on|about|regarding)\s+(?:the\s+)?[^:.!?\n\"“”]{2,60}?)?[ \t]*:[ \t]*$",
    re.M,
)
# a heading line (short, no full stop, no colon), where the block ends
_HEADING = re.compile(r"^[ \t]*[^\n.:!?]{1,60}[ \t]*$")


# ... or a sentence naming only a body's document: "Morning report of the Kherson RMA.", "Update
# from the Sumy OVA, 3 June."
_DOCUMENT = re.compile(
    r"^[ \t]*(?:(?:the|an?)\s+)?(?:(?:morning|evening|daily|latest|official|night)\s+)?"
    r"(?:report|update|summary|statement|briefing|post|message)\s+(?:of|from|by)\s+"
    r"(?P<who>[A-Za-z][^:.!?\n\"“”]{2,80}?)(?:,\s+\d[^.!?\n]*)?[ \t]*[.:][ \t]*",
    re.I,
)


def introducer(line: str) -> tuple[str, int] | None:
    """The official or body a line ending with a colon (or opening with a sentence naming only
    a body's document) introduces, and where its word starts in the line."""
    m = (_INTRO.match(line) if line.rstrip().endswith(":") else None) or _DOCUMENT.match(line)
    if not m or len(m.group("who").split()) > 12:
        return None
    who = re.sub(r"^(?:the|an?)\s+", "", m.group("who").strip().rstrip(","), flags=re.I)
    who = who[:1].upper() + who[1:]
    if speaks_for_itself(who) or official(who):
        said = CLAIM_VERB.search(who) and claimant_in(line.strip().rstrip(":"))
        named = said or claimant_in(f"according to {who}") or who  # ("X wrote on Telegram:")
        return None if independent(named) else (named, m.end())
    return None


def claim_introduced(drafts: list[Draft], text: str) -> None:
    """The events with no speaker of their own told in the paragraphs below a line introducing
    an official's or a body's word (to the next such line or heading) are that one's claim."""
    lower = text.lower()
    if ":\n" not in text and not re.search(r":[ \t]+\n", text) and " of the " not in lower:
        return  # (a quick look first)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    who, since = None, 0
    blocks: list[tuple[int, int, str]] = []
    for k, line in enumerate(lines):
        intro = introducer(line) if ":" in line or _DOCUMENT.match(line) else None
        heading = not intro and _HEADING.fullmatch(line) and line.strip()
        if (intro or heading) and who:
            blocks.append((since, starts[k], who))
            who = None
        if intro:
            who, since = intro[0], starts[k] + intro[1]
    if who:
        blocks.append((since, len(text), who))
    for start, end, body in blocks:
        for d in drafts:
            if start <= d.sentence.start < end and not (d.claimed_by or d.hedged or d.confirmed):
                d.claimed_by, d.attributed = body, True
