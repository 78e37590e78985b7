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
