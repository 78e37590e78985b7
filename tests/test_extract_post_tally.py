"""Extraction, verification (issue 16): a side's own post (an administration's, a council's)
tells a strike and then, with no place of its own, the day's fire by the enemy's army ("In
total, the Russian army launched 12 guided bombs at the region"). That sentence is still the
post's word: the strike stays the post's claim, not the report's own restating of a fact
("Russia fired an Oreshnik", which the rule in continuation._whose_word is for)."""

from __future__ import annotations

import pytest

from tests.test_extract_body_records import _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a regional head's evening post, a tally paragraph closing it
            "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration\n"
            "3 June 2025, 20:15\n\nPolohy district. A drone hit a farm in Mala Tokmachka; a "
            "barn burned down.\n\nIn total, the Russian army launched 12 guided bombs and 40 "
            "drones at the territory of the region today.",
            ("Mala Tokmachka", "strike", "claimed"),
        ),
        (  # a city council's short note, the day's fire in the next sentence
            "Nikopol City Council\n3 June 2025\n\nA drone struck the bus station in Nikopol in "
            "the morning. Over the day the Russian army fired artillery and drones at the town "
            "14 times.",
            ("Nikopol", "strike", "claimed"),
        ),
        (  # an administration's morning post in its own words
            "Kherson Regional Military Administration\n3 June 2025, 09:00\n\nA Russian drone "
            "dropped explosives on a minibus in Bilozerka. The occupiers also fired artillery "
            "shells at the district all night.",
            ("a minibus in Bilozerka", "strike", "claimed"),
        ),
    ],
)
def test_the_posts_tally_keeps_its_strike_claimed(extractor, text, expected):
    assert expected in {e[:3] for e in _events(extractor, text)}
