"""A village with namesakes far apart, told of in a sentence that opens with a town: in a war
report the town is where the news happened, so among the village's namesakes the one near it
wins, however long the sentence between them (a report's other places elsewhere, a region named
in another paragraph, had put such villages on a namesake 100-400 km off)."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places

# (text, village, its region)
OPENED_BY_A_TOWN = [
    (
        "Drones hit Poltava and Kremenchuk overnight, the air force said. In Kupiansk, the local "
        "police chief told reporters on Tuesday evening that a guided bomb had struck a farm near "
        "Pishchane.",
        "Pishchane",
        "Kharkiv",
    ),
    (
        "Drones hit Odesa and Izmail overnight. In Kursk the Russian defence ministry told state "
        "television on Friday that its troops had pushed back units near Korenevo. Moscow "
        "repeated it.",
        "Korenevo",
        "Kursk",
    ),
]

# Guards: a yardstick the sentence gives ("outside Pokrovsk") or a front it names still decides.
GUARDS = [
    (
        "In Kyiv, the General Staff said on Monday that its units repelled assaults near Kotlyne, "
        "outside Pokrovsk.",
        "Kotlyne",
        "Donetsk",
    ),
    (
        "In Kyiv, the General Staff said on Monday that its units in the Pokrovsk direction "
        "repelled assaults near Myroliubivka.",
        "Myroliubivka",
        "Donetsk",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), OPENED_BY_A_TOWN + GUARDS)
def test_the_town_opening_a_sentence_places_its_village(geocoder, text, name, region):
    hits = [h for h in find_places(geocoder, text) if h.mention == name]
    assert hits and all(h.place.admin1 == region for h in hits)


# A region named in another paragraph is no evidence for a village; a region heading may open
# with a compass word.
REGIONS_ELSEWHERE = [
    (
        "Fighting went on west of Pokrovsk on Tuesday, the General Staff said. Further north, "
        "assaults were repelled near Myroliubivka.\n\nIn the south, the Crimea region's "
        "occupation head said drones hit a depot near Sevastopol, and Kherson was shelled.",
        "Myroliubivka",
        "Donetsk",
    ),
    (
        "Northern Kharkiv region\nThe General Staff said it stopped attacks near Kamianka.\n\n"
        "Strikes\nThe Crimea region's occupation authorities said drones hit a fuel depot near "
        "Sevastopol.",
        "Kamianka",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), REGIONS_ELSEWHERE)
def test_a_region_named_for_other_places_does_not_place_a_village(geocoder, text, name, region):
    test_the_town_opening_a_sentence_places_its_village(geocoder, text, name, region)
