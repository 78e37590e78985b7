"""The place in a form's field or a caption's head, the event in the lines under it
(headings39): a form's other keys are no places ("Time: 02:40" under "Location: X"), and a
caption's label ("Frame 1.") ends no sentence and stands before its place."""

from __future__ import annotations

import datetime

import pytest

from geo.extract import Extractor
from geo.extract.caption_labels import label_end
from geo.extract.field_keys import form_keys
from geo.extract.sentences import split_sentences
from tests.timing import cpu_seconds


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


DUTY_LOG = (
    "Duty log of the rescue service, 3 June 2025\n\n"
    "Entry 7\nLocation: Balakliia\nTime: 03:15\n"
    "Summary: A drone slammed into a grain store. Two guards were hurt.\n\n"
    "Entry 8\nLocation: Zolochiv, Kharkiv region\nTime: 11:40\n"
    "Summary: Mortar rounds landed by the bakery; nobody was hurt.\n"
)


def test_a_forms_keys_are_no_places_and_its_entries_have_their_place(extractor):
    keys = [DUTY_LOG[a:b] for a, b in form_keys(DUTY_LOG)]
    assert "Time" in keys and "Summary" in keys and "Location" not in keys
    got = extractor.extract(DUTY_LOG, "t", datetime.date(2025, 6, 3))
    assert len(got) == 2
    assert all(e["event_type"] == "strike" for e in got)
    assert {e["weapon_category"] for e in got} == {"drone", "artillery"}


def test_a_tallys_places_before_colons_stay_places():
    tally = "Kharkiv region: 5 drones\nSumy region: 3 drones\nTotal: 8\n"
    assert form_keys(tally) == []


CAPTIONS = (
    "Photo desk, 9 May 2025\n\n"
    "Photo 2. Kramatorsk, railway station square, 8 May 2025.\n"
    "Volunteers sweep glass after a missile tore into the square at noon.\n"
    "(Photo: staff)\n\n"
    "Photo 3. Sloviansk, 8 May 2025.\n"
    "A glide bomb flattened a shop in the evening. One woman was injured.\n"
)


def test_a_captions_label_ends_no_sentence():
    line = "Frame 4. Kherson, Korabelnyi district, 2 March 2025."
    assert [s.text for s in split_sentences(line)] == [line]
    assert label_end(line, 0) == len("Frame 4.")
    assert label_end("Frames of the day. Kherson.", 0) == 0


def test_the_lines_under_a_captions_head_tell_of_its_town(extractor):
    got = extractor.extract(CAPTIONS, "t", datetime.date(2025, 5, 9))
    places = {e["place"][:4] for e in got}
    assert places == {"Kram", "Slov"}
    assert all(e["event_date"] == "2025-05-08" for e in got)


def test_form_keys_are_linear_on_a_long_paste():
    small, _ = cpu_seconds(form_keys, "Location: X\nTime: 1\n" * 5_000)
    large, given = cpu_seconds(form_keys, "Location: X\nTime: 1\n" * 50_000)
    assert len(given) == 50_000
    assert large < 30 * max(small, 1e-4)
