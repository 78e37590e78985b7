"""Extraction, the weapon of a strike told paragraphs after the attack it belongs to (issue 16):
a notice's or a governor's opening names the night's weapon and the regions ("Russian attack
drones went after the grid in the Odesa and Mykolaiv regions"), or a title names it ("Missile
attack on Dnipro"), and a later paragraph tells a hit with no weapon word ("Near Izmail a
substation caught fire"). The hit takes that weapon; an attack told with no weapon or with
several kinds gives none, and a weapon told for another town's story is that town's."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in extractor.extract(text, "t", date(2025, 5, 3)):
        if e["event_type"] == "strike":
            out.setdefault(e["place"], []).append(e)
    return out


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # an operator's notice: the opening names the weapon and the regions, a paragraph a town
        (
            "Odesaoblenergo | Notice to customers\n03.05.2025, 08:15\n\n"
            "Overnight, Russian attack drones went after the power grid in the Odesa and "
            "Mykolaiv regions.\n\n"
            "In Bilhorod-Dnistrovskyi a drone hit a warehouse; a guard was injured.\n\n"
            "Near Izmail a transformer substation was damaged and caught fire. Crews restored "
            "supply to most customers by morning.\n",
            "Izmayil",
            "drone",
        ),
        # a governor's evening post: the region's attack first, then town by town
        (
            "Sumy Regional Military Administration\n3 May 2025, 20:10\n\n"
            "Russian FPV drones struck communities of the Sumy region today.\n\n"
            "Konotop community: a drone hit a garage, a man of 60 was wounded.\n\n"
            "Shostka community: a boiler house was damaged in Shostka, no one was hurt.\n",
            "Shostka",
            "drone",
        ),
        # a wire story whose title alone names the weapon
        (
            "Missile attack on Dnipro leaves two dead\n\n"
            "DNIPRO, May 3 (Wire) - A five-storey apartment block in the centre of Dnipro was "
            "hit in the early hours of Saturday, killing two people, the regional governor said.\n",
            "Dnipro",
            "missile",
        ),
    ],
)
def test_a_hit_takes_the_weapon_its_attack_was_told_with(extractor, text, place, category):
    found = _strikes(extractor, text)
    assert place in found, found
    assert [e["weapon_category"] for e in found[place]] == [category]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the attack told with no weapon: the hit names none either, even after a drone story
        (
            "Rail operator | Note to passengers\n03.05.2025\n\n"
            "Overnight, the enemy once again targeted railway infrastructure in several "
            "regions.\n\n"
            "Sumy region. Drones hit the locomotive depot at Konotop station; two workers were "
            "injured.\n\n"
            "Dnipropetrovsk region. A traction substation near Synelnykove was hit.\n",
            "Synelnykove",
        ),
        # a combined attack of two kinds: no one weapon for the hit
        (
            "Air Force of Ukraine\n03.05.2025 09:00\n\n"
            "Overnight the enemy carried out a combined missile and drone strike on energy "
            "facilities.\n\n"
            "As a result of the attack, a gas production facility was hit near Poltava.\n",
            "Poltava",
        ),
    ],
)
def test_a_hit_takes_no_weapon_from_another_story_or_a_mixed_attack(extractor, text, place):
    found = _strikes(extractor, text)
    assert place in found, found
    assert [e["weapon_category"] for e in found[place]] == [None]


def test_the_hit_keeps_its_place_date_and_figures(extractor):
    text = (
        "Missile attack on Dnipro leaves two dead\n\n"
        "DNIPRO, May 3 (Wire) - A five-storey apartment block in the centre of Dnipro was "
        "hit in the early hours of Saturday, killing two people and injuring nine, the regional "
        "governor said.\n"
    )
    (e,) = _strikes(extractor, text)["Dnipro"]
    assert (e["event_date"], e["fatalities"], e["injured"]) == ("2025-05-03", 2, 9)
    assert e["verification"] == "claimed"
