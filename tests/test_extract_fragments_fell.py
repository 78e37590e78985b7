"""Fragments of a downed drone told by the word "fragments" or "fragment" alone where they fell
("In X a fragment fell on the roof of a block", "In the town of Y, UAV fragments dropped onto a
garden") are an interception there, like debris; shell fragments that fell on a place are the
shelling's, a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 3, 11))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Overnight air defence was busy again. In Podolsk a fragment fell onto the roof of "
            "a garage cooperative; nobody was hurt.",
            "Podolsk",
        ),
        (
            "In the town of Engels, drone fragments dropped into the yard of a school, the "
            "regional ministry said.",
            "Engels",
        ),
    ],
)
def test_fragments_where_they_fell_are_an_interception(extractor, text, place):
    assert _kinds(extractor, text).get(place) == "interception"


def test_shell_fragments_stay_a_strike(extractor):
    text = "In Nikopol shell fragments fell on a kindergarten on Tuesday morning."
    assert _kinds(extractor, text).get("Nikopol") == "strike"
