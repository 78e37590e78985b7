"""voices37: captions, transcripts and headed items (issue 16): corrections made in the same
breath, a turn's label read as the role the header names, ... (sentences in our own words)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.spoken_corrections import struck_out


@pytest.fixture(scope="module")
def extractor(geocoder):
    from geo.extract import Extractor

    return Extractor(geocoder)


# --- corrections made in the same breath -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("the crews shot down nine, no, eleven drones", "eleven drones"),
        ("on Monday, sorry, Tuesday night a shell hit", "Tuesday night"),
        ("on Friday, sorry, on Saturday morning", "Saturday morning"),
        ("Four people are hurt, sorry, five, said the doctor", "5 people are hurt"),
    ],
)
def test_the_word_meant_replaces_the_word_said_in_place(said, meant):
    read = struck_out(said)
    assert len(read) == len(said)
    assert meant in read
    assert "sorry" not in read and ", no," not in read


@pytest.mark.parametrize(
    "text",
    [
        "Three were killed, no injuries were reported",  # "no" before no figure
        "two, no, two drones",  # the same word said again
        "on Monday, sorry, 14 drones",  # a day and a figure are no correction of each other
        "one, I mean the first, drone came low",
    ],
)
def test_no_correction_is_read_where_none_was_made(text):
    assert struck_out(text) == text


def test_a_radio_guest_s_corrected_count_and_day_are_the_ones_kept(extractor):
    text = (
        "Morning show, 12 March 2026\n\n"
        "GUEST: From about midnight the drones came at Izmail. Air defence shot down seven, no, "
        "ten drones over the district.\n\n"
        "PRESENTER: And Reni?\n\n"
        "GUEST: In Reni, on Monday, sorry, on Tuesday evening, a drone hit a warehouse.\n"
    )
    records = extractor.extract(text, "radio", date(2026, 3, 12))
    downed = [r for r in records if r["event_type"] == "interception"]
    assert [r["destroyed"] for r in downed] == [10]
    (reni,) = [r for r in records if r["place"] == "Reni"]
    assert reni["event_date"] == "2026-03-10"


def test_corrections_are_read_in_linear_time():
    from timing import cpu_seconds

    def text(n: int) -> str:
        return ("nine, sorry, " * n) + ("Four people are hurt hurt " * n) + "sorry"

    small, _ = cpu_seconds(struck_out, text(5_000))
    big, _ = cpu_seconds(struck_out, text(50_000))
    assert big < 20 * max(small, 0.001), (small, big)
