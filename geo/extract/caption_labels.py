"""A caption's label before its place (issue 16, photo captions): a photo desk's "Frame 1.
Kherson, Korabelnyi district, 2 March 2025.", an exhibition's "Photo 3. Kharkiv, Saltivka", a
slide's "Fig. 2 — Odesa, port area" over the lines that tell what the picture shows. The label
ends no sentence (the line is one heading, as a numbered item's "1." is) and stands before the
heading's place as a bullet would; a line it opens is a caption's head, not the report's header
(its day is the picture's)."""

from __future__ import annotations

import re

__all__ = ["CAPTION_LABEL", "label_end"]

# the label: a word of pictures and its number ("Photo 3.", "Frame 12:", "Fig. 2 —",
# "Image No. 4)"), opening its line
CAPTION_LABEL = re.compile(
    r"[ \t]*(?:[*_#]{1,3}[ \t]*)?(?:Photo(?:graph)?|Frame|Picture|Pic|Image|Fig\.?|Figure|Slide|"
    r"Still|Plate)[ \t]+(?:No\.?[ \t]*)?\d{1,3}[a-z]?(?:[.:)]|[ \t]+[\u2013\u2014|-])?"
    r"(?:[ \t]*[*_]{1,3})?(?=[ \t])",
    re.I,
)


def label_end(text: str, start: int, end: int | None = None) -> int:
    """Where a caption's label opening the line at ``start`` ends (``start`` when none)."""
    m = CAPTION_LABEL.match(text, start, len(text) if end is None else end)
    return m.end() if m else start
