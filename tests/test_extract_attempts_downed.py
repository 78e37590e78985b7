"""An attack told as tried and then brought down whole is one interception, with the try's
weapon and count launched and destroyed, where the weapons were downed (else at the target),
and no strike on the target: written in our own words, after a new analyst's report."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text):
    return extractor.extract(text, "t", published=date(2026, 12, 1))


@pytest.mark.parametrize(
    "text, place, weapon, count",
    [
        ("Ukraine attempted to strike Sevastopol with four Neptune missiles overnight. All of "
         "them were shot down near Balaklava, the ministry said.", "Balaklava", "Neptune", 4),
        ("Ukrainian forces tried to attack the Kursk region with 15 drones overnight; all were "
         "destroyed, the governor said.", "Kursk", None, 15),
        ("An attempted attack by 12 drones on Tuapse was repelled overnight, the regional "
         "headquarters said.", "Tuapse", None, 12),
        ("Russia attempted to hit Odesa with six Shahed drones; all of them were downed by air "
         "defence.", "Odesa", "Shahed", 6),
        ("The enemy tried to attack Zaporizhzhia with seven drones overnight. All were shot down "
         "over the city, the regional head said.", "Zapori", None, 7),
    ],
)  # fmt: skip
def test_an_attempt_brought_down_whole_is_one_interception(extractor, text, place, weapon, count):
    (record,) = _records(extractor, text)
    assert record["event_type"] == "interception"
    assert record["place"].startswith(place)
    assert (record["launched"], record["destroyed"]) == (count, count)
    if weapon:
        assert record["weapon"] == weapon


def test_an_attempt_that_partly_got_through_stays_a_strike(extractor):
    text = "Russia tried to strike Kharkiv with five drones; two were shot down and three hit a warehouse."
    assert "strike" in {r["event_type"] for r in _records(extractor, text)}
