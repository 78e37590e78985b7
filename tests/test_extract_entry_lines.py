"""Extraction, entry lines (issue 16): a log's or a list's entries are short lines without a full
stop, as titles are, but no body retells them. A line opened by a date or a clock time after the
report's opening lines, or one of a run of three such lines, is an entry whose events are kept;
the report's title and a story's title over its body are still dropped when alone."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.entries import entry_lines
from geo.extract.sentences import split_sentences


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(events):
    return sorted((e["event_type"], e["place"], e["event_date"]) for e in events)


def test_a_dated_incident_log_keeps_each_entry(extractor):
    text = (
        "Clinics and ambulances hit: the May register\n\n"
        "Our field staff log every incident they can check. The list is not complete.\n\n"
        "12 May 2025 - Sumy - a guided bomb tore the roof off an outpatient clinic\n\n"
        "14 May 2025 - Nikopol - an FPV drone struck an ambulance, its driver hurt\n\n"
        "17 May 2025 - Kherson - shelling damaged a maternity ward, two nurses wounded\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 2))
    assert _places(events) == [
        ("strike", "Kherson", "2025-05-17"),
        ("strike", "Nikopol", "2025-05-14"),
        ("strike", "Sumy", "2025-05-12"),
    ]


def test_a_watch_log_by_the_clock_keeps_each_entry(extractor):
    text = (
        "Roof watch, night of 2 to 3 June\n"
        "Two of us stayed on the roof until it was light and wrote down what we saw.\n"
        "01:55 - three explosions heard in Bila Tserkva\n"
        "02:30 - a drone struck a warehouse in Brovary\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 3))
    assert [e["place"] for e in events] == ["Bila Tserkva", "Brovary"]


_SHEET = (
    "Seven days in figures\n\n"
    "What follows is drawn from the statements of regional officials.\n\n"
    "3 killed in a missile strike on Kryvyi Rih\n"
    "27 injured in Zaporizhzhia as glide bombs hit the port district\n"
    "2 substations damaged by drones in Poltava\n"
)
# a list without marks between an intro and a closing line
_ADVISORY = (
    "Field movement advice, Kharkiv oblast\n\n"
    "Read the points below before any trip this week.\n\n"
    "Avoid the ring road near Chuhuiv: shelling reported overnight\n"
    "Rail line at Balakliia damaged by a drone strike\n"
    "Missile attack on Kupiansk, curfew starts earlier\n\n"
    "Call the security desk before you leave.\n"
)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (_SHEET, ["Kryvyy Rih", "Poltava", "Zaporizhzhya"]),
        (_ADVISORY, ["Balakliya", "Chuhuyiv", "Kupyansk"]),
    ],
)
def test_a_run_of_three_lines_keeps_its_lines(extractor, text, places):
    events = extractor.extract(text, "t", date(2025, 6, 6))
    assert sorted(e["place"] for e in events) == places


def test_a_wire_headline_and_sub_headline_stay_titles(extractor):
    text = (
        "Russian missiles hit Dnipro, killing four\n"
        "Rescuers search a damaged apartment block\n"
        "Power cut in two districts\n\n"
        "DNIPRO, June 5 (Reuters) - Russian missiles struck the city of Dnipro on Thursday, "
        "killing four people, the regional governor said.\n\n"
        "Rescuers were still at work on Friday morning.\n"
    )
    sentences = split_sentences(text)
    assert entry_lines(text, sentences) == set()
    events = extractor.extract(text, "t", date(2025, 6, 6))
    assert _places(events) == [("strike", "Dnipro", "2025-06-05")]


def test_a_story_title_over_its_body_is_no_entry():
    text = (
        "Morning round-up\n\n"
        "Officials in three regions reported damage overnight.\n\n"
        "Port of Izmail hit by drones\n"
        "Drones struck grain silos in Izmail before dawn, the governor said.\n\n"
        "Kharkiv shelled again\n"
        "Shells fell on two districts of Kharkiv in the evening.\n"
    )
    assert entry_lines(text, split_sentences(text)) == set()


def test_a_figure_headline_over_its_body_gives_one_record(extractor):
    text = (
        "4 killed as drones hit Kharkiv\n\n"
        "Drones struck the city of Kharkiv on Tuesday night, killing four people and wounding "
        "12, the mayor said.\n\n"
        "The attack damaged a school and several houses.\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 4))
    assert [e["place"] for e in events] == ["Kharkiv"]


@pytest.mark.parametrize(
    "text",
    [
        # a month's timeline, its cells parted by bars: day | place | what
        "Autumn in brief\n\n"
        "9 Oct | Zaporizhzhia | rockets hit a car park, 2 dead\n"
        "12 Oct | Izmail | drones strike grain silos; 4 hurt\n",
        # whole sentences in the last cell
        "Autumn in brief\n\n"
        "9 Oct | Zaporizhzhia | Rockets hit a car park and two people died.\n"
        "12 Oct | Izmail | Drones struck grain silos. Four people were hurt.\n",
        # the place first, the day after it
        "Autumn in brief\n\n"
        "Zaporizhzhia | 9 Oct | rockets hit a car park, 2 dead\n"
        "Izmail | 12 Oct | drones strike grain silos; 4 hurt\n",
    ],
)
def test_a_timeline_with_bars_between_its_cells_keeps_each_line(extractor, text):
    events = extractor.extract(text, "t", date(2025, 11, 2))
    assert _places(events) == [
        ("strike", "Izmayil", "2025-10-12"),
        ("strike", "Zaporizhzhya", "2025-10-09"),
    ]


def test_a_bar_between_place_names_with_no_event_word_is_no_event(extractor):
    text = "Our bureaus\n\nKyiv | Kharkiv | Odesa | Lviv\n\nNothing to report today.\n"
    assert extractor.extract(text, "t", date(2025, 11, 2)) == []
