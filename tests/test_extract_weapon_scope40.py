"""Extraction: which event a weapon told away from the event's own clause belongs to (issue 16,
weapons40). A kind told of one country's places is not the weapon of a toll told next in another
country (the other side's attack, its weapon untold); a drone force's own channel tells its
strikes without naming its drones each time, its header naming the force."""

from __future__ import annotations

import pytest
from test_extract_list_lead_ins import _strikes

from geo.extract import Extractor
from geo.extract.drone_force_voice import drone_force_header


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # a council record: glide bombs on a Ukrainian city, then deaths reported across the border
        (
            "On Saturday glide bombs fell on the centre of Kharkiv, wounding nine people. Russian "
            "officials also reported that one civilian was killed in Shebekino on Saturday.",
            "Shebekino",
            None,
        ),
        # and the other way round: drones on a Russian town, a toll in a Ukrainian one next
        (
            "Ukrainian drones set fire to a depot in Valuyki overnight. Three people were killed "
            "in Kupiansk on Sunday, officials in Kharkiv said.",
            "Kupyansk",
            None,
        ),
        # a launch's origins across the border are no events: the toll takes the drones
        (
            "Russia launched 57 Shahed-type drones from Kursk and Oryol overnight. The rail "
            "operator reported damage to a substation in the Poltava region.",
            "Poltava",
            "drone",
        ),
        # the same country: the toll takes the paragraph's kind, as the writers carry it
        (
            "A drone hit a bus in Kherson on Friday. One person was killed in Bilozerka.",
            "Bilozerka",
            "drone",
        ),
    ],
)
def test_a_kind_crosses_no_border_to_a_toll(extractor, text, place, category):
    assert _strikes(extractor, text).get(place) == {category}


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # the force's channel, its header naming it; the strikes name no weapon
        (
            "Channel of the 3rd Strike Drone Battalion. Posted 14.11.2025.\n\n"
            "Kupiansk direction: near Petropavlivka our crews burned an enemy supply truck.\n\n"
            "Left bank: in Oleshky an ammunition depot was hit, the detonation lasted an hour.",
            "Oleshky",
            "drone",
        ),
        (
            "Unmanned Systems Forces | morning results\n\n"
            "Novohrodivka: a fuel depot of the occupiers was hit at night, it burned till dawn.",
            "Novohrodivka",
            "drone",
        ),
        # a weapon the sentence names stays its own
        (
            "Unmanned Systems Forces | morning results\n\n"
            "The enemy dropped a glide bomb on Kostiantynivka, two civilians were wounded.",
            "Kostyantynivka",
            "glide bomb",
        ),
        # the enemy acting on the force's side: no weapon of the force's
        (
            "Unmanned Systems Forces | morning results\n\n"
            "In Bilozerka the enemy struck a school, one teacher was wounded.",
            "Bilozerka",
            None,
        ),
        # a drone force named only in the body is no header
        (
            "Kherson regional administration, evening summary.\n\n"
            "A drone battalion of the enemy was seen over the river. In Bilozerka a school was "
            "hit, one teacher was wounded.",
            "Bilozerka",
            None,
        ),
    ],
)
def test_a_drone_forces_own_strikes(extractor, text, place, category):
    assert _strikes(extractor, text).get(place) == {category}


def test_the_header_names_the_force_and_a_body_line_does_not():
    assert drone_force_header("Birds of the USF | 21.11\n\nThe refinery again.")
    assert not drone_force_header("Regional news\n\nA drone unit hit X.")
    assert not drone_force_header("drone" * 200_000)
