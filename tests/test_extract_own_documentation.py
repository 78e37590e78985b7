"""Extraction, verification: the report's own documentation bears an event out ("we documented
three killed", "our monitors documented", "the Mission had verified that death"), whoever
else told it."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.attribution import borne_out


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "A guided bomb fell on a clinic in Izium; we documented two patients killed.",
        "The district head said a shell hit a shop in Kupiansk; we verified the death with the owner.",
        "A drone hit a van near Kherson; our field monitors documented one man injured.",
        "A rocket hit a bus stop in Sloviansk, and the Mission had verified the two deaths by noon.",
        "We have confirmed four injured after a drone struck a school in Sumy.",
    ],
)
def test_the_reports_own_documentation_bears_out(sentence):
    assert borne_out(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "We recorded the episode just before the shelling of Nikopol began.",
        "The governor said a drone hit a shop in Kupiansk; we could not verify the death.",
        "The Russian mission said its air defence downed drones over Belgorod.",
        "The ministry documented damage to a school in Sumy.",
    ],
)
def test_a_sides_word_or_a_doubt_bears_nothing_out(sentence):
    assert not borne_out(sentence, None)


def test_an_officials_toll_we_documented_is_confirmed(extractor):
    text = (
        "Monthly protection note, October\n\n"
        "The regional governor said a guided bomb hit the market in Kostiantynivka on 9 October; "
        "we documented three killed and nine injured.\n"
    )
    events = [e for e in extractor.extract(text, "t") if "ntynivka" in e["place"]]
    assert events and all(e["verification"] == "confirmed" for e in events)
