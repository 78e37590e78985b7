"""Entry lines: short lines without a full stop that are a log's or a list's entries, not titles.

A title stands over a body that retells it: the report's opening lines, or a story's first line.
An entry is one of a log's lines ("14 May 2025 - Kherson - ambulance hit by a drone", "02:40 -
a drone came down near X") or of a sheet's run of such lines ("3 killed in a strike on X", "27
injured in Y"), or a picture's caption ("Photo: the depot in X after the strike"): it tells its
event once, and no body retells it. Its events are kept although its line has the shape of a
title (``sentences.is_headline``)."""

from __future__ import annotations

import re

from geo.extract.publication import MONTH_RE
from geo.extract.sentences import CLOCK, Sentence, is_headline

# a date or a clock time: "14 May 2025", "May 14", "14.05.2025", "2025-05-14", "02:40", "9.20 pm"
STAMP = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\.?(?:,?\s+\d{{4}})?|\d{{4}}-\d\d-\d\d"
    rf"|(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|{CLOCK})"
)
# a day and its clock, in either order: "2 June, 22:15", "22:15, 2 June", "3 May at 04:10"
STAMPS = rf"{STAMP}(?:,?\s+(?:at\s+)?{STAMP})?"
# a stamp at a line's start, parted from what follows by a dash, a bar or a colon: "14 May 2025
# - ", "May 14: ", "14.05.2025 | ", "02:40 - ", "2 June, 22:15 | "
_STAMPED = re.compile(rf"^\s*{STAMPS}\s*[-\u2013\u2014|:]\s*\S", re.I)
_RUN = 3  # lines of a title's shape in a row (blank lines between) that make a list
# a picture's caption: "Photo: the warehouse in Odesa after the night's drone attack", "Pictured
# - rescuers in Kharkiv", "Video shows the strike on X": it tells what it shows, no title
_CAPTION = re.compile(
    r"^\s*[(\[]?(?:photo|pictured|picture|caption|image|video|footage)\b\s*(?:[:|\u2013\u2014-]|shows?\b)",
    re.I,
)


def entry_lines(text: str, sentences: list[Sentence]) -> set[int]:
    """The starts of the sentences that stand alone on an entry line: after the report's
    opening lines, a line opened by a date or a clock time, or one of a run of at least three
    title-shaped lines with no body line between them, or of a run after a line ending with a
    colon (a list's lead-in: "Casualties:" then "Beryslav – 1 killed, 2 injured;")."""
    shaped: list[tuple[Sentence, bool]] = []  # each line's first sentence, and its title shape
    last_before: dict[int, Sentence] = {}  # the sentence before each line's first
    for prev, s in zip([None, *sentences], sentences, strict=False):
        if prev is not None:
            last_before[s.start] = prev
        if not shaped or shaped[-1][0].paragraph != s.paragraph:
            shaped.append((s, is_headline(text, s)))
    body = next((k for k, (_, title) in enumerate(shaped) if not title), len(shaped))
    out: set[int] = set()
    k = body
    while k < len(shaped):
        if not shaped[k][1]:
            k += 1
            continue
        run_end = k
        while run_end < len(shaped) and shaped[run_end][1]:
            run_end += 1
        run = [s for s, _ in shaped[k:run_end]]
        lead = last_before.get(run[0].start)
        listed = lead is not None and lead.text.rstrip().endswith(":")  # "Casualties:" then items
        out.update(
            s.start
            for s in run
            if len(run) >= _RUN or listed or _STAMPED.match(s.text) or _CAPTION.match(s.text)
        )
        k = run_end
    return out
