"""Extraction, an interception after a paragraph's shelling (issue 16): shells are not shot down,
so "Artillery shelled X. Late in the evening air defence worked over Y" gives Y's downing no
artillery; the kind a later sentence tells ("pieces of a downed drone fell on a road") is its
own, and with none told it has none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_SHELLING = (
    "Regional weekly, 22 March 2025\n\nTUESDAY\nArtillery shelled the village of Krasnopillia "
    "at noon, damaging a shop. Late in the evening air defence worked over Konotop."
)


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        ("", None),
        (" Pieces of a downed drone fell on a road by the market; nobody was hurt.", "drone"),
    ],
)
def test_a_downing_after_a_shelling_takes_no_artillery(extractor, after, kind):
    records = extractor.extract(_SHELLING + after, "t", date(2025, 3, 22))
    downings = [r["weapon_category"] for r in records if r["event_type"] == "interception"]
    assert downings == [kind]
    shelled = [r["weapon_category"] for r in records if r["event_type"] == "strike"]
    assert shelled == ["artillery"]
