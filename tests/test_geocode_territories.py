"""A Russian krai in the English Moscow and the wires write: "Krasnodar Territory", "Stavropol
Territory". Capitalised after a name, "Territory" is a region word, as "Krai" or "Region" is; a
lower-case "territory" is land ("debris fell on Russian territory") and names no region."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Drones set fire to a fuel depot in the Krasnodar Territory before dawn.", "Krasnodar"),
        ("Over Stavropol Territory, air defence destroyed nine drones.", "Stavropol"),
        (
            "Falling debris damaged a house in the Belgorod Region and in Krasnodar Territory.",
            "Krasnodar",
        ),
    ],
)
def test_a_territory_after_a_name_is_that_region(geocoder, text, region):
    found = [(h.place.feature, h.place.admin1) for h in find_places(geocoder, text)]
    assert ("admin1", region) in found


def test_a_lower_case_territory_is_no_region_word(geocoder):
    text = "Wreckage came down on Russian territory, about 20 km from Belgorod."
    found = [(h.place.name, h.place.feature) for h in find_places(geocoder, text)]
    assert found == [("Belgorod", "city")]


def test_regions_named_territory_keep_their_own_name(geocoder):
    text = "Storms hit the Northern Territory and the Australian Capital Territory."
    spans = [(15, 33), (42, 70)]
    assert [r.place.admin1 for r in geocoder.resolve(text, spans)] == [
        "Northern Territory",
        "Australian Capital Territory",
    ]
    # and a region whose name lacks the word is found with it, as with "Krai"
    text = "The Yukon Territory government closed the highway."
    assert geocoder.resolve(text, [(4, 19)])[0].place.admin1 == "Yukon"
