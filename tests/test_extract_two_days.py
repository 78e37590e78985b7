"""Two days named for one event: the first day, the span in the record's notes (README, Dates),
and a day after its month no count of the dead."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    "text, day, span, killed",
    [
        ("Russian strikes on Nikopol on October 3 and 4 killed two people, the governor said.",
         "2026-10-03", "told over 3 and 4 October", 2),
        ("Shelling of Kupiansk on 9 and 10 November wounded five civilians.", "2026-11-09",
         "told over 9 and 10 November", None),
        ("Drones hit Kherson on Nov. 21 and 22, killing three residents.", "2026-11-21",
         "told over 21 and 22 Nov", 3),
    ],
)  # fmt: skip
def test_two_days_are_the_first_with_the_span_kept(extractor, text, day, span, killed):
    (record,) = extractor.extract(text, "t", published=date(2026, 12, 1))
    assert record["event_date"] == day and record["time_precision"] == 1
    assert span in (record["notes"] or "")
    if killed is not None:
        assert record["fatalities"] == killed


def test_a_night_told_by_its_two_days_is_no_span_of_two(extractor):
    text = "On the night of 17 to 18 November a drone hit a depot in Odesa."
    (record,) = extractor.extract(text, "t", published=date(2026, 12, 1))
    assert record["event_date"] == "2026-11-18" and not record["notes"]
