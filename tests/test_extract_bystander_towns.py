"""Towns that are no event's place though named beside one: a hospital's town ("the driver was taken
to the Kursk regional hospital" after a drone hit his car elsewhere, "both are in Belgorod
hospital") and the seat of a body of speakers ("analysts at a London think-tank"); a hospital hit
is still an event at its town."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(text, extractor, day):
    return {e["place"][:5] for e in extractor.extract(text, "t", published=day)}


def _assert_where_not_there(text, day, where, not_there, extractor):
    places = _places(text, extractor, day)
    assert any(p.startswith(where[:4]) for p in places), places
    assert not any(p.startswith(not_there[:4]) for p in places), places


GOVERNOR = (
    "Head of the Kursk region, Telegram, 2 November 2025\n"
    "In Rylsk an enemy drone dropped explosives on a tractor. The tractor driver was wounded in "
    "the leg and was taken to the Kursk regional hospital. His life is not in danger.\n"
)

WIRE = (
    "May 6 (Wire) - A Russian glide bomb hit a shop in Zolochiv on Tuesday, wounding three "
    "people. Two of them were later transferred to the Kharkiv regional clinical hospital, "
    "regional officials said.\n"
)

BULLETIN = (
    "Evening update, 12 August 2025\n"
    "Shelling of Nikopol wounded a woman of 60. She was admitted to the Dnipro Mechnikov "
    "hospital in a serious condition.\n"
)

# the wounded brought to a bare town, no hospital named
TAKEN_TO_TOWN = (
    "Evening report, 3 April 2025. A mortar round hit a farmyard in Bilopillia; a man of 50 was "
    "wounded in the arm and taken to Sumy.\n"
)
# the wounded lying in a hospital in a town, or in one named after its town
LYING_IN_TOWN = (
    "Volunteer post, 3 April 2025. A drone dropped a grenade beside our van in Stanislav and two "
    "of us were hurt; both are now in the hospital in Kherson and will recover.\n"
)
LYING_IN_NAMED = (
    "Governor's post, 3 April 2025. An FPV drone struck a minibus in Grayvoron; three passengers "
    "were hurt, all three are in Belgorod hospital.\n"
)
# the wounded died on the way to a hospital named after its town
ON_THE_WAY = (
    "Governor's post, 3 April 2025. A drone hit a lorry near Glushkovo. The driver died in the "
    "ambulance on the way to the Kursk regional hospital.\n"
)


@pytest.mark.parametrize(
    ("text", "day", "where", "not_there"),
    [
        (GOVERNOR, date(2025, 11, 2), "Ryl", "Kursk"),
        (WIRE, date(2025, 5, 6), "Zolo", "Khark"),
        (BULLETIN, date(2025, 8, 12), "Nikop", "Dnipr"),
        (TAKEN_TO_TOWN, date(2025, 4, 3), "Bilop", "Sumy"),
        (LYING_IN_TOWN, date(2025, 4, 3), "Stani", "Kherso"),
        (LYING_IN_NAMED, date(2025, 4, 3), "Grayv", "Belgo"),
        (ON_THE_WAY, date(2025, 4, 3), "Glush", "Kursk"),
    ],
)
def test_the_town_a_hospital_is_named_after_is_no_strike(text, day, where, not_there, extractor):
    _assert_where_not_there(text, day, where, not_there, extractor)


def test_a_hospital_named_after_its_town_and_hit_is_an_event_there(extractor):
    text = (
        "Kherson, 3 June 2025. A Russian drone struck the Kherson regional hospital in the "
        "morning, wounding a nurse, the regional administration said.\n"
    )
    events = extractor.extract(text, "t", published=date(2025, 6, 3))
    assert [(e["place"], e["event_type"]) for e in events] == [("Kherson", "strike")]


@pytest.mark.parametrize(
    ("text", "where", "not_there"),
    [
        (
            "Overnight a Russian missile struck a substation near Kovel. Analysts at a London "
            "think-tank said the strike fitted a pattern of attacks on the grid.\n",
            "Kovel",
            "London",
        ),
        (
            "A drone hit a fuel depot in Kropyvnytskyi, according to a Warsaw newspaper that "
            "cited local officials.\n",
            "Kropy",
            "Warsa",
        ),
        (
            "Researchers from a Berlin-based monitoring group said Russian shelling destroyed a "
            "bridge near Vovchansk on Monday.\n",
            "Vovch",
            "Berli",
        ),
    ],
)
def test_the_seat_of_a_body_of_speakers_is_no_event_place(text, where, not_there, extractor):
    _assert_where_not_there(text, date(2025, 4, 8), where, not_there, extractor)
