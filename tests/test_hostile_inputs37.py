"""The thirty-eighth session's attack (attack37) on the entry points: what it found, each a test
written before its fix. Times are CPU seconds of two sizes compared in one run (the least of three
runs, the collector paused: tests/timing.py), never a wall-clock limit."""

from __future__ import annotations

import pytest
from timing import cpu_seconds


def _linear(work, small, big, factor: float) -> None:
    small_s, _ = cpu_seconds(work, small)
    big_s, _ = cpu_seconds(work, big)
    assert big_s < factor * max(small_s, 1e-3), (small_s, big_s)


@pytest.fixture(scope="module")
def extractor(geocoder):
    from geo.extract import Extractor

    return Extractor(geocoder)


# --- a paragraph of a mayor's claims ------------------------------------------------------------
# Each event with figures read every claim made before it in its paragraph, and each claim of a
# mayor looked through every event for one in his city: one paragraph of 1,600 "Kharkiv mayor
# ... said a drone hit Sumy, killing one." took 11.8 s (x9.4 for x4; a 1 MB paste some 20 min),
# and with no event in the mayor's city each look read every event again.
_HEAD = "Kharkiv region, 12 May 2025\nA drone hit Kharkiv. "


@pytest.mark.parametrize(
    "claim",
    [
        "Kharkiv mayor Ihor Terekhov said a drone hit Sumy, killing one. ",
        "Lviv mayor Andriy Sadovyi said a drone hit Sumy, killing one. ",
    ],
)
def test_a_paragraph_of_mayors_claims_is_read_in_linear_time(extractor, claim):
    def read(text: str) -> list:
        return extractor.extract(text, "t")

    _linear(read, _HEAD + claim * 150, _HEAD + claim * 1_200, factor=20)
    sumy = [e for e in read(_HEAD + claim * 3) if e["place"] == "Sumy"]
    assert sumy and sumy[0]["fatalities"] == 1  # the mayor's own words are his claim
    assert sumy[0]["claimed_by"] == claim.split(" said")[0], sumy[0]["claimed_by"]


# --- a region name of separators ----------------------------------------------------------------
# The Region filter's key of a name read the spaces and hyphens before a closing "city" from each
# of their characters: a `?region=` word, a `--region` or an import's admin1 of 40,000 "- " took
# 58 s (5,000 took 3.7 s), on the Map page's server thread for each new session.
@pytest.mark.parametrize("shape", ["- ", "-", "misto - "])
def test_a_region_name_of_separators_is_keyed_in_linear_time(shape):
    from geo.region_menu import chosen, region_key

    _linear(region_key, shape * 500 + "x", shape * 4_000 + "x", factor=20)
    # the city's words are still read: UCDP's spelling of Kyiv is Kyiv's option
    assert chosen(["Kiev Special Republican city"], ["Kyiv", "Kyiv region"]) == ["Kyiv"]


# --- a transcript of many turns -----------------------------------------------------------------
# Each event of a transcript found its speaker's turn by reading the turns back from the last,
# twice (whose word it is, which day he speaks of): 1,600 turns of one speaker 2.6 million turns
# read each time, x5 for x4; and a transcript of distinct labels counted each label in all.
def test_a_transcript_of_many_turns_is_read_in_linear_time(extractor):
    from geo.extract.transcripts import turns

    def read(text: str) -> list:
        return extractor.extract(text, "t")

    turn = "HEAD: A drone hit Kharkiv. A bomb fell on Sumy.\n"
    _linear(read, _HEAD + turn * 200, _HEAD + turn * 1_600, factor=16)
    labels = ["".join(chr(65 + (i // 26**k) % 26) for k in range(4)) for i in range(40_000)]

    def labelled(k: int) -> str:
        return "".join(f"{name}: a line.\n" for name in labels[:k])

    _linear(turns, labelled(5_000), labelled(40_000), factor=16)
    assert turns(labelled(3) + "AAAA: again.\n")[0] == (0, "Aaaa")


# --- a long place name typed ---------------------------------------------------------------------
# The reading of a typed "town, region" tried the letter each side must hold at each character of
# a name with no comma: `geo geocode` of 64 kB of "Kharkiv " took 24 s (16 kB 1.9 s), and the
# review's "Another place" box reads a typed name the same way.
def test_a_long_typed_name_is_read_in_linear_time(geocoder):
    from geo.geocode.town_in_region import geocode_typed, town_in_region

    def typed(text: str):
        return town_in_region(geocoder, text, frozenset())

    _linear(typed, "Kharkiv " * 500, "Kharkiv " * 4_000, factor=20)
    found = geocode_typed(geocoder, "Novoolenivka, Donetsk")  # "town, region" still read so
    assert found.place is not None and found.place.admin1 == "Donetsk"


# --- two texts pasted in the same second --------------------------------------------------------
# A text pasted without a name was named by the second of its paste: two analysts pasting two
# reports in the same second gave them one name, and the second's events replaced the first's of
# the same type, place, day and weapon (a school's 2 dead became a warehouse's 5 injured,
# "updated 1").
def test_two_texts_pasted_in_the_same_second_keep_their_events(scratch_store, extractor):
    from datetime import date, datetime

    from geo import store
    from geo.events import to_frame
    from geo.paste_names import paste_name
    from geo.store import Report

    moment = datetime(2026, 12, 7, 10, 13, 27)
    head = "Kharkiv, 7 December 2026\nA drone hit "
    texts = [
        head + "a school in Kharkiv overnight, killing two people, the governor said.",
        head + "a warehouse in Kharkiv overnight, injuring five people, the mayor said.",
    ]
    for text in texts:
        name = paste_name(text, moment)
        records = extractor.extract(text, name, date(2026, 12, 7))
        assert len(records) == 1
        assert store.save(to_frame(records), report=Report(name, text)).added == 1
    stored = store.load(scratch_store)
    assert sorted(stored["fatalities"].fillna(0)) == [0, 2]
    assert sorted(stored["injured"].fillna(0)) == [0, 5]
