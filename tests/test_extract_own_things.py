"""Extraction, verification: a body speaking of harm to what it runs, in its own words for what
it runs ("our hall", "our grain storage", "our pharmacist", "our solar park"), is that body's
word (`claimed`), whatever noun it uses; "our" in the report's, a side's or a hospital's voice
("our correspondent", "our air defence", "our city", "our doctors treated") is no such thing.
Seen in four writers of the development sets (heldout22 pharmacy chain, heldout23 philharmonic,
heldout33 developer and farm cooperative), read as `confirmed`: their nouns were not in a list
of site words. A letter signed under a valediction ("With respect,\\nManagement of ...") is the
signer's word when it tells such harm (`geo.extract.letter_close`)."""

from __future__ import annotations

from datetime import date

import pytest
from test_hostile_inputs37 import _linear

from geo.extract import Extractor
from geo.extract.letter_close import letter_signer
from geo.extract.own_things import tells_of_own
from geo.extract.post_opening import opened_by
from geo.extract.signature import signing_body


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone smashed the skylight of our exhibition hall overnight.",
        "Shrapnel damaged the cold store of our dairy near Bila Tserkva.",
        "Our night watchman was cut by flying glass.",
        "Two of our solar trackers were burned.",
    ],
)
def test_a_bodys_own_things_in_its_own_words(sentence):
    assert tells_of_own(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our correspondent in Sumy saw the drone hit a car.",
        "Our Lozova team heard the missile hit the depot.",
        "Our air defence shot down nine drones over the city.",
        "A missile hit our city again tonight.",
        "Our doctors treated two men injured by shelling in Nikopol.",
        "Our hearts are with the families of those killed in Odesa.",
        "A drone hit a warehouse, by our count the ninth this month.",
    ],
)
def test_our_in_the_reports_a_sides_or_a_hospitals_voice(sentence):
    assert not tells_of_own(sentence)


def test_a_firm_before_a_colon_speaking_of_its_own_hall(extractor):
    text = (
        "Kharkiv Puppet Theatre: last night's drone attack blew in the windows of our small "
        "hall in Kharkiv. Saturday's show is moved to the foyer."
    )
    assert opened_by(text) == "Kharkiv Puppet Theatre"
    events = extractor.extract(text, "post", date(2025, 3, 2))
    assert events and all(e["verification"] == "claimed" for e in events), events


def test_a_press_service_mark_under_a_notice_of_its_own_shop():
    text = (
        "Dear customers,\n\nOn Tuesday a guided bomb fell near our bakery in Zaporizhzhia; "
        "one of our bakers was hurt by glass.\n\nThank you for understanding. Press service of "
        "Khlibna Khata"
    )
    assert signing_body(text) == "Khlibna Khata"


def test_a_letter_signed_under_a_valediction(extractor):
    text = (
        "To the residents of the Lisova Poliana estate\n\nDear neighbours,\n\nOn the night of 4 "
        "March a drone struck the boiler room of our estate in Irpin; the heating is off until "
        "Friday. Nobody was hurt.\n\nWith respect,\nLisova Poliana management company"
    )
    assert letter_signer(text) == "Lisova Poliana management company"
    events = extractor.extract(text, "letter", date(2025, 3, 5))
    assert [e["verification"] for e in events] == ["claimed"], events


def test_a_letter_that_tells_no_harm_of_its_own_is_no_claim():
    text = (
        "Dear friends,\n\nOn Monday our volunteers drove to Kherson, where shelling had killed "
        "two people the day before.\n\nWith gratitude,\nThe Warm Bread Fund"
    )
    assert letter_signer(text) is None


def test_our_and_a_valediction_read_in_linear_time():
    def ask(n: int) -> list:
        text = "our " * n + "\nWith respect,\n" + "x" * n
        return [tells_of_own(text), letter_signer(text)]

    _linear(ask, 25_000, 250_000, factor=30)
