"""A place singled out as where the fighting was worst, its event word told apart from it: "X
and Y saw the worst of it, with 30 assaults there", "singles out X and Y as the places where
the clashes were fiercest" (a General Staff's count told by a live blog or a key-events list):
fighting at each place named."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 9, 3))
    return sorted((e["place"], e["event_type"]) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Sloviansk and Kramatorsk saw the worst of it, with 30 Russian assaults there by the "
        "staff's count.",
        "The General Staff singles out Sloviansk and Kramatorsk as the places where the clashes "
        "were fiercest.",
        "Kramatorsk and Sloviansk took the brunt of it, with 17 assaults beaten off overnight.",
    ],
)
def test_places_singled_out_as_worst_of_the_fighting(extractor, text):
    got = _kinds(extractor, text)
    assert got == [("Kramatorsk", "fighting"), ("Slovyansk", "fighting")], got


def test_the_worst_of_it_with_no_event_word_is_no_event(extractor):
    got = _kinds(extractor, "Sloviansk saw the worst of it, with the rain coming in at dawn.")
    assert got == [], got
