"""A tally naming three kinds of weapon in one list gives a record per kind, each with its own
count (newuser19: a ministry's "6 guided bombs, 3 Neptune missiles and 88 drones"
kept only the drones)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Statement of the Russian Ministry of Defence, 3 December 2026\n\nAir defence systems "
         "shot down 6 guided aerial bombs JDAM, 3 Neptune long-range missiles and 88 fixed-wing "
         "unmanned aerial vehicles over the Belgorod region over the past day.",
         {"glide bomb": 6, "cruise missile": 3, "drone": 88}),
        ("Overnight, air defences destroyed 41 Shahed drones, 3 Kh-101 cruise missiles and "
         "2 Kinzhal missiles over the Kyiv region, the Air Force said.",
         {"drone": 41, "cruise missile": 3, "ballistic missile": 2}),
    ],
)  # fmt: skip
def test_a_tallys_three_kinds_each_keep_their_own_count(extractor, text, counts):
    records = extractor.extract(text, "t", published=PUBLISHED)
    got = {
        r["weapon_category"]: r["destroyed"] for r in records if r["event_type"] == "interception"
    }
    assert got == counts


def test_three_kinds_over_several_regions_each_region_has_each_kind(extractor):
    text = (
        "Air defence shot down 4 guided bombs, 2 HIMARS rockets and 57 drones over the Kursk "
        "and Bryansk regions during the night, the ministry said."
    )
    records = extractor.extract(text, "t", published=PUBLISHED)
    kinds = {(r["place"], r["weapon_category"]) for r in records}
    assert {k for _, k in kinds} == {"glide bomb", "rocket artillery", "drone"}
    assert len(kinds) == 6
