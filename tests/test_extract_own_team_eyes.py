"""Extraction, verification: the eyes of the report's own team, or of a body that is no side
("our team saw", "the team heard", "Embassy staff saw", "staff of the agency heard"), bear an
event out as its reporters' eyes do."""

from __future__ import annotations

import pytest

from geo.extract.attribution import borne_out


@pytest.mark.parametrize(
    "sentence",
    [
        "Our Balakliia team saw a drone hit the grain store at dawn.",
        "Our team watched from the shelter as two shells hit the clinic in Kupiansk.",
        "The team heard four explosions near the plant in the night and saw a fire at the pump house.",
        "Embassy staff saw black smoke over the port of Izmail after the strike.",
        "Staff of the agency at the Rivne site heard air defence firing before dawn and saw a "
        "drone fall in a field.",
    ],
)
def test_a_teams_own_eyes_bear_out(sentence):
    assert borne_out(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescue team of the emergency service pulled two people from the rubble in Sumy.",
        "Our team said a drone hit the grain store.",
        "The team at the warehouse heard several explosions over Sumy.",
        "Ministry staff said they saw no damage at the depot.",
        "The team of the regional administration reported a drone hit a school.",
        # a side's own team that saw: its investigators, its police
        "The team of Russian military investigators saw the wreckage after a drone hit a house.",
        "The team from the regional police observed the crater left by the missile in Odesa.",
    ],
)
def test_no_eyes_or_a_sides_team_bear_nothing_out(sentence):
    assert not borne_out(sentence, None)
