"""Extraction of agency copy in the Russian state agencies' manner (issue 16, classes 2 and 3):
a slashed dateline, region words with a capital, quoted ministry statements, a speaker with an
aside before the verb."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.sentences import split_sentences


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


STORY = (
    "Air defences down 30 drones over Russian regions\n\n"
    "MOSCOW, March 4. /Newsdesk/. On-duty air defences destroyed 30 drones over Russian regions "
    "overnight, the Defence Ministry said on Tuesday.\n\n"
    '"On the night of March 3-4, air defence assets intercepted 30 drones: 18 over the territory '
    "of the Kursk Region and 12 over the Oryol Region,\" the ministry's press service said.\n"
)


def test_a_slashed_dateline_opens_the_first_sentence_and_its_city_is_no_event():
    texts = [s.text for s in split_sentences(STORY)]
    assert any(t.startswith("MOSCOW, March 4. /Newsdesk/. On-duty") for t in texts)


def test_a_state_agency_tally_gives_each_capitalised_region_its_count_and_the_night_its_day(
    extractor,
):
    events = extractor.extract(STORY, "t", published=date(2025, 3, 4))
    got = [(e["place"][:5], e["destroyed"], e["event_date"]) for e in events]
    assert ("Kursk", 18, "2025-03-04") in got
    assert all(not place.startswith("Mosc") for place, _, _ in got)
    assert {e["claimed_by"] for e in events} <= {"The ministry's press service", "Defence Ministry"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's Defence Ministry, for its part, said 40 drones were downed over the Kursk region.",
        "The ministry, in turn, said 40 drones were downed over the Kursk region.",
    ],
)
def test_a_speaker_with_an_aside_before_the_verb_still_claims(extractor, sentence):
    (event,) = extractor.extract("Kyiv, 2025-03-04\n" + sentence, "t")
    assert event["verification"] == "claimed" and event["claimed_by"]


def test_a_wire_update_slug_is_no_event(extractor):
    text = (
        "ODESA, June 3 (Newswire) - A missile hit a grain terminal in Izmail on Tuesday, the "
        "regional governor said.\n\n"
        "UPDATE 2 - Adds details of the attack on the port of Reni, the toll in Izmail rising to three\n\n"
        "Three people were killed in Izmail, the governor said later."
    )
    events = extractor.extract(text, "t")
    assert [e["place"] for e in events] == ["Izmayil"]  # GeoNames spelling; Reni is not hit


def test_the_claimant_loses_a_dateline_and_a_list_dash(extractor):
    wire = (
        "MOSCOW, June 3 (Newswire) - Russia's Defence Ministry claimed its troops had taken the "
        "village of Novoselivka in the Kharkiv region."
    )
    listed = (
        "Key events, 3 June 2025\n\n"
        "- Ukraine said its drones hit a fuel depot near Novorossiysk overnight.\n"
        "- Russian troops advanced near Lyman, the DeepState monitoring group said."
    )
    claimants = {e["place"]: e["claimed_by"] for e in extractor.extract(wire, "a")}
    claimants |= {e["place"]: e["claimed_by"] for e in extractor.extract(listed, "b")}
    assert claimants["Novoselivka"] == "Russia's Defence Ministry"
    assert claimants["Novorossiysk"] == "Ukraine"
    assert claimants["Lyman"] == "DeepState monitoring group"


def test_a_named_drone_and_a_missile_are_two_strikes_each_with_its_name(extractor):
    text = (
        "KYIV, June 3 (Newswire) - Russia attacked Chernihiv overnight with Geran drones and a "
        "Kh-101 cruise missile, wounding five, the governor said."
    )
    events = extractor.extract(text, "t")
    assert sorted(e["weapon"] for e in events) == ["Kh-101", "Shahed"]  # Geran is a Shahed
