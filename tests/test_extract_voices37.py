"""voices37: captions, transcripts and headed items (issue 16): corrections made in the same
breath, a turn's label read as the role the header names, ... (sentences in our own words)."""

from __future__ import annotations

import re
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


# --- a turn's label, the person the header names -----------------------------------------------


def test_a_role_label_is_the_person_the_header_names_for_it():
    from geo.extract.transcripts import turns

    text = (
        "Briefing of the regional administration, 4 March 2026\n"
        "Participants: Ivan Fedorov, head of the regional military administration; Olha "
        "Petrenko, spokeswoman of the police.\n\n"
        "GOVERNOR: Last night a missile hit a warehouse in Zaporizhzhia.\n\n"
        "POLICE: Two people were hurt there.\n\n"
        "GOVERNOR: The work goes on.\n"
    )
    speakers = {who for _, who in turns(text)}
    assert "Ivan Fedorov, head of the regional military administration" in speakers
    assert "Governor" not in speakers


def test_a_guest_label_is_the_guest_the_header_names():
    from geo.extract.cast import cast_of

    text = (
        "Morning radio, 3 March 2026. Guest: Petro Dmytrenko, mayor of the town. Presenter: "
        "Anna Bilyk.\n\nGUEST: Good morning.\n"
    )
    assert cast_of(text, {"GUEST"}) == {"GUEST": "Petro Dmytrenko, mayor of the town"}
    assert cast_of(text, {"CALLER"}) == {}  # a label the header names nobody for


# --- each verb phrase its own weapon and place -------------------------------------------------


def test_each_verb_phrase_keeps_its_own_weapon_and_place(extractor):
    text = (
        "Nikopol district, 10 March 2026\n\n"
        "On Sunday the occupiers pounded Marhanets with artillery and threw FPV drones at Nikopol.\n"
    )
    records = extractor.extract(text, "kinds", date(2026, 3, 10))
    kinds = sorted((r["place"], r["weapon_category"]) for r in records)
    assert kinds == [("Marhanets", "artillery"), ("Nikopol", "drone")]


# --- the heading's town told back beside another place -----------------------------------------


def test_the_town_under_a_heading_is_the_heading_s_beside_another_place(extractor):
    text = (
        "THE VALLEY HERALD, 7 March 2026\n\nIN BRIEF\n\n"
        "NIKOPOL\nEnemy gunners shelled the town on Friday and a drone dropped explosives on a "
        "tractor in Tomakivka the same morning, wounding its driver.\n"
    )
    records = extractor.extract(text, "brief", date(2026, 3, 7))
    kinds = sorted((r["place"], r["weapon_category"]) for r in records)
    assert kinds == [("Nikopol", "artillery"), ("Tomakivka", "drone")]


def test_the_town_of_a_named_place_is_no_heading_s_town():
    from geo.extract.heading_town import town_clause
    from geo.extract.lexicon import triggers_in

    text = "A drone hit the town of Tomakivka on Friday."
    assert town_clause(text, [text.index("Tomakivka")], triggers_in(text)) is None
    text = "Shells hit the town and its outskirts near Tomakivka."  # one clause, one place
    assert town_clause(text, [text.index("Tomakivka")], triggers_in(text)) is None


def test_the_heading_s_town_is_read_in_linear_time():
    from timing import cpu_seconds

    from geo.extract.heading_town import town_clause

    def read(n: int):
        text = "the town and " * n + "a drone hit Tomakivka, and the town " * n
        places = list(range(0, len(text), 997))
        hits = [("strike", m) for m in re.finditer(r"\bhit\b", text)]  # (the event words)
        return cpu_seconds(town_clause, text, places, hits)[0]

    small, big = read(2_000), read(20_000)
    assert big < 20 * max(small, 0.001), (small, big)
