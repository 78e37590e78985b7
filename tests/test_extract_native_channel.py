"""Extraction, a post headed by its channel's name in Cyrillic script (an official's, a body's
or a channel's Telegram post given in English): the whole post is that channel's claim, named by
its Latin part when the header gives one; a hedge still leaves an event unverified, and a post
under a Latin header, or a channel of the UN, claims nothing."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.native_channel import native_channel


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text):
    return {e["place"]: e for e in extractor.extract(text, "post.txt", date(2025, 3, 4))}


_GOVERNOR = """Віталій Кім | Vitalii Kim
4 March, 07:40

Overnight a drone hit a grain warehouse in Voznesensk. Two workers were injured.
In Bashtanka a shell damaged the roof of a school, nobody hurt.
"""

_NO_LATIN_NAME = """Іван Коваленко | 4 March, 08:05

Izium: a guided bomb hit a garage on the edge of town. A man of 61 was wounded.
"""

_HEDGED = """Віталій Кім / Vitalii Kim

Residents say a drone hit a shed in Voznesensk overnight; this could not be independently verified.
"""

_LATIN_HEADER = """Evening notes | a reporter's channel
4 March

Overnight a drone hit a grain warehouse in Voznesensk. Two workers were injured.
"""


def test_a_cyrillic_channel_name_claims_the_whole_post(extractor):
    events = _by_place(extractor, _GOVERNOR)
    for place in ("Voznesensk", "Bashtanka"):
        assert events[place]["verification"] == "claimed"
        assert events[place]["claimed_by"] == "Vitalii Kim"


def test_a_name_with_only_a_date_after_it_is_named_as_written(extractor):
    (event,) = _by_place(extractor, _NO_LATIN_NAME).values()  # Izium
    assert event["verification"] == "claimed"
    assert event["claimed_by"] == "Іван Коваленко"


def test_a_hedge_still_leaves_the_event_unverified(extractor):
    assert _by_place(extractor, _HEDGED)["Voznesensk"]["verification"] == "unverified"


def test_a_latin_header_claims_nothing(extractor):
    assert _by_place(extractor, _LATIN_HEADER)["Voznesensk"]["verification"] == "confirmed"


def test_what_heads_nothing():
    body = "\n\nA drone hit a shed in Voznesensk overnight.\n"
    assert native_channel("ООН в Україні | UN in Ukraine" + body) is None  # independent
    assert native_channel("Дрон влучив у склад у Вознесенську" + body) is None  # a headline
    ukrainian = "Віталій Кім\n\nУночі дрон влучив у склад у Вознесенську. Двоє поранених.\n"
    assert native_channel(ukrainian) is None  # an article in its own language
    assert native_channel("Поліція Донеччини | Police of Donetsk region" + body) == (
        "Police of Donetsk region"
    )
    assert native_channel("Хинштейн | Курская область" + body) == "Хинштейн"
    assert native_channel("Віталій Кім" + " " * 20000 + "| Vitalii Kim" + body) is None
