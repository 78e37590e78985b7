"""Extraction, counts: an interception whose region is told first and its count after ("In the
Poltava region, 22 drones were shot down.", "In the Volyn region, 30 UAVs and four missiles.",
"destroyed over the Rivne oblast 9 attack UAVs of the Shahed type"). Seen in three development
writers (heldout24's air force tally, heldout27's interview, heldout37's note verbale) and a new
analyst's report. Before: the record stood with no destroyed figure (the reader stopped at the
region's word). A region followed by people's figures keeps no count."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 10, 2)


def _counts(extractor, text):
    return sorted(
        (e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t", PUB)
        if e["event_type"] == "interception"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air Force, 2 October. Overnight the enemy attacked with drones. "
            "In the Poltava region, 22 drones were shot down.",
            [("drone", 22)],
        ),
        (
            "Air Force, 2 October. Air defence worked through the night.\n"
            "In the Volyn region, 30 UAVs and four missiles.\n",
            [("drone", 30), ("missile", 4)],
        ),
        (
            "Air Force, 2 October. Air defence worked through the night. "
            "In the Volyn region, 30 UAVs and four missiles were neutralised.",
            [("drone", 30), ("missile", 4)],
        ),
        (
            "2. On the night of 1 October the air defence of Ukraine destroyed over the Rivne "
            "oblast 9 attack UAVs of the Shahed type.",
            [("drone", 9)],
        ),
    ],
)
def test_the_count_after_a_region_told_first(extractor, text, expected):
    assert _counts(extractor, text) == expected
