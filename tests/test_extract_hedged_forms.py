"""Extraction, hedges (verif16): what only social media showed ("Social media posts showed
smoke above ...", "videos shared by social media users appear to show ...") and what "there
were reports of" are unverified, in a wire's, a blog's and a regional paper's words."""

from __future__ import annotations

import pytest
import test_extract_relayed as relayed

extractor = relayed.extractor  # the same module-scoped fixture
_by_place = relayed._by_place

_WIRE = """Explosions at Crimean airfield

Social media posts showed plumes of smoke above the Saky airfield in Crimea on Tuesday after a series of explosions.
"""
_BLOG = """Night notes

Videos shared by social media users appear to show a fire at an oil depot in Feodosia after a drone attack.
"""
_PAPER = """Enerhodar

There were reports of shelling in Enerhodar on Saturday; the occupation authorities gave no details.
"""


@pytest.mark.parametrize(
    ("text", "place"),
    [(_WIRE, "Saky Air Base"), (_BLOG, "Feodosiya"), (_PAPER, "Enerhodar")],
)
def test_what_only_social_media_or_reports_tell_is_unverified(extractor, text, place):
    event = _by_place(extractor, text)[place]
    assert event["event_type"] == "strike"
    assert event["verification"] == "unverified"
