"""Extraction: a raid told at a region with its weapon, then its towns a sentence each ("The enemy
launched 30 drones at the X region overnight. In A, an energy facility was hit. In B, two houses
were damaged. In C, a woman was wounded."): every town told with no weapon of its own takes the
raid's, not only the first after it (issue 16, the unseen writers' weapon told for the night as a
whole: gold drone, ours none)."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_list_lead_ins import _strikes

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional administration's night summary
        (
            "The enemy launched 30 drones at the Sumy region overnight. In Shostka, an energy "
            "facility was hit. In Konotop, two houses were damaged. In Okhtyrka, a woman was "
            "wounded.",
            {"Shostka": {"drone"}, "Konotop": {"drone"}, "Okhtyrka": {"drone"}},
        ),
        # a wire story: the raid, then the towns' damage
        (
            "Russia attacked the Odesa region with Shahed drones overnight, the governor said. "
            "Two port buildings were damaged in Izmail. A warehouse was hit in Chornomorsk.",
            {"Izmayil": {"drone"}, "Chornomorsk": {"drone"}},
        ),
    ],
)
def test_each_town_of_a_raid_told_after_it_takes_its_weapon(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_a_town_with_its_own_weapon_keeps_it_and_ends_the_run(extractor):
    text = (
        "The enemy launched 30 drones at the Sumy region overnight. In Shostka, an energy "
        "facility was hit. Artillery shelled Krasnopillia in the afternoon."
    )
    assert _strikes(extractor, text) == {"Shostka": {"drone"}, "Krasnopillya": {"artillery"}}
