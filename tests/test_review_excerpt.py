"""The review's excerpt of a report begins and ends at a word's edge, never inside a word
(newuser23: "…f the Kharkiv Regional…", "…v regime attempted…")."""

from __future__ import annotations

import re

from timing import cpu_seconds

from geo.review import highlighted

# (our own words)
LEAD = (
    "Statement of the Kharkiv regional military administration about the events of the past day "
    "in the city and the surrounding districts, published in the early morning. "
)
SENTENCE = "A guided bomb hit a warehouse in Kupiansk, and two people were injured."
TAIL = " Rescuers worked through the night at the site, clearing collapsed walls and roofs."


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("<br>", "\n")


def test_the_excerpt_starts_at_a_word_not_inside_one():
    text = LEAD + SENTENCE + TAIL * 10
    start = len(LEAD)
    for before in range(100, 180):
        shown = _plain(highlighted(text, start, start + len(SENTENCE), before=before))
        if not shown.startswith("…"):
            assert shown.startswith(LEAD)  # from the report's first word
            continue
        first = shown[1:].split()[0]
        assert first in LEAD.split(), (before, first)  # a whole word of the report


def test_the_excerpt_ends_at_a_word_not_inside_one():
    text = LEAD + SENTENCE + TAIL * 10
    start = len(LEAD)
    for context in range(60, 140):
        shown = _plain(highlighted(text, start, start + len(SENTENCE), context=context))
        assert shown.endswith("…")
        last = shown[:-1].split()[-1]
        assert last in TAIL.split(), (context, last)


def test_a_text_with_no_space_to_cut_at_is_still_cut_in_linear_time():
    took = []
    for n in (50_000, 200_000):
        text = "x" * n + " " + SENTENCE + " " + "y" * n
        start = text.index(SENTENCE)
        seconds, shown = cpu_seconds(highlighted, text, start, start + len(SENTENCE))
        took.append(seconds)
        assert SENTENCE in _plain(shown) and len(_plain(shown)) < 1000
    assert took[1] < 10 * took[0], took  # x4 the text: linear is about x4


def test_the_whole_report_is_shown_whole():
    text = "In Kupiansk. " + SENTENCE
    assert _plain(highlighted(text, 13, len(text))) == text


def test_short_lines_before_the_sentence_leave_it_near_the_top_of_the_box():
    # a governor's list or a table's rows: 160 characters of short lines filled the box above the
    # sentence, which began on its last line at 390 px, cut (newuser31); two lines at most now
    text = (
        "Sumy regional military administration, evening summary, 14 October 2025\n\n"
        "Over the past day the enemy carried out 96 attacks on 31 settlements.\n\n"
        "| Oblast | Killed |\n|---|---|\n| Sumy | 1 |\n\n"
        "Shostka district:\n- " + SENTENCE + TAIL
    )
    start = text.index(SENTENCE)
    shown = re.sub(
        r"<[^>]+>", "", highlighted(text, start, start + len(SENTENCE)).replace("<br>", "\n")
    )
    above = shown[: shown.index(SENTENCE)]
    assert above == "…Shostka district:\n- ", above
