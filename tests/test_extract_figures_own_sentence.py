"""Extraction, casualty figures in a record's own sentence (issue 16, figures of matched records):
wordings of the dead and the hurt that were not read, and some of a figure's people told apart
("two of the dead were teachers"), which are no count of their own."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        # wire copy
        "Two of the dead were teachers at the school, he said.",
        # a governor's post
        "One of the wounded is in a serious condition.",
        # a live blog's later entry
        "One of the injured, a boy of 12, has been flown to Kyiv.",
        # an update that says why a toll came down
        "One of the dead had been counted twice, officials said.",
    ],
)
def test_some_of_the_figure_s_people_are_no_count(sentence):
    assert casualty_figures(sentence) == {}


def test_a_part_told_after_the_toll_leaves_the_toll(extractor):
    text = (
        "KHARKIV, Ukraine, May 3 (Wire) - A Russian glide bomb hit a market in Kharkiv on "
        "Friday, the governor said.\n"
        "Two of the wounded are children, he said. Rescuers were still searching the stalls.\n"
    )
    events = [e for e in extractor.extract(text, "t") if "Kharkiv" in e["place_mention"]]
    assert events and (events[0]["fatalities"], events[0]["injured"]) == (None, None)
