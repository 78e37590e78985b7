"""Extraction: a toll told alone for a town the sentence before listed among those struck with
several kinds of weapon ("hit X, Y and Z with drones, artillery and guided bombs. A woman was
wounded in Y") belongs to that town's strike: no second record with the list's last weapon."""

from __future__ import annotations

import pytest


def _at(extractor, text: str, place: str) -> list[tuple[str | None, int | None, int | None]]:
    return [
        (e["weapon_category"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "strike" and e["place"] == place
    ]


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a regional governor's daily post
        (
            "Over the past day the occupiers attacked Kherson, Bilozerka and Antonivka with "
            "drones, artillery and KABs. A 67-year-old woman was wounded in Bilozerka.",
            "Bilozerka",
            [("drone", None, 1)],
        ),
        # a wire story's roundup paragraph
        (
            "KYIV, Nov 20 (Wire) - Russian forces pounded Nikopol, Marhanets and Pokrov with "
            "artillery, FPV drones and guided aerial bombs on Wednesday, officials said. Two men "
            "were injured in Marhanets, the regional governor wrote.",
            "Marhanets",
            [("artillery", None, 2)],
        ),
        # a live blog's entry, the toll's town listed first
        (
            "09:40\nThe enemy struck Kupiansk and Izium with glide bombs, artillery and "
            "drones overnight. In Kupiansk one person was killed, the head of the district said.",
            "Kupyansk",
            [("glide bomb", 1, None)],
        ),
    ],
)
def test_toll_of_a_listed_town_joins_its_strike(extractor, text, place, expected):
    assert _at(extractor, text, place) == expected


def test_toll_of_one_kind_still_takes_the_paragraph_weapon(extractor):
    # one weapon in the paragraph: the toll in another town is that weapon's
    text = (
        "Kyiv, 2025-03-02\n"
        "A glide bomb hit Kupiansk on Sunday, killing two. Three more were wounded in Izium."
    )
    assert _at(extractor, text, "Izyum") == [("glide bomb", None, 3)]
