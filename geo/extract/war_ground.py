"""War events only where the war is fought: in a report of this war, a strike, a battle or a
downing placed outside the theatre's ground (``data/theatre.toml``: the sides, their neighbours,
the Black Sea's shores) is a common word the gazetteer knows as a town far away ("Part of the
stock was damaged": Perth, Australia; a governor's "Fedorov": a town of Kazakhstan; "the DA's
car": Dasoguz). Talks abroad and the 'other' events of stray drones keep their place, and so
does a sea (no country); a report with no war event on the ground (another war's) keeps all.
So does an event whose own sentence names its country: the writer placed it there ("Israeli
strikes near Damascus in Syria", "a sea drone hit a tanker off Senegal, near Dakar")."""

from __future__ import annotations

import re
from collections.abc import Callable

from geo import theatre

WAR_TYPES = frozenset({"strike", "fighting", "interception"})


def on_war_ground(
    records: list[dict], country_name: Callable[[str], str | None] = lambda code: None
) -> list[dict]:
    """``records`` without the war events placed in a country off the theatre's ground, when
    some war event of the report is on it; one whose sentence names its country (its English
    name, ``country_name`` of its code) stays."""
    ground = theatre.current().ground

    def off(r: dict) -> bool:
        return (
            r["event_type"] in WAR_TYPES and bool(r.get("country")) and r["country"] not in ground
        )

    if not any(r["event_type"] in WAR_TYPES and not off(r) for r in records):
        return records
    return [r for r in records if not off(r) or _country_told(r, country_name)]


def _country_told(r: dict, country_name: Callable[[str], str | None]) -> bool:
    """Whether the record's own sentence names its country ("... near Damascus in Syria")."""
    name = country_name(r["country"])
    if not name:
        return False
    return re.search(rf"\b{re.escape(name)}\b", r["source_text"] or "") is not None
