"""Extraction, a missile named by a pair of its variants ("Kh-59/69") before the generic word
and its describing words ("3 Kh-59/69 guided air missiles", "a Kh-59/69 missile"; issue
recall22A, in air force statements): the generic word is the system's, a cruise missile, not a
missile of no kind."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 12, 25)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_pair_of_variants_with_describing_words(extractor):
    text = "Air defence shot down 3 Kh-59/69 guided air missiles over the Sumy region."
    assert _events(extractor, text) == [("Sumy", "interception", "cruise missile")]


def test_a_pair_of_variants_right_before_the_generic_word(extractor):
    text = "One Kh-59/69 missile hit an industrial site in Lubny, the governor said."
    assert _events(extractor, text) == [("Lubny", "strike", "cruise missile")]
