"""Extraction, a channel's reposts, each under its "Forwarded from ..." line behind the app's
arrow ("↪️ Forwarded from Mykolaiv Regional Military Administration", "↪️ Forwarded from Air
Force | Armed Forces of Ukraine"): the post under the line, to the blank line, is that body's
claim (README, "Verification rule": "Forwarded from ..." sources the record); the channel's own
entries are not."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_CHANNEL = """Notes from the south | a volunteer's channel
Tuesday, 3 June

07:10
↪️ Forwarded from Mykolaiv Regional Military Administration
Overnight a drone hit a warehouse in Voznesensk. Two workers were injured.

08:30
↪️ Forwarded from Air Force | Armed Forces of Ukraine
Drones hit a substation in Pervomaisk, one engineer was hurt.

09:15
Our correspondent in Bashtanka saw firefighters at a burning barn after a shell hit it this morning.
"""


def test_each_forwarded_post_is_its_bodys_claim(extractor):
    events = {e["place"]: e for e in extractor.extract(_CHANNEL, "c.txt", date(2025, 6, 3))}
    assert events["Voznesensk"]["verification"] == "claimed"
    assert events["Voznesensk"]["claimed_by"] == "Mykolaiv Regional Military Administration"
    assert events["Pervomaysk"]["verification"] == "claimed"
    assert events["Pervomaysk"]["claimed_by"] == "Air Force"
    assert all(e["verification"] != "claimed" for p, e in events.items() if p.startswith("Bash"))
