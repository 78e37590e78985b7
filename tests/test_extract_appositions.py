"""A place's aside: a place named inside it ("the Kakhovka reservoir") is part of it, and the
reference point after it only locates the place the aside is about."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.appositions import opens_aside, within_aside


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Moscow claimed on Monday the capture of Prymorske, a village on the shore of the "
            "Kakhovka reservoir south-west of Zaporizhzhia.",
            "Prymorske",
        ),
        (
            "Troops pushed into Mala Tokmachka, a village beside the Kakhovka road east of "
            "Orikhiv, on Monday.",
            "Mala Tokmachka",
        ),
    ],
)
def test_a_reference_point_after_a_place_inside_an_aside_is_no_event(extractor, sentence, place):
    records = extractor.extract(sentence, "story", date(2026, 3, 5))
    assert [r["place"] for r in records] == [place]


def test_a_place_after_the_aside_has_ended_keeps_its_event(extractor):
    text = "Shells hit Prymorske near the Kakhovka reservoir and a drone struck Orikhiv on Monday."
    records = extractor.extract(text, "story", date(2026, 3, 5))
    assert len(records) == 2


def test_an_aside_opens_after_a_comma_and_ends_at_a_clause_or_list():
    assert opens_aside(", a village by the ")
    assert not opens_aside(" and ")
    assert within_aside(", a village on the edge of the former ")
    assert not within_aside(", a village by the reservoir; and ")
    assert not within_aside(", a village which troops ")
    assert not within_aside(", ")  # a list: "the Sumy, Kharkiv and Poltava regions"
