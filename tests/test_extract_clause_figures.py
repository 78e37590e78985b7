"""Extraction: one sentence telling two attacks on one town, each clause with its own kind of
weapon ("X came under a KAB attack in the morning; in the evening drones hit the town again,
wounding three"): a record per kind, and the figures on the kind whose clause tells them, not on
the first-named."""

from __future__ import annotations

import pytest
from test_extract_weapon_told_after import _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional administration's evening summary
        (
            "Kostiantynivka came under a KAB attack in the morning; in the evening drones hit "
            "the town again, wounding three.",
            [("Kostyantynivka", "drone", None, 3), ("Kostyantynivka", "glide bomb", None, None)],
        ),
        # a wire story's one-line roundup
        (
            "KYIV, May 5 (Wire) - A glide bomb hit Kupiansk on Monday morning, while later in the "
            "day an FPV drone wounded two men in the town, officials said.",
            [("Kupyansk", "drone", None, 2), ("Kupyansk", "glide bomb", None, None)],
        ),
        # a city council's post: guns at night, a drone in the morning
        (
            "Russian artillery shelled Nikopol overnight, and in the morning a drone struck a car "
            "in the city, injuring the driver.",
            [("Nikopol", "artillery", None, None), ("Nikopol", "drone", None, 1)],
        ),
        # a think-tank's note
        (
            "A guided bomb struck Orikhiv at dawn on 4 May, and two hours later artillery hit the "
            "same neighbourhood, killing one civilian.",
            [("Orikhiv", "artillery", 1, None), ("Orikhiv", "glide bomb", None, None)],
        ),
    ],
)
def test_figures_go_to_the_kind_whose_clause_tells_them(extractor, text, expected):
    assert _records(extractor, text) == expected


def test_figures_of_two_kinds_told_together_stay_on_the_first(extractor):
    text = "A drone hit a school and a missile struck a depot in Kharkiv, killing two."
    assert _records(extractor, text) == [
        ("Kharkiv", "drone", 2, None),
        ("Kharkiv", "missile", None, None),
    ]
