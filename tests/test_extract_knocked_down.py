"""Extraction, drones or missiles "knocked down" or "knocked out of the sky" (issue recall22A,
in a channel's posts and a podcast's transcript): an interception over the place, with the
debris that fell part of it. A drone that "knocked out" a substation was not downed."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 7, 26)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_air_defence_knocked_down_drones_over_a_town(extractor):
    text = (
        "Overnight our air defence knocked down drones over Poltava; debris fell on a parking "
        "lot, nobody was hurt."
    )
    assert _events(extractor, text) == [("Poltava", "interception", "drone")]


def test_drones_knocked_out_of_the_sky(extractor):
    text = "The governor says three drones were knocked out of the sky over Bryansk at dawn."
    assert _events(extractor, text) == [("Bryansk", "interception", "drone")]


def test_a_drone_that_knocked_out_a_substation_is_no_interception(extractor):
    text = "A drone knocked out a substation in Poltava overnight, the governor said."
    assert not [e for e in _events(extractor, text) if e[1] == "interception"]
