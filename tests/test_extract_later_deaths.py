"""Hurt people who die later move from an event's injured to its killed (narrative34): "one of the
injured died in hospital", "two of the four wounded died", "the guard wounded at dawn died"; the
count of the hurt such a sentence names is the earlier figure, none of its own; a toll "revised
to" a figure replaces the killed."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures
from geo.extract.later_deaths import died_later


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("One of the injured died in hospital overnight.", 1),
        ("Two of the four wounded died in intensive care.", 2),
        ("One of the people injured at the bus stop has since died.", 1),
        ("The night guard wounded at dawn died two days later.", 1),
        ("A woman who was hurt in the morning attack later died.", 1),
        ("One of the two welders had died of his wounds.", 1),
        ("Three people died and two were injured.", None),
        ("One of the injured was taken to Kyiv.", None),
    ],
)
def test_a_later_death_and_how_many(sentence, moved):
    found = died_later(sentence)
    assert (found[0] if found else None) == moved


def test_the_hurt_counted_in_a_later_death_are_no_new_figure():
    assert casualty_figures("The driver, one of the five wounded on Friday, died today.") == {}
    assert casualty_figures("The death toll has been revised to six, police said.") == {"killed": 6}


UPDATES = (
    "Chornomorsk: live\n\n"
    "10:05 - A missile hit a warehouse in Chornomorsk, killing two and injuring five.\n\n"
    "15:30 - A drone hit a garage in Izmail; a watchman was injured.\n\n"
    "18:40 - One of the five people injured at the Chornomorsk warehouse has died in hospital.\n"
)


def test_a_later_death_moves_one_on_the_event_it_tells_of(extractor):
    events = extractor.extract(UPDATES, "t", published=date(2025, 7, 2))
    figures = {e["place"][:5]: (e["fatalities"], e["injured"]) for e in events}
    assert figures.get("Chorn") == (3, 4)
    assert figures.get("Izmay") == (None, 1)  # (the gazetteer spells it so)


def test_a_later_death_without_a_place_finds_its_event_by_its_words(extractor):
    text = (
        "A shell hit a tram depot in Nikopol, wounding a tram driver.\n\n"
        "Later a drone hit a shop in Marhanets, injuring three customers.\n\n"
        "The tram driver wounded in the morning died in hospital.\n"
    )
    events = extractor.extract(text, "t", published=date(2025, 7, 2))
    figures = {e["place"][:5]: (e["fatalities"], e["injured"]) for e in events}
    assert figures.get("Nikop") == (1, 0)
    assert figures.get("Marha") == (None, 3)
