"""Whose figures, and which: a sentence telling two places' hits one after the other, each with its own toll ("In X ...
one was wounded, and in Y ...; two were hurt there"): each place takes the figures told between
its name and the next place's, not the larger of the two on the first-named."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _figures(events):
    return {e["place_mention"]: (e["fatalities"], e["injured"]) for e in events}


def test_each_place_keeps_the_toll_told_after_it(extractor):
    text = (
        "Kyiv, 2025-05-10\n"
        "In Izium a shell wounded a pensioner in her garden, the governor said, and in Balakliia "
        "a drone set a warehouse alight; three workers were injured there.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Izium"] == (None, 1)
    assert got["Balakliia"] == (None, 3)


def test_a_semicolon_between_two_towns_tolls_keeps_them_apart(extractor):
    text = (
        "Kyiv, 2025-05-10\n"
        "In Poltava, two killed and five hurt, the mayor said; in Kremenchuk a missile struck a "
        "depot and four people were wounded.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Poltava"] == (2, 5)
    assert got["Kremenchuk"] == (None, 4)


def test_a_total_after_two_places_stays_on_the_first(extractor):
    text = "Kyiv, 2025-05-10\nShells hit Nikopol and Marhanets overnight, wounding six people.\n"
    got = _figures(extractor.extract(text, "t"))
    assert got["Nikopol"] == (None, 6)
    assert got["Marhanets"] == (None, None)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Six people were hurt, among them our neighbour Petro, 71, who lost an eye.", 6),
        ("Three were wounded, including the sexton Mykola, 66.", 3),
        ("Four were injured, among them a girl, 9, and her mother.", 4),
        ("Nine were hurt, including two children, 40 homes were damaged.", 9),
    ],
)
def test_the_age_of_someone_named_among_the_victims_is_no_count(sentence, figures):
    """A victim named among the injured with his age ("among them Petro, 71,"): the age is his,
    the count is the one before."""
    assert casualty_figures(sentence).get("injured") == figures


def test_the_readmes_second_example_keeps_each_towns_toll(extractor):
    text = (
        "Kyiv, 2025-05-10\n"
        "In Kupiansk, one dead and six hurt; in Izium a drone hit a shop and three people were "
        "hurt.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Kupiansk"] == (1, 6)
    assert got["Izium"] == (None, 3)
