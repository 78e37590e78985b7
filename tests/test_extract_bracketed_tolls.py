"""Extraction: places listed each with its toll in brackets ("Kupiansk (2 wounded), Izium (1
killed)") are where strikes were, each with its own figures (issue 16: the places were read as
mentions, the sentence's event word told of none of them)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _tolls(extractor, text: str) -> dict[str, tuple[int | None, int | None]]:
    return {
        e["place"]: (e["fatalities"], e["injured"])
        for e in extractor.extract(text, "t", DAY)
        if e["event_type"] == "strike"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional summary, by district
        (
            "Casualties of Monday's shelling by district: Kupiansk (2 wounded), Izium (1 killed), "
            "Chuhuiv (3 wounded).",
            {"Kupyansk": (None, 2), "Izyum": (1, None), "Chuhuyiv": (None, 3)},
        ),
        # a governor's post: two figures in one bracket
        (
            "Russian artillery hit the district again on Monday. Casualties: Nikopol (1 killed, "
            "2 wounded), Marhanets (3 wounded).",
            {"Nikopol": (1, 2), "Marhanets": (None, 3)},
        ),
        # a wire's follow-up, figures in words
        (
            "The toll of the night attack rose on Tuesday, with victims in Kharkiv (4 dead) and "
            "Zolochiv (one injured), officials said.",
            {"Kharkiv": (4, None), "Zolochiv": (None, 1)},
        ),
    ],
)
def test_each_listed_place_has_its_own_bracketed_toll(extractor, text, expected):
    assert _tolls(extractor, text) == expected
