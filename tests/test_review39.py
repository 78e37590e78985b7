"""The reviewer's findings on the merged branch (review39), each in sentences of our own: a strike
on a funeral or a memorial is a strike (the event word before the mourning); a plant where drones
are made is a strike's target when the clause's own event verb hits it; a resident's or a town's
"our" ("our Saltivka", "our building") makes no one a claimant, nor does a letter signed by a
bare name."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.depictions import mourned
from geo.extract.letter_close import letter_signer
from geo.extract.mentioned_only import mentioned_only
from geo.extract.own_things import tells_of_own

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def extract(geocoder):
    """The records of a text published on PUB."""
    extractor = Extractor(geocoder)
    return lambda text: extractor.extract(text, "review39", PUB)


_STRUCK_MOURNINGS = [
    "On 3 March a Russian missile hit the memorial to the victims of the Holodomor in Kharkiv, "
    "injuring two people walking past.",
    "On 3 March a missile struck a village cafe in Hroza where neighbours had gathered to "
    "remember a soldier, killing 59.",
    "A drone struck mourners who had gathered at the cemetery in Kharkiv on 3 March, killing "
    "three.",
    "On 3 March a drone hit the funeral of the victims of Saturday's shelling in Bilozerka, "
    "killing two of the mourners.",
]


@pytest.mark.parametrize("sentence", _STRUCK_MOURNINGS)
def test_a_strike_on_a_mourning_is_not_mourned(sentence):
    assert not mourned(sentence)


@pytest.mark.parametrize("sentence", _STRUCK_MOURNINGS)
def test_a_strike_on_a_mourning_is_recorded(extract, sentence):
    records = extract(sentence)
    assert [r["event_type"] for r in records] == ["strike"], records
    assert records[0]["event_date"] == "2025-03-03", records


@pytest.mark.parametrize(
    "sentence",
    [
        "A vigil was held in Uman on Sunday for the victims of the strike on the market.",
        "Relatives gathered at the memorial stone where a missile killed 61 in April 2022.",
        "Memorial services for the 20 people killed by the missile were held in Sumy.",
    ],
)
def test_a_mourning_with_no_event_word_before_it_is_mourned(sentence):
    assert mourned(sentence)


@pytest.mark.parametrize(
    ("text", "place", "injured", "killed"),
    [
        (
            "On 3 March a Ukrainian drone hit the factory where Shahed drones are made in "
            "Yelabuga, injuring 12 workers.",
            "Yelabuga",
            12,
            None,
        ),
        (
            "On 3 March a missile wrecked a workshop where drones were being assembled in "
            "Zaporizhzhia, killing two.",
            "Zaporizhzhia",
            None,
            2,
        ),
    ],
)
def test_a_strike_on_where_drones_are_made(extract, text, place, injured, killed):
    records = extract(text)
    assert [r["event_type"] for r in records] == ["strike"], records
    assert records[0]["place"].startswith(place[:6]), records
    assert (records[0]["injured"], records[0]["fatalities"]) == (injured, killed), records


def test_made_at_after_an_event_verb_is_no_mention():
    assert not mentioned_only("a drone struck the plant where Shahed drones are built in ")
    assert not mentioned_only("a missile destroyed a workshop where drones were assembled in ")
    assert mentioned_only("Russia launched 200 drones overnight, most of them built at the ")


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone hit our Saltivka at night and two people were wounded.",
        "Shelling hit our Kostiantynivka again; one man died.",
        "Firefighters and our rescuers put out the blaze.",
        "A drone hit our building in Kharkiv and two people were hurt.",
        "Shrapnel smashed the windows of our entrance and the glass of our yard.",
    ],
)
def test_a_residents_or_a_towns_our_is_no_own_thing(sentence):
    assert not tells_of_own(sentence)


@pytest.mark.parametrize(
    ("text", "verification"),
    [
        (
            "Olena Shevchenko: a drone hit our Saltivka at night, setting a car on fire in "
            "Kharkiv; two people were wounded.",
            "confirmed",
        ),
        (
            "Dear editors,\n\nOn 3 March a drone hit our building in Kharkiv and two people "
            "were hurt.\n\nRegards,\nOlena Petrenko",
            "confirmed",
        ),
        (
            "On 3 March a drone hit our Saltivka in Kharkiv, and two people were hurt.\n\n"
            "— Residents of Saltivka",
            "confirmed",
        ),
    ],
)
def test_a_residents_word_is_no_claim(extract, text, verification):
    records = extract(text)
    assert records and all(r["verification"] == verification for r in records), records


def test_a_letter_signed_by_a_bare_name_has_no_signer():
    text = (
        "Dear editors,\n\nOn 3 March a drone hit our warehouse in Kharkiv, injuring a loader.\n\n"
        "Regards,\nOlena Petrenko"
    )
    assert letter_signer(text) is None
    signed = text.replace("Olena Petrenko", "Olena Petrenko, Kharkiv Tiles management")
    assert letter_signer(signed) == "Olena Petrenko, Kharkiv Tiles management"
