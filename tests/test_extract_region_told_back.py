"""A tally of drones downed over "the region" named in a longer phrase: "over the territory of the
region", "in the skies of the region", "in the airspace of the region" is the region of the event
told before it, at region precision with its count, as "over the region" was (it gave no event:
the second night's tally of a regional weekly, a portal's week, a governor's post)."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text):
    got = extractor.extract(text, "t", published=date(2025, 10, 9))
    return [(e["event_type"], e["admin1"], e["geo_precision"], e["destroyed"]) for e in got]


@pytest.mark.parametrize(
    "tally",
    [
        "On Tuesday night air defence destroyed seven drones over the territory of the region, "
        "officials said.",
        "Overnight into Tuesday seven drones were shot down in the skies of the region.",
        "Seven drones were brought down in the airspace of the region during the night.",
        "Air defence units downed seven drones over the region's territory on Tuesday night.",
    ],
)
def test_a_tally_over_the_territory_of_the_region_is_the_region_of_the_town_before(
    extractor, tally
):
    text = f"A drone hit a barn on the edge of Klimovo on Monday, wounding a farmer.\n\n{tally}"
    assert _records(extractor, text) == [
        ("strike", "Bryansk", 1, None),
        ("interception", "Bryansk", 3, 7),
    ]


def test_the_territory_of_the_region_without_a_downing_adds_no_record(extractor):
    text = (
        "A drone hit a barn on the edge of Klimovo on Monday, wounding a farmer.\n\n"
        "Schools across the territory of the region stayed closed on Tuesday."
    )
    assert _records(extractor, text) == [("strike", "Bryansk", 1, None)]
