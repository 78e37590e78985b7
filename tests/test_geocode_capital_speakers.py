"""A capital named as who speaks ("Moscow said", "Moscow claims") is the government's word, not a
place the report's other places lie near: "Pokrovsk" after it is the Donetsk town, not Engels of
the Saratov region (Pokrovsk until 1931, 730 km from Moscow)."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places


def _regions(geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {
        h.mention.lower(): (h.place.country, h.place.admin1) for h in find_places(geocoder, text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said on Thursday that its troops had taken Pokrovsk after weeks of fighting.",
        "Moscow announced late on Monday that Pokrovsk was fully in Russian hands.",
    ],
)
def test_a_town_after_a_capital_that_speaks_is_the_front_town(geocoder, text):
    assert _regions(geocoder, text)["pokrovsk"] == ("UA", "Donetsk")


def test_a_town_the_capital_speaks_of_in_its_own_country_stays(geocoder):
    text = "Moscow says a drone set fire to an oil depot in Ryazan overnight."
    assert _regions(geocoder, text)["ryazan"][0] == "RU"
