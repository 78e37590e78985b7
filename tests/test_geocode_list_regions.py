"""The region named right after the last town of a list is every town's of that list ("struck
Stepove and Zelene in the Zaporizhzhia region"), not the region another sentence names after a
later mention of the last town: "Pokrovsk and Vovchansk" claimed taken in a summary, and
"Vovchansk (Kharkiv Oblast)." heading a paragraph below, leave Pokrovsk in the Donetsk region."""

from __future__ import annotations

from geo.extract.places import find_places


def _regions(geocoder, text: str) -> dict[str, tuple[str, str, str]]:
    return {
        h.mention.lower(): (h.place.country, h.place.admin1, h.place.feature)
        for h in find_places(geocoder, text)
    }


def test_a_region_after_a_later_mention_of_the_last_town_is_not_the_lists(geocoder):
    text = (
        "Summary: Moscow's defence ministry claimed the capture of Pokrovsk and Vovchansk on "
        "Monday; neither claim can be confirmed.\n\n"
        "Vovchansk (Kharkiv Oblast). No footage shows Russian troops in the town centre.\n\n"
        "Pokrovsk direction. Fighting continues in the northern districts of Pokrovsk."
    )
    got = _regions(geocoder, text)
    assert got["pokrovsk"][:2] == ("UA", "Donetsk")
    assert got["vovchansk"][:2] == ("UA", "Kharkiv")


def test_a_region_right_after_a_list_is_every_towns(geocoder):
    text = "Guided bombs struck Stepove and Zelene in the Zaporizhzhia region overnight."
    got = _regions(geocoder, text)
    assert got["stepove"][1] == got["zelene"][1] == "Zaporizhia"
