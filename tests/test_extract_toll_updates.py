"""Extraction, which event a toll update belongs to (figures40, :mod:`geo.extract.toll_updates`).

A chronology's update line told on another day ("update to 3 Mar: ... the toll is now ...") is
the named town's earlier event's, not the record told just before it nor a later one at the same
town; its figures replace the earlier ones (fewer injured when one of them died)."""

from __future__ import annotations

import time

import pytest

from geo.extract.toll_updates import toll_update, update_of_day


def _figures(events: list[dict], place: str, category: str | None = None) -> tuple:
    hits = [
        e
        for e in events
        if place in e["place_mention"] and category in (None, e["weapon_category"])
    ]
    assert hits, [e["place_mention"] for e in events]
    return hits[0]["fatalities"], hits[0]["injured"]


CHRONOLOGY = (
    "Mykolaiv region: attacks of the week, 2-8 March (volunteer monitors)\n\n"
    "2 Mar - Mykolaiv: drones on a shipyard in the Zavodskyi district; 1 killed, 4 injured.\n"
    "3 Mar - Voznesensk: missile hit a depot; 3 injured.\n"
    "5 Mar - Mykolaiv, update to 2 Mar: one of the injured welders died; the toll is now 2 "
    "killed, 3 injured.\n"
    "7 Mar - Mykolaiv: ballistic missile on a housing estate near the port, 5 killed "
    "and 18 injured.\n"
)


def test_an_update_line_of_another_day_is_the_named_town_s_earlier_event(extractor):
    events = extractor.extract(CHRONOLOGY, "t")
    assert _figures(events, "Mykolaiv", "drone") == (2, 3)
    assert _figures(events, "Voznesensk") == (None, 3)  # not the record told just before it
    assert _figures(events, "Mykolaiv", "ballistic missile") == (5, 18)  # nor the later one


@pytest.mark.parametrize(
    ("sentence", "update"),
    [
        ("The regional head now says six people were killed and 23 injured.", True),
        ("The toll has climbed: four people are now confirmed dead.", True),
        ("The figures were raised on 9 Mar to 6 killed and 20 injured.", True),
        ("Kharkiv, update to 4 May: the toll is now 3 killed.", True),
        ("Three people were killed and 12 injured in the strike.", False),
        ("The mayor says the city now has 40 shelters for 9,000 people.", False),
    ],
)
def test_the_voice_of_an_update(sentence: str, update: bool) -> None:
    assert toll_update(sentence) is update


def test_an_update_of_another_day_needs_a_figure_above_zero() -> None:
    assert update_of_day("Update to 2 Mar: the toll is now 2 killed.", {"killed": 2})
    assert not update_of_day("Update to 2 Mar: no one was hurt after all.", {"killed": 0})
    assert not update_of_day("On 5 Mar a drone hit a barn; 2 killed.", {"killed": 2})


def test_the_voice_of_an_update_is_linear() -> None:
    def took(n: int) -> float:
        text = "now " * n + "toll " * n + "raised on " * n
        t0 = time.process_time()
        toll_update(text)
        return time.process_time() - t0

    small, large = took(25_000), took(100_000)
    assert large < 12 * max(small, 1e-3)


LABELLED = (
    "Live: night attack on Odesa\n\n"
    "05:50\nOdesa was hit by drones before dawn. Mayor Hennadii Trukhanov says one person was "
    "killed and four were hurt.\n\n"
    "06:40\nIn Izmail a drone damaged a grain silo; no one was hurt, the regional "
    "administration says.\n\n"
    "09:05\nUpdate on Odesa: the death toll has risen to two, the governor said. The number of "
    "injured now stands at 11.\n"
)


def test_a_live_blog_s_label_names_the_town_it_updates(extractor):
    events = extractor.extract(LABELLED, "t")
    assert _figures(events, "Odesa") == (2, 11)
    assert _figures(events, "Izmail") == (0, 0)  # not the blog's last event


def test_the_label_word_hides_no_town(geocoder):
    from geo.geocode.toponyms import find_toponyms

    text = "Update on Odesa: the toll has risen to two."
    assert [text[s:e] for s, e in find_toponyms(geocoder, text)] == ["Odesa"]
