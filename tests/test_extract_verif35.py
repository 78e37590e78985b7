"""Extraction, a doubt's reach and a claimant's name (verif35): a doubt about the weapon alone
("The claim that a Kinzhal was also used could not be verified") hedges none of the events it
refers to and adds no record; a denial that gives the denier's own account ("Moscow called the
report fake, adding that ...") is the denier's word; an office named by the place it serves
("the city's mayor X") is stored without the possessive."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.claimant_office import without_unit
from geo.extract.hedges import HEDGE, doubts_detail


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str, day: date = date(2025, 7, 24)) -> dict[str, dict]:
    """The events by the first three letters of their place (the gazetteer's spelling varies)."""
    return {e["place"][:3]: e for e in extractor.extract(text, "test", day)}


_WEAPON_DOUBT = """Rockets strike two towns in the south

ZAPORIZHZHIA, July 24, 2025 (Southwire) - Russian missiles hit a grain store in Vilniansk and a bus depot in Orikhiv before dawn on Thursday, the regional governor Ivan Fedorov said, wounding six people. The claim that an Iskander was also fired at the depot could not be verified. In Huliaipole a drone burned a car, he said.
"""


def test_a_doubt_about_the_weapon_hedges_no_event(extractor):
    e = _by_place(extractor, _WEAPON_DOUBT)
    assert {e[p]["verification"] for p in ("Vil", "Ori")} == {"claimed"}
    assert e["Ori"]["weapon"] is None  # the doubted Iskander is no record's weapon
    assert len(e) == 3


_CLAIM_DOUBT = """Separately, the governor said shelling hit Kamianka in the morning, wounding a woman. Pro-Russian channels claimed a strike on a command post in Stepnohirsk; that claim could not be independently verified. Later in the day the district's head said a drone hit a barn near Vasylivka; nobody was hurt.
"""


def test_a_doubt_on_one_claim_reaches_that_claim_alone(extractor):
    e = _by_place(extractor, _CLAIM_DOUBT)
    assert e["Ste"]["verification"] == "unverified"
    assert e["Kam"]["verification"] == "claimed"
    assert e["Vas"]["verification"] == "claimed"
    assert e["Vas"]["claimed_by"] == "District head"  # not "Later in the day the district's head"


@pytest.mark.parametrize(
    "sentence",
    [
        "The claim that a Kinzhal was also used could not be verified.",
        "Reports that a Kinzhal was among the missiles could not be verified.",
        "The Mission was not able to confirm the type of warhead.",
    ],
)
def test_doubts_on_the_weapon_are_read_as_a_detail(sentence):
    assert HEDGE.search(sentence)
    assert doubts_detail(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports that a missile hit the market could not be verified.",
        "The claim that troops entered Robotyne could not be verified.",
        "We could not verify the governor's figures.",
    ],
)
def test_doubts_on_the_event_are_no_detail(sentence):
    assert not doubts_detail(sentence)


def test_been_unable_to_verify_is_a_doubt():
    assert HEDGE.search("The Mission has so far been unable to verify this account.")


_DENIAL = """KYIV, Sept 9, 2025 (Eastwire) - Ukraine's navy said on Tuesday its sea drones had hit a patrol boat off Chornomorske overnight. The Kremlin dismissed the report as invented, insisting that its air defences had downed 17 drones over Crimea.
"""


def test_a_denial_with_its_own_account_is_the_deniers_word(extractor):
    e = _by_place(extractor, _DENIAL, date(2025, 9, 9))
    assert e["Cri"]["event_type"] == "interception"
    assert e["Cri"]["claimed_by"] == "Kremlin"  # not the navy's, whose report it denies
    assert e["Cho"]["verification"] == "claimed"
    assert e["Cho"]["claimed_by"] == "Ukraine's navy"


@pytest.mark.parametrize(
    ("who", "named"),
    [
        ("City's mayor Ihor Polishchuk", "City mayor Ihor Polishchuk"),
        ("The region's governor", "Regional governor"),
        ("The district's head", "District head"),
        ("Country's air force", "Air force"),
        ("Kharkiv's mayor", "Kharkiv's mayor"),
        ("Russia's defence ministry", "Russia's defence ministry"),
    ],
)
def test_an_office_named_by_its_place_drops_the_possessive(who, named):
    assert without_unit(who) == named


def test_the_claimant_is_stored_without_the_citys(extractor):
    text = "In Lutsk, a drone hit a five-storey block in the night, the city's mayor Ihor Polishchuk said. Three people were killed."
    (e,) = extractor.extract(text, "test", date(2025, 6, 17))
    assert e["claimed_by"] == "City mayor Ihor Polishchuk"
