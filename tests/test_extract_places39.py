"""One place, two events (places39): two attacks on one town in a day, each at its own time with
its own toll, stay two (:mod:`geo.extract.apart_in_day`); one attack told again (a risen toll,
the same toll, "the morning shelling") stays one."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.apart_in_day import _parts


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text, day=date(2025, 4, 1)):
    return sorted(
        (
            (e["event_type"], e["place"][:6], e["fatalities"], e["injured"], e["destroyed"])
            for e in extractor.extract(text, "t", published=day)
        ),
        key=lambda k: (k[0], k[1], str(k[2:])),
    )


def test_parts_of_the_day_by_clock_and_by_word():
    assert _parts("13:20 - shelling") == {"afternoon"}
    assert _parts("21.10 - a shell landed in the evening") == {"evening"}
    assert _parts("Early in the morning the town was shelled") == {"morning"}
    assert _parts("A shell hit a shop") == set()


def test_a_date_or_a_sum_is_no_clock_and_p_m_is_the_evening():
    # (review39) a day.month date, a sum of money and a 12-hour clock were misread
    assert _parts("On 12.05 a shell hit a shed") == set()
    assert _parts("The council set aside UAH 1.50 million for repairs") == set()
    assert _parts("At 8:15 p.m. a drone struck a depot") == {"evening"}
    assert _parts("around 9.40 a.m. the market was hit") == {"morning"}
    assert _parts("Kupiansk - 14.30: a shell hit a school") == {"afternoon"}
    assert _parts("at about 3 a.m. sirens sounded") == {"night"}


def test_a_dated_attack_and_an_evening_one_with_another_toll_stay_one(extractor):
    told = (
        "Russian artillery shelled Kherson on {}, wounding three. In the evening a man was "
        "killed when a shell hit a house in Kherson."
    )
    by_date = _kinds(extractor, told.format("12.05"), day=date(2025, 5, 13))
    by_words = _kinds(extractor, told.format("12 May"), day=date(2025, 5, 13))
    assert len(by_date) == len(by_words) == 1, (by_date, by_words)


def test_two_timed_attacks_with_their_own_tolls_stay_two(extractor):
    text = (
        "Tuesday 1 April\n\n"
        "10:05 - Beryslav: artillery hit the market and wounded a vendor, officials say.\n\n"
        "19:40 - Beryslav: a pensioner was killed in his garden by artillery fire, officials say.\n"
    )
    got = _kinds(extractor, text)
    assert [(k[0], k[1]) for k in got] == [("strike", "Berysl"), ("strike", "Berysl")]


def test_a_toll_told_again_later_in_the_day_stays_one_event(extractor):
    text = (
        "Tuesday 1 April\n\n"
        "10:05 - Beryslav: artillery hit the market and wounded a vendor, officials say.\n\n"
        "19:40 - Beryslav: the toll from the morning shelling has risen to two wounded, "
        "officials say.\n"
    )
    got = _kinds(extractor, text)
    assert [k[0] for k in got] == ["strike"]


def test_the_same_toll_told_at_another_time_stays_one_event(extractor):
    text = (
        "Tuesday 1 April\n\n"
        "10:05 - Beryslav: artillery hit the market and wounded a vendor, officials say.\n\n"
        "19:40 - Beryslav: one man was wounded by artillery today, the evening summary says.\n"
    )
    got = _kinds(extractor, text)
    assert [k[0] for k in got] == ["strike"]


def test_the_time_of_day_reader_is_linear_on_a_long_paste():
    from test_hostile_inputs37 import _linear

    from geo.extract.apart_in_day import _BACK

    line = "the the 12:3 an evening of the 13:2 said the same-old-long-word strike at 7 "

    def read(n: int) -> tuple:
        text = line * n
        return _parts(text), _BACK.search(text.replace("strike", "s"))

    _linear(read, 1_600, 12_800, factor=20)  # about 120 kB and 1 MB
    assert read(2)[0] == {"evening"}
