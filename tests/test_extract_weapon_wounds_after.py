"""Extraction: a sentence naming no place that tells of another kind of weapon killing or
wounding someone after a place's strike ("A drone hit a minibus in X. Later a mortar shell
wounded a man in the town") is a strike of its own at that place with its own figures, as one
that tells the weapon hit something is (geo.extract.weapon_told_after); not the first strike's."""

from __future__ import annotations

import pytest
from test_extract_weapon_told_after import _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional governor's post: a drone in the morning, a mortar in the afternoon
        (
            "A Russian drone attacked a minibus in Beryslav on Tuesday morning. In the "
            "afternoon a mortar shell wounded a 58-year-old man in the town.",
            [("Beryslav", "artillery", None, 1), ("Beryslav", "drone", None, None)],
        ),
        # a wire story: guns overnight, then a bomb's own dead
        (
            "ZAPORIZHZHIA, May 5 (Wire) - Russian artillery pounded Orikhiv overnight, local "
            "officials said. Hours later a guided bomb killed two people near the town's market.",
            [("Orikhiv", "artillery", None, None), ("Orikhiv", "glide bomb", 2, None)],
        ),
        # a think-tank's day note: shelling, then an FPV drone's victim
        (
            "Shelling damaged homes in Kupiansk on 4 May. The same afternoon an FPV drone "
            "injured a delivery driver on the outskirts.",
            [("Kupyansk", "artillery", None, None), ("Kupyansk", "drone", None, 1)],
        ),
    ],
)
def test_another_weapon_that_wounded_after_a_strike_is_its_own(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_the_same_weapon_wounding_stays_one_strike(extractor):
    text = (
        "A drone struck a car in Nikopol in the morning. The drone wounded the driver, a man of 40."
    )
    assert _records(extractor, text) == [("Nikopol", "drone", None, 1)]
