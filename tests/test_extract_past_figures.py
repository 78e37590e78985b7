"""Extraction, figures of an earlier attack told after today's (issue 16, figures of matched
records: ours has a figure where the gold has none): a month named, "last week", a dated day well
before, "a year ago" give today's record no figures; figures of the day before, or of the
event's own month, still do."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _figures(events: list[dict], place: str) -> tuple:
    hits = [e for e in events if place in e["place_mention"]]
    assert hits, [e["place_mention"] for e in events]
    return hits[0]["fatalities"], hits[0]["injured"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # wire copy: background in the second paragraph
        (
            "KHARKIV, Ukraine, June 12 (Wire) - Russian missiles hit an energy plant in Kharkiv "
            "overnight, the mayor said on Thursday.\n"
            "The same plant was hit in March, when two workers were killed.\n",
            "Kharkiv",
        ),
        # a governor's evening post
        (
            "Kherson, 1 December. This morning the enemy shelled Kherson, damaging a clinic and "
            "three houses.\n"
            "Last week, shelling of the same neighbourhood killed four residents.\n",
            "Kherson",
        ),
        # a monitoring note with a dated comparison
        (
            "On 2 September a glide bomb hit an industrial site in Zaporizhzhia; the damage is "
            "being assessed. In a strike on the city on 8 April, 17 people were killed.\n",
            "Zaporizhzhia",
        ),
        (
            "Russian drones hit a depot in Lutsk on Friday night, officials said. A similar "
            "strike a year ago killed three people there.\n",
            "Lutsk",
        ),
    ],
)
def test_an_earlier_attack_s_figures_are_not_today_s(extractor, text, place):
    assert _figures(extractor.extract(text, "t", None), place) == (None, None)


def test_figures_of_the_event_s_own_day_and_month_stay(extractor):
    text = (
        "KYIV, March 14 (Wire) - A Russian missile hit a warehouse in Bucha on Thursday, "
        "officials said.\n"
        "It was the third strike on the town in March, and it killed two guards, the mayor "
        "said.\n"
    )
    assert _figures(extractor.extract(text, "t", None), "Bucha") == (2, None)


def test_a_later_update_s_figures_stay(extractor):
    text = (
        "A Russian drone hit a bus in Nikopol late on Tuesday, officials said.\n"
        "By Wednesday morning, three passengers had been taken to hospital.\n"
    )
    assert _figures(extractor.extract(text, "t", None), "Nikopol") == (None, 3)
