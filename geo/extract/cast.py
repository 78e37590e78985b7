"""Who a transcript's turn labels are (issue 16, spoken transcripts): a label is often a role
("GOVERNOR:", "GUEST:", "MAYOR:") or a surname ("LYSAK:") whose full name the header gives
("Participants: Oleh Syniehubov, head of the regional military administration; ...", "Guest:
Serhii Lysak, head of the city military administration"). The turn's claimant is that person, as
the header names him, not the label as written."""

from __future__ import annotations

import re

_HEADER = 800  # (how far into the text the header lists those who speak)
# a header line listing speakers: "Participants: ...", "Guest: ...", "Speakers: ..."
_CAST_LINE = re.compile(
    r"(?m)(?:^|(?<=[.;]\s))[^\S\n]*(?P<key>Participants|Speakers|Guests?|Panel(?:lists)?|Present|"
    r"With|Interviewee|Speaker|On\s+the\s+line)[^\S\n]*:[^\S\n]*(?P<who>[^\n]{3,400})"
)
# one person of a list: "Oleh Syniehubov, head of ...", "Oleh Syniehubov (head of ...)"
_PERSON = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]+[^\S\n]+){1,3}[A-Z][\w'’-]+)[^\S\n]*(?:,|\(|-|–|—)[^\S\n]*"
    r"(?P<role>[^()\n]{3,120})"
)
# a role label and the words of the offices it names
_OFFICES = {
    "GOVERNOR": (
        "governor",
        "regional military administration",
        "regional state administration",
        "head of the region",
        "regional administration",
    ),
    "MAYOR": ("mayor", "city military administration", "city council", "head of the city"),
    "HEAD": ("head of", "heads the", "chief of"),
    "SPOKESMAN": ("spokes", "speaks for", "press officer"),
    "SPOKESPERSON": ("spokes", "speaks for", "press officer"),
    "SPOKESWOMAN": ("spokes", "speaks for", "press officer"),
}


def _people(text: str) -> list[tuple[str, str, str]]:
    """The header's speakers: (the line's key, full name, role as written)."""
    found = []
    for m in _CAST_LINE.finditer(text, 0, _HEADER):
        key = m.group("key").lower()
        for part in re.split(r";|\.\s", m.group("who")):
            if p := _PERSON.match(part.strip()):
                role = p.group("role").strip(" .,;)")
                role = re.sub(r"^(?:(?:he|she|who)\s+)?heads\s+", "head of ", role)
                found.append((key, p.group("name"), role))
    return found


def _named(label: str, people: list[tuple[str, str, str]]) -> tuple[str, str] | None:
    """The person a label stands for: by surname, by the header line's key ("GUEST:" and one
    "Guest:"), or by the one office the label names."""
    low = label.lower()
    by_name = [(n, r) for _, n, r in people if low in n.lower().split()]
    by_key = [(n, r) for k, n, r in people if k.lower().rstrip("s") == low]
    # the office's words, or the label's own long words ("RESCUE SERVICE": "... service")
    words = _OFFICES.get(label.split(" ", 1)[0]) or tuple(w for w in low.split() if len(w) > 4)
    by_office = [(n, r) for _, n, r in people if any(w in r.lower() for w in words)]
    for found in (by_name, by_key, by_office):
        if len(found) == 1:
            return found[0]
    return None


def cast_of(text: str, labels: set[str]) -> dict[str, str]:
    """The claimant of each label the header names a person for ("GOVERNOR" -> "Oleh
    Syniehubov, head of the regional military administration")."""
    if not labels or not (people := _people(text)):
        return {}
    named = {}
    for label in labels:
        if who := _named(label, people):
            named[label] = f"{who[0]}, {who[1]}"
    return named
