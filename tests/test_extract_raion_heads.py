"""A district named after its town, opening its clause before a village of its own, only locates
the village ("In Kupiansk district, where artillery shelled the village of Kindrashivka"); an
evening bulletin's afternoon is its own day's."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        (
            "Morning news, 9 October 2025\n\nWe go first to Kupiansk district, where Russian "
            "artillery pounded the village of Petropavlivka overnight, wounding three residents.\n",
            "Petropavlivka",
            "Kupyansk",
        ),
        (
            "Regional administration update, 9 October 2025\n\nIn the Izium raion, enemy drones "
            "struck a farm in the village of Kamianka; a tractor driver was wounded.\n",
            "Kamianka",
            "Izyum",
        ),
        (
            "Night of 8-9 October 2025. In Okhtyrka district a guided bomb hit the village of "
            "Chernechchyna, damaging four houses.\n",
            "Chernechchyna",
            "Okhtyrka",
        ),
    ],
)
def test_a_town_named_district_before_its_village_is_no_strike_on_the_town(
    text, village, town, extractor
):
    places = [e["place"] for e in extractor.extract(text, "t", published=date(2025, 10, 9))]
    assert village in places
    assert town not in places


def test_a_district_hit_as_such_is_still_told():
    # (the rule reads only a district that opens its clause: "drones hit the X district" is a deed)
    from geo.extract.raion_heads import _RAION_AFTER

    assert _RAION_AFTER.match(" district, where")
    assert not _RAION_AFTER.match(" districts of the city")
    assert not _RAION_AFTER.match(" district court ruled")


@pytest.mark.parametrize(
    "title",
    [
        "EVENING BULLETIN - KHARKIV REGIONAL TV - 4 DECEMBER 2026",
        "Evening news | 4 December 2026",
        "Sumy regional TV evening newscast, 04.12.2026",
    ],
)
def test_an_evening_bulletins_afternoon_is_its_own_day(title, extractor):
    text = (
        f"{title}\n\nIn Sumy, a guided bomb fell on a garage cooperative at about four in the "
        "afternoon. Nobody was hurt, officials said.\n"
    )
    events = extractor.extract(text, "t")
    assert [(e["place"], e["event_date"]) for e in events] == [("Sumy", "2026-12-04")]


def test_a_listed_district_keeps_its_own_count(extractor):
    text = (
        "Governor's post, 9 October 2025\nOvernight air defence destroyed six drones over our "
        "region: two over Kaluga, three in the Kozelsk district, one near Lyudinovo.\n"
    )
    events = extractor.extract(text, "t", published=date(2025, 10, 9))
    assert any(e["place"] == "Kozel'sk" or e["place"].startswith("Kozel") for e in events), [
        e["place"] for e in events
    ]
