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
