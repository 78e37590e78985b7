"""Report text to event records (DESIGN.md schema), by lexicons and rules.

One concern a module: ``markup`` (tags and entities of pasted text, blanked in place),
``language`` (a warning for text that is not English), ``sentences`` (offsets, title lines),
``dates`` (publication and relative dates), ``lexicon`` (event words, which word and weapon
belong to a place), ``places`` (finding places and their roles), ``firms`` (business names
that are no place), ``casualties`` (figures), ``attribution`` (hedges, claims, the acting
side, verification), ``drafts`` (one draft per event mention, sentence by sentence),
``continuation`` (what a sentence without a place adds to the event before it), ``merging``
(mentions of one event as one), ``pipeline`` (the ``Extractor`` that runs them in order).
"""

from __future__ import annotations

from geo.extract.dates import When, date_in
from geo.extract.pipeline import Extractor
from geo.extract.publication import Publication, publication_from_header
from geo.extract.sentences import Sentence, split_sentences

__all__ = [
    "Extractor",
    "Publication",
    "Sentence",
    "When",
    "date_in",
    "publication_from_header",
    "split_sentences",
]
