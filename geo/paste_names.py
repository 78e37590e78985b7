"""The name a report pasted without one is saved under.

Event ids are made from the report's name, so a pasted text named by the time of its paste got
new ids each time: the second analyst of a team pasting the morning statement the first had
saved (or one analyst pasting it again) saved every event a second time ("Saved 6 new events"),
the review warning only that they "may already be in the store from another source" (newuser36).
A text the store already holds (the reports table, keyed by the text's SHA-256) is named as it
was then, so its events keep their ids: the review says they are stored already, and a save adds
nothing. A new text is named by the time and the start of its fingerprint: by the time alone,
two texts pasted in the same second (two analysts of a team) were one name, and the second's
events replaced the first's of the same type, place, day and weapon ("updated 1"; attack37).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from geo import store
from geo.store.common import Report, StoreError, report_hash


def paste_name(text: str, now: datetime | None = None, path: str | Path | None = None) -> str:
    """The name the store saved ``text`` under before, else "pasted-", the time ``now``
    (default: this moment) and the text's fingerprint's first 8 digits, e.g.
    "pasted-20261207-101327-3f9a0c1e"."""
    try:
        reports = store.saved_reports(path)
    except StoreError:  # an unreachable store: the save itself says so
        reports = None
    sha = report_hash(Report("", text))
    if reports is not None and len(reports):
        same = reports.loc[reports["sha256"] == sha, "source"]
        if len(same):
            return str(same.iloc[0])
    return f"pasted-{(now or datetime.now()):%Y%m%d-%H%M%S}-{sha[:8]}"
