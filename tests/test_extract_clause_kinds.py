"""Extraction, two weapons of different kinds each hitting something with a verb of its own, in
one sentence at one place (issue 16): "a drone hit a school and a missile struck a depot in
Kharkiv" is two strikes there, one record per weapon, the figures on the first-named; a drone
shot down beside a missile that hit is one strike, and two towns each with its own weapon keep
one record each."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    return sorted(
        (e["place"], e["weapon_category"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "t", date(2025, 5, 3))
        if e["event_type"] == "strike"
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a wire story
        (
            "KHARKIV, May 3 (Wire) - A drone hit a school and a ballistic missile struck a fuel "
            "depot in Kharkiv overnight, injuring four people, the mayor said.",
            "drone",
            "ballistic missile",
        ),
        # a governor's post: the place first, the two clauses joined by "while"
        (
            "Kharkiv RMA, 3 May 2025\nIn Kupiansk a glide bomb destroyed a shop, while a Shahed "
            "later damaged two houses. Four people were injured.",
            "glide bomb",
            "drone",
        ),
        # a channel's terse line
        (
            "Zaporizhzhia front, 3 May 2025\nOrikhiv: artillery shelled the centre, an FPV hit an "
            "ambulance - 4 wounded.",
            "artillery",
            "drone",
        ),
    ],
)
def test_two_weapons_with_their_own_verbs_are_two_strikes(extractor, text, first, second):
    found = _strikes(extractor, text)
    assert len(found) == 2, found
    assert {c for _, c, _, _ in found} == {first, second}
    assert len({p for p, _, _, _ in found}) == 1
    by_kind = {c: (f, i) for _, c, f, i in found}
    assert by_kind[first] == (None, 4)  # the figures on the first-named
    assert by_kind[second] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the drone was shot down: one strike, by the missile
        "KHARKIV, May 3 (Wire) - A drone was shot down and a missile struck a depot in Kharkiv.",
        # one weapon hitting, another only circling
        "Kharkiv RMA, 3 May 2025\nIn Kharkiv a cruise missile struck a depot while drones circled "
        "over the northern districts.",
    ],
)
def test_a_weapon_that_hit_nothing_adds_no_strike(extractor, text):
    found = _strikes(extractor, text)
    assert len(found) <= 1 and all(c != "drone" for _, c, _, _ in found), found


def test_two_towns_keep_their_own_weapons(extractor):
    text = (
        "KHARKIV, May 3 (Wire) - A drone hit a school in Kupiansk and a missile struck a depot "
        "in Kharkiv, officials said."
    )
    found = _strikes(extractor, text)
    assert {(p, c) for p, c, _, _ in found} == {
        ("Kupyansk", "drone"),
        ("Kharkiv", "missile"),
    }, found
