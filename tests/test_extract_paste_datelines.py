"""The two dateline patterns answer two questions, so there are two: whether a text is wire copy
(``geo.extract.dates.DATELINE``: an agency named, a city or not) and where a paste of several
reports splits (``geo.extract.pasted_reports``: a city named, an agency or not). These are the
lines where they part; a fold into one pattern would change what one of them answers."""

from __future__ import annotations

import pytest

from geo.extract.dates import DATELINE
from geo.extract.pasted_reports import _DATELINE as PASTE_DATELINE
from geo.extract.pasted_reports import report_starts

LINES = [  # (line, wire copy, starts a report of a paste)
    ("ODESA, March 8 (Newswire) - Drones hit the port.", True, True),
    ("DNIPRO, Ukraine, June 24 - Missiles hit the city.", False, True),  # no agency
    ("Kyiv, 3 June 2025 - Drones hit the capital.", False, True),  # a city as typed, a year
    ("Sept 7 (Corvid Wire) - Here are the latest developments.", True, False),  # no city
    ("MOSCOW, November 13. /Agency/. Drones were downed.", True, False),  # no dash
]


@pytest.mark.parametrize(("line", "wire", "splits"), LINES)
def test_each_pattern_answers_its_own_question(line, wire, splits):
    assert bool(DATELINE.search(line)) is wire
    assert bool(PASTE_DATELINE.search(line)) is splits


def test_a_paste_of_datelines_without_agencies_is_read_report_by_report():
    paste = f"{LINES[1][0]}\n\n{LINES[2][0]}\n"
    assert report_starts(paste) == [0, paste.index("Kyiv")]
    assert not DATELINE.search(paste)  # (neither is wire copy for the day of its sentences)
