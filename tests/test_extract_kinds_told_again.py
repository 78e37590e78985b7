"""Extraction, two kinds of weapon over two places, one of them told again (issue 16): "a combined
missile and drone attack struck X and Y" is one record per kind at each place, and a later
sentence naming X again with only its toll or its ruin ("most of the dead were in X", "in X a
block partly collapsed") tells no other weapon: it is no story of X's own that would say which
kind hit it. A story naming its own weapon ("In X a missile hit a depot") still says so."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(records):
    return sorted(
        (r["place"], r["weapon_category"]) for r in records if r["event_type"] == "strike"
    )


@pytest.mark.parametrize(
    "after",
    [
        "Six people were killed in the two cities, five of them in Poltava.",
        "In Poltava a four-storey block of flats partly collapsed.",
        "The toll is highest in Poltava, where rescuers are still at work.",
    ],
)
def test_a_place_told_again_without_a_weapon_keeps_both_kinds(extractor, after):
    text = (
        "POLTAVA, June 4 (Wire) - On Tuesday a combined missile and drone attack hit the cities "
        f"of Poltava and Kremenchuk, the regional governor said. {after}"
    )
    strikes = _strikes(extractor.extract(text, "t", date(2025, 6, 4)))
    assert ("Poltava", "missile") in strikes
    assert ("Poltava", "drone") in strikes


def test_a_place_told_again_with_its_own_weapon_takes_that_one(extractor):
    text = (
        "POLTAVA, June 4 (Wire) - Overnight Russia attacked Poltava and Kremenchuk with a missile "
        "and drones, the governor said. In Poltava the missile hit a fuel depot. In Kremenchuk a "
        "drone damaged a house."
    )
    strikes = _strikes(extractor.extract(text, "t", date(2025, 6, 4)))
    assert ("Poltava", "missile") in strikes
    assert ("Poltava", "drone") not in strikes
    assert ("Kremenchuk", "drone") in strikes
    # the summary said a missile attacked Kremenchuk too: it keeps its record (ablate31: writers
    # nobody had read record the arsenal's other kind; check sets +4 events, +1 extra)
    assert ("Kremenchuk", "missile") in strikes
