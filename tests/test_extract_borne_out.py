"""Extraction, a side's word borne out (verif16): the report confirms an event a side claimed
when the next sentence says it was confirmed by someone else ("The strike was confirmed by
Russia's defence ministry"), when its own people were there ("a correspondent for this
newspaper saw the smoke") or when pictures were located ("videos, geolocated by independent
analysts, show ..."), in a regional paper's, a wire's and a weekly's words."""

from __future__ import annotations

from datetime import date

import pytest
import test_extract_relayed as relayed

from geo.extract import Extractor

extractor = relayed.extractor  # the same module-scoped fixture
_by_place = relayed._by_place

_OTHER_SIDE = """Bridge hit

A missile struck the bridge at Zatoka on Monday, the Odesa regional administration said. The strike was confirmed by Russia's defence ministry, which said it had hit a military route.
"""
_WIRE_CONFIRMED = """Drone hits Kursk depot

KURSK, May 14 - Ukrainian drones hit a fuel depot in Kurchatov overnight, Ukraine's SBU said. The attack was later officially confirmed by the regional governor.
"""
_OUR_PAPER = """Oil depot burns in Bryansk

A Ukrainian drone hit an oil depot in Bryansk overnight, the regional governor said. A correspondent for this newspaper saw the smoke from 20 km away.
"""
_OUR_AGENCY = """Port fire

A Russian drone struck a grain terminal in Izmail at dawn, officials said. A photographer from our agency photographed the burning silos an hour later.
"""
_LOCATED = """Kramatorsk strike

A missile struck a café in Kramatorsk on Tuesday evening. Eleven people were killed, police said. Videos, geolocated by independent analysts, show the building's front torn away.
"""
_SATELLITE = """Airfield hit

Ukrainian missiles hit the Belbek airfield in Crimea, Kyiv said. Satellite images, taken on Thursday, show two burned-out jets.
"""


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_OTHER_SIDE, "Zatoka"),
        (_WIRE_CONFIRMED, "Kurchatov"),
        (_OUR_PAPER, "Bryansk"),
        (_OUR_AGENCY, "Izmayil"),
        (_LOCATED, "Kramatorsk"),
        (_SATELLITE, "Sevastopol International Airport / Belbek Air Base"),
    ],
)
def test_a_sides_word_borne_out_is_confirmed(extractor, text, place):
    event = _by_place(extractor, text)[place]
    assert event["event_type"] == "strike"
    assert event["verification"] == "confirmed"


# An independent body (a UN mission) that bears an event out is no claimant: the record is
# `confirmed`, "claimed by" stays empty (or keeps the side whose word it bears out), and its
# notes name the body (twenty-fifth session).
@pytest.mark.parametrize(
    ("told", "claimant", "notes"),
    [
        (
            "The UN Human Rights Monitoring Mission in Ukraine said it had verified that a guided "
            "bomb which struck a clinic in Kramatorsk on 10 June killed three civilians.",
            None,
            "borne out by UN Human Rights Monitoring Mission in Ukraine",
        ),
        # a side's word the mission bears out keeps its claimant
        (
            "The regional governor said a guided bomb struck a clinic in Kramatorsk on 10 June, "
            "killing three people. The UN monitoring mission in Ukraine confirmed the deaths.",
            "Regional governor",
            None,
        ),
    ],
)
def test_a_un_mission_that_bears_an_event_out_is_no_claimant(geocoder, told, claimant, notes):
    text = f"Geneva, 12 June 2025\n{told}"
    (event,) = Extractor(geocoder).extract(text, "t", date(2025, 6, 12))
    assert (event["verification"], event["claimed_by"]) == ("confirmed", claimant)
    assert notes is None or notes in event["notes"]
