"""Geocoding, another name of a place the text names by its own (extras26): GeoNames keeps
"Pokrovsk" for Engels (the town's name until 1931), so a report telling of both the front at
Pokrovsk and a strike on the Engels air base put the fighting at Engels, in the Saratov region.
A place the text calls by its own name apart is not what the other name means; two names told
together as one place's ("Krasnoarmeysk (Pokrovsk)") and an old name used alone ("Dzerzhinsk"
for Toretsk, "Novomoskovsk" for Samar) still find it."""

from __future__ import annotations

from datetime import date

import pytest


def _places(extractor, text: str) -> dict[str, tuple[str, str]]:
    records = extractor.extract(text, "t", date(2025, 3, 20))
    return {r["place_mention"]: (r["place"], r["admin1"]) for r in records}


@pytest.mark.parametrize(
    "text",
    [
        "Our estimate is that the assault units lost two battalions in the week's fighting "
        "around Pokrovsk and Myrnohrad, for very small gains. Kyiv says the pressure there is "
        "easing, though the commanders on the ground describe the same grinding attacks as last "
        "month. On Thursday, meanwhile, long-range drones set fire to fuel tanks that serve the "
        "Engels air base, the Saratov governor said.",
        "Engels: residents of two streets were moved out after a night drone attack on the air "
        "base, the regional governor wrote on Telegram this morning.\n\n"
        "Pokrovsk: Russian assault groups attacked the railway station, the brigade said. Near "
        "Kostiantynivka, a glide bomb hit a school.",
    ],
)
def test_a_place_named_apart_by_its_own_name_is_not_the_other_names(extractor, text):
    found = _places(extractor, text)
    pokrovsk = next(v for k, v in found.items() if "Pokrovsk" in k)
    assert pokrovsk == ("Pokrovsk", "Donetsk")


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Russian troops attacked near Dzerzhinsk (Toretsk) and Gorlovka overnight, the "
            "ministry said.",
            "near Dzerzhinsk",
            "Toretsk",
        ),
        (
            "Russian troops attacked near Dzerzhinsk and Gorlovka overnight, the ministry said.",
            "near Dzerzhinsk",
            "Toretsk",
        ),
        (
            "A drone hit a house in Novomoskovsk, in the Dnipropetrovsk region, overnight.",
            "Novomoskovsk",
            "Samar",
        ),
    ],
)
def test_an_old_name_alone_or_told_beside_the_own_still_finds_the_place(
    extractor, text, words, place
):
    assert _places(extractor, text)[words][0] == place
