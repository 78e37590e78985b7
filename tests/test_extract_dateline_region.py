"""A correspondent's dispatch from a town (newuser21 and newuser22: a dispatch gave no event at
all): the region a dateline names after its town ("NIKOPOL, Dnipropetrovsk region, Dec. 4 -") is
not another place of the story, so the first sentence, naming no other place, is the town's; a
channel's name in capitals is no dateline. Each form in two or three writers' styles."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    "text, place, figures",
    [
        # an agency's dateline naming the town's region before the day
        (
            "HULIAIPOLE, Zaporizhzhia region, March 5 (Agency) - The town was shelled with "
            "artillery again on Wednesday, killing one man and wounding three, the regional "
            "governor said.",
            "Huliaipole",
            (1, 3),
        ),
        # a newspaper's: the region, then the day as a number
        (
            "KUPIANSK, Kharkiv Oblast, 5 March - Russian drones hit the town's market on "
            "Wednesday morning; two traders were injured, police said.",
            "Kupiansk",
            (None, 2),
        ),
    ],
)
def test_a_datelines_own_region_is_not_another_place(extractor, text, place, figures):
    got = extractor.extract(text, "t", published=date(2025, 3, 6))
    assert [(e["place"][:3], (e["fatalities"], e["injured"])) for e in got] == [
        (place[:3], figures)
    ], got


def test_a_channels_name_in_capitals_is_no_dateline(extractor):
    text = (
        "SUMY 12 - NIGHT NEWS, 22:00\n\nANCHOR: In Konotop a drone hit a warehouse this "
        "evening; nobody was hurt.\n\nANCHOR: Next, the weather."
    )
    got = extractor.extract(text, "t", published=date(2025, 3, 6))
    assert [e["place"] for e in got] == ["Konotop"], got
