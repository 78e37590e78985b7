"""An attack of the body ("died of a heart attack", "a panic attack") is no armed cause: the
armed-cause words (``armed_words``) leave it out, so a natural death beside it is no event of
the war, where a death beside shelling still is."""

from __future__ import annotations

import re
from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.armed_words import ARMED, ARMED_OR_BLAST, CAUSE


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text", ["died of a heart attack", "a heart-attack", "had a panic attack", "an asthma attack"]
)
def test_an_attack_of_the_body_is_no_armed_word(text):
    assert not ARMED.search(text) and not ARMED_OR_BLAST.search(text)
    assert not re.search(rf"\b{CAUSE}\b", text, re.I)


@pytest.mark.parametrize("text", ["a drone attack", "the attack on the port", "attacked at dawn"])
def test_an_armed_attack_still_is(text):
    assert ARMED.search(text) and ARMED_OR_BLAST.search(text)


def test_a_natural_death_in_a_remembrance_column_is_no_event(extractor):
    text = (
        "Remembrance column, Saturday, 8 March 2025\n\n"
        "HONCHAR, Mykola, 77. Died of a heart attack at his home in Orikhiv on 4 March.\n\n"
        "LYSENKO, Daria, 59. Died of shrapnel wounds in Huliaipole on 5 March.\n"
    )
    records = extractor.extract(text, "test", date(2025, 3, 8))
    assert [(r["place"], r["fatalities"]) for r in records] == [("Hulyaypole", 1)]
