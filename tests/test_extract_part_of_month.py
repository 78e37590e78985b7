"""A part of a month told with its year ("by the end of May 2023", "the last days of June 2024",
"in the second half of March 2022", "mid-April 2024"): the month, as "in May 2023" is read,
not the report's day. Session 27, days27: three development writers dated such past events to
the day they were written."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import date_in
from geo.extract.publication import Publication

PUB = Publication(date(2025, 6, 20))


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("By the end of May 2023 the brigade had pulled back from the village.", date(2023, 5, 1)),
        ("By the last days of June 2024 the town was in Russian hands.", date(2024, 6, 1)),
        ("The bridge was hit again in the second half of March 2022.", date(2022, 3, 1)),
        ("A drone set the depot on fire in mid-April 2024.", date(2024, 4, 1)),
        ("Fighting reached the outskirts in the middle of January 2025.", date(2025, 1, 1)),
    ],
)
def test_a_part_of_a_month_with_its_year_is_that_month(sentence, month):
    when = date_in(sentence, PUB)
    assert when is not None and (when.day, when.precision) == (month, 3)


def test_a_part_of_a_month_without_its_year_is_left_to_the_sentence_around_it():
    assert date_in("Russian troops entered the village at the end of May.", PUB) is None
