"""Extraction, ground won or held told in words the lexicon lacked (issue recall22A, in letters,
hearings, live blogs and security notes): a town "taken back", one that "changed hands", a side
that "claims full control" of a town, troops that "have broken into" its outskirts. Each is
fighting at the place. Words of the same shape about other things stay no event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 11, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_town_taken_back(extractor):
    text = "Last week the Russian ministry said its troops took back Malynivka."
    assert _events(extractor, text) == [("Malynivka", "fighting", None)]


def test_a_town_that_changed_hands(extractor):
    text = "Vovchansk has changed hands twice since the spring, our correspondent says."
    assert _events(extractor, text) == [("Vovchansk", "fighting", None)]


def test_a_side_claims_full_control_of_a_town(extractor):
    text = "Russia's defence ministry claims full control of Siversk. Kyiv denies it."
    assert _events(extractor, text) == [("Siversk", "fighting", None)]


def test_troops_have_broken_into_the_outskirts(extractor):
    text = "Moscow says its troops have broken into the eastern outskirts of Kurakhove."
    assert _events(extractor, text) == [("Kurakhove", "fighting", None)]


def test_the_same_words_about_other_things_are_no_fighting(extractor):
    text = (
        "The mayor of Poltava took back his remarks on Monday. The old mill in Lubny has "
        "changed hands for the third time, its new owner said. The council claims full "
        "control of the budget of Myrhorod."
    )
    assert _events(extractor, text) == []
