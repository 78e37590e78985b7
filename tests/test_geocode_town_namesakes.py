"""A town the war names, and a namesake several times smaller that the report's other places
favour: a region named elsewhere in the report ("the Kharkiv region" of another event), or a
town of the region of a spelling-alike ("Konstantinovka" in a Russian briefing beside a
Zaporizhzhia village), does not make the small namesake the place; its region named right after
it does. A world city named in passing is not a small theatre town that has its name as another
spelling ("New York": Niu-York, Donetsk region)."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places


def _regions(geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {
        h.mention.lower(): (h.place.country, h.place.admin1) for h in find_places(geocoder, text)
    }


MOVED = [
    (  # a morning digest: another event in the Kharkiv region, Lyman of the Donetsk front
        "The Kharkiv region came under drone attack overnight, its governor said. Separately, "
        "the army said it held off an armoured push near Lyman.",
        "lyman",
        ("UA", "Donetsk"),
    ),
    (  # a push alert: the city of Kharkiv named in an earlier line
        "Kharkiv: two people hurt as a drone hit a shop.\nMoscow claims Lyman is in its hands; "
        "Kyiv says its troops still hold the town.",
        "lyman",
        ("UA", "Donetsk"),
    ),
    (  # Moscow's spelling, a Zaporizhzhia village of a like name near the other places
        "Artillery hit a fuel depot on the outskirts of Konstantinovka, the ministry said. "
        "Near Orikhiv and Stepnohirsk its units advanced.",
        "konstantinovka",
        ("UA", "Donetsk"),
    ),
    (  # the world city of a Security Council session, in a report of the front
        "Diplomats gathered in New York for an emergency session after shelling killed four "
        "in Kostiantynivka and Druzhkivka.",
        "new york",
        ("US", "New York"),
    ),
]


@pytest.mark.parametrize(("text", "name", "where"), MOVED)
def test_the_town_of_the_war_beats_a_much_smaller_namesake(geocoder, text, name, where):
    assert _regions(geocoder, text)[name] == where


def test_a_small_namesake_with_its_region_right_after_it_stays(geocoder):
    text = "A shell damaged a school in Lyman, Kharkiv region, on Sunday, the governor said."
    assert _regions(geocoder, text)["lyman"] == ("UA", "Kharkiv")


def test_an_old_name_in_the_front_context_stays_the_front_town(geocoder):
    text = "Russian units stormed Dzerzhinsk while shelling hit Kostiantynivka and Druzhkivka."
    assert _regions(geocoder, text)["dzerzhinsk"] == ("UA", "Donetsk")
