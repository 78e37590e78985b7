"""A weapon "not intercepted" or "not shot down" was no interception (recall25): "One Kalibr
was not intercepted and hit a warehouse in X" is a strike on X, and "The Iskander-M were not
intercepted." alone is no event."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "One Kalibr cruise missile was not intercepted and hit a warehouse in Kremenchuk.",
        "A Kh-59 missile, which air defence did not shoot down, struck a depot in Kremenchuk.",
        "The cruise missile had not been shot down and slammed into a warehouse in Kremenchuk.",
    ],
)
def test_a_missile_not_downed_that_hit_a_town_struck_it(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 12, 25))
    assert [(e["place"], e["event_type"]) for e in events] == [("Kremenchuk", "strike")]


def test_a_missile_not_intercepted_is_no_interception():
    assert triggers_in("The two Iskander-M missiles were not intercepted.") == []


def test_a_missile_intercepted_after_a_miss_is_still_one():
    kinds = [t for t, _ in triggers_in("One missile was not intercepted; four were shot down.")]
    assert kinds == ["interception"]
