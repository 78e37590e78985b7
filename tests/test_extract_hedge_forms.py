"""Extraction, verification (issue 16): more of the ways a report says it cannot vouch for an
event: "could not immediately verify", "there was no immediate confirmation", "is said to have
struck", "appears to show", "the claim has not been confirmed", "apparently", "rumoured",
"without providing evidence", "unsubstantiated". Each
makes the event ``unverified``, whoever told it."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a wire's closing line after a blogger's claim
        (
            "Russian war bloggers said assault troops entered Dachne. Our agency could not "
            "immediately verify the report.",
            "Dachne",
        ),
        # a wire's lead without a source
        (
            "There was no immediate confirmation of a strike on the airfield at Millerovo.",
            "Millerovo",
        ),
        # a digest's hearsay
        ("A missile is said to have struck a barracks near Berdiansk on Sunday.", "Berdiansk"),
        # an open-source note on a clip
        (
            "Footage circulating online appears to show a drone hitting a tank near Robotyne.",
            "Robotyne",
        ),
        # a long read weighing a side's claim, in the next sentence
        (
            "Ukraine's navy said its drones sank a landing ship off Feodosia. The claim has not "
            "been confirmed.",
            "Feodosia",
        ),
        # a wire's aside on a side's claim
        (
            "Russia claimed, without providing evidence, that its missiles destroyed a Patriot "
            "battery near Kyiv.",
            "Kyiv",
        ),
        ("The ministry said its troops took Novopil, an unsubstantiated claim.", "Novopil"),
        # a column's hedge words
        ("A drone apparently hit a fuel depot in Novorossiysk overnight.", "Novorossiysk"),
        ("Russian troops were rumoured to be fighting in the outskirts of Kupiansk.", "Kupiansk"),
    ],
)
def test_a_hedge_leaves_the_event_unverified(extractor, text, place):
    found = [e for e in extractor.extract(text, "t", DAY) if place in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"unverified"}
