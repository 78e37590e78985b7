"""Extraction, attribution: a speaker described by a relative clause between the name and the
verb of saying ("X, whom Moscow named to run the region, said ...") is still the speaker."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.attribution import claimant_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Ivan Petrov, whom the occupation authorities put in charge of the district, said a "
            "shell hit a bakery in Kakhovka.",
            "Ivan Petrov",
        ),
        (
            "The water company, whose engineers were at the pumping station all night, said two "
            "drones hit the station.",
            "Water company",
        ),
        (
            "Zorya Energy, which runs the plant, reported that a missile hit a transformer.",
            "Zorya Energy",
        ),
        (
            "Olena Marchenko, who leads the village council, said a drone hit a barn.",
            "Olena Marchenko",
        ),
    ],
)
def test_a_relative_clause_after_the_speaker_is_no_speaker(sentence, who):
    assert claimant_in(sentence) == who


def test_an_independent_body_described_by_a_clause_still_bears_out():
    said = claimant_in(
        "The IAEA, whose monitors are posted at the station, said a drone hit the training centre."
    )
    assert said == "IAEA"


def test_the_event_a_described_official_tells_is_his_claim(extractor):
    text = (
        "Petro Hnatenko, whom Moscow appointed to run the occupied district, said a Ukrainian "
        "drone hit a lorry near Melitopol on Friday, killing the driver.\n"
    )
    events = [e for e in extractor.extract(text, "t") if e["place"] == "Melitopol"]
    assert events and all(e["verification"] == "claimed" for e in events)
