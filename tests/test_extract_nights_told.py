"""Extraction, dates: a night told in other words than "overnight" ("for the third night in a
row", "the night in the region was restless", "a night attack") is the night the report wakes
to, the publication day, unless its paragraph named a day; and a span from yesterday into the
night or this morning ("from yesterday evening until this morning", "yesterday evening and
overnight") is dated by its end, as "the night of 3 to 4" is, not by yesterday."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a morning paper's "third night in a row", the damage told after it
        (
            "Kyiv Morning Post, 10 May 2025\n\n"
            "Russia attacked the capital for the third night in a row. In Kyiv, debris fell on a "
            "school, injuring three.",
            "Kyiv",
        ),
        # a regional channel: "the night in the region was restless"
        (
            "Sumy region news\n10 May 2025\n\n"
            "The night in the region was restless. A drone hit a school in Konotop; nobody was "
            "hurt.",
            "Konotop",
        ),
        # wire style: "a night attack"
        (
            "Odesa, 10 May 2025\n\n"
            "Russia struck Odesa in a night attack with drones, hitting a port warehouse, the "
            "governor said.",
            "Odesa",
        ),
    ],
)
def test_a_night_in_other_words_is_the_morning_it_ended(extractor, text, place):
    assert _dates(extractor, text)[place] == "2025-05-10"


def test_a_paragraph_s_day_holds_its_night_attack(extractor):
    text = (
        "The deadliest strikes of spring: a factbox\n9 July 2025\n\n"
        "6 April - Kharkiv. A night attack with drones killed six people in the city."
    )
    assert _dates(extractor, text)["Kharkiv"] == "2025-04-06"


@pytest.mark.parametrize(
    "sentence",
    [
        "From yesterday evening until this morning, Russian troops shelled the town 12 times.",
        "Yesterday evening and overnight, drones attacked the port.",
        "Shelling went on from yesterday afternoon into the night; a man was killed.",
    ],
)
def test_a_span_from_yesterday_into_the_night_is_dated_by_its_end(sentence):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == date(2025, 5, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday evening a drone hit the port.",
        "Late yesterday, shelling wounded two men, and this morning the governor said so.",
    ],
)
def test_yesterday_alone_stays_yesterday(sentence):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == date(2025, 5, 9)
