"""Extraction: a town told hit by a verb of heavy blows that writers use beside the core lexicon
("missiles battered X", "glide bombs pummelled Y", "explosions rocked Z") is where a strike was
(issue 16: the place found, its sentence read as telling no event there); the same verbs told
of no weapon are no strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> set[tuple[str, str | None]]:
    return {
        (e["place"], e["weapon_category"])
        for e in extractor.extract(text, "t", DAY)
        if e["event_type"] == "strike"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "Russian missiles battered Zaporizhzhia overnight, wounding five people, the regional "
            "governor said.",
            ("Zaporizhzhya", "missile"),
        ),
        # a regional channel
        (
            "Russian glide bombs pummelled Kostiantynivka again on Monday; two houses burned down.",
            ("Kostyantynivka", "glide bomb"),
        ),
        # a live blog
        (
            "02:15 Explosions rocked Kharkiv a few minutes ago as Russian drones went for the "
            "city's power plants, mayor Ihor Terekhov writes.",
            ("Kharkiv", "drone"),
        ),
    ],
)
def test_a_town_hit_by_a_verb_of_heavy_blows(extractor, text, expected):
    assert expected in _strikes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The corruption scandal battered the government in Kyiv for weeks, analysts said.",
        "News of the deal rocked Moscow on Monday, the agency said.",
    ],
)
def test_the_same_verbs_of_no_weapon_are_no_strike(extractor, text):
    assert _strikes(extractor, text) == set()
