"""What the reviewer of the thirty-sixth session's merged change found in the figures and the
tables (review38): time that grew with the square of the input, and wrong answers, each mended
and tested here (no wall-clock limits: n against 4n in one run)."""

from __future__ import annotations

from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract.casualties import casualty_figures
from geo.extract.subject_victims import subject_counts

_DAY = date(2025, 5, 12)


def test_a_long_heading_over_many_rows_is_read_once_per_table(extractor):
    """A table's heading was read for harm by place and for a claimant once per row: a 64 kB
    heading over "| Sumy | 2 | 3 |" rows took 11.3 s, x12 for x4."""

    def text(n: int) -> str:
        return (
            "Kharkiv region, 12 May 2025\nCivilian casualties "
            + "by region " * (n // 20)
            + "\n\n| Region | Killed | Injured |\n|---|---|---|\n"
            + "| Sumy | 2 | 3 |\n" * (n // 34)
        )

    small, large = (
        cpu_seconds(extractor.extract, text(n), "t", _DAY, repeats=2)[0] for n in (4_000, 16_000)
    )
    assert large < 8 * small, (small, large)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a count of 1900-2099 after "about", "around", "of", "by", "at" is a count of people
        ("About 2000 people were killed in the city.", {"killed": 2000}),
        ("Around 1950 civilians were injured.", {"injured": 1950}),
        # a year after in, since, during, until; a clock after "at": no count
        ("In 2023 employees of the depot were injured.", {}),
        ("Until 2024 guards of the plant were hurt in raids.", {}),
        ("At 5 pm workers were hurt near the depot.", {}),
    ],
)
def test_a_count_in_the_years_range_is_blanked_only_after_in_since_during_until(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # towns with their figures are no named persons with ages
        ("In Kherson, 5, and Mykolaiv, 3, people were injured.", {}),
        ("In Izium, 4, and Balakliia, 2, houses were damaged and people were injured.", {}),
        # a first name and a surname, or a name after a kin or role word, are
        ("Oksana Hrytsenko, 41, and her son Denys, 15, were injured.", {"injured": 2}),
        ("grandmother Liudmyla, 66, was hurt by glass.", {"injured": 1}),
    ],
)
def test_a_name_told_with_an_age_is_a_person_only_by_a_surname_or_a_kin_word(sentence, figures):
    assert casualty_figures(sentence) == figures


class _Watched(str):
    """A text that notes the length of every slice taken of it."""

    sliced: list[int] = []

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, slice):
            _Watched.sliced.append(len(range(*key.indices(len(self)))))
        return str.__getitem__(self, key)


def test_the_persons_an_attack_left_are_read_without_copying_the_text_before():
    """Each "left" copied all the text before it (``text[: m.end() + 200]``, quadratic in the
    copies of a long text of many "left"): a reach is now an end position; the count stays."""
    text = (
        "The shelling left nobody hurt. " * 400
        + "The strike left a driver and two passengers with cuts."
    )
    _Watched.sliced = []
    assert subject_counts(_Watched(text)) == {"injured": 3}
    assert max(_Watched.sliced, default=0) <= 400, max(_Watched.sliced)


def _rows(heading: str, extractor) -> list[tuple]:
    text = (
        f"UN monitoring note, 12 May 2025\n\n{heading}\n\n| Region | Killed | Injured |\n"
        "|---|---|---|\n| Kharkiv | 120 | 540 |\n| Sumy | 40 | 200 |\n"
    )
    return [
        (e["event_type"], e["place"], e["event_date"], e["time_precision"], e["fatalities"])
        for e in extractor.extract(text, "t", _DAY)
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Civilian casualties in 2023, by region",
        "Russian military losses by region (killed and injured soldiers)",
        "Civilian casualties since February 2022, by region",
        "Civilian casualties by region",
    ],
)
def test_a_harm_table_of_no_known_week_or_month_gives_no_strikes(heading, extractor):
    """A Region | Killed | Injured table became strikes on the publication day whatever span it
    counted (a whole year, soldiers' losses)."""
    assert _rows(heading, extractor) == []


@pytest.mark.parametrize(
    ("heading", "day", "precision"),
    [
        ("Civilian casualties verified in October, by region", "2024-10-01", 3),
        ("Civilian casualties verified in April 2025, by region", "2025-04-01", 3),
        ("Civilian casualties, 3-9 May 2025, by region", "2025-05-06", 2),
        ("Civilian casualties on 10 May 2025, by district", "2025-05-10", 1),
    ],
)
def test_a_harm_table_of_a_month_or_week_gives_strikes_dated_to_it(
    heading, day, precision, extractor
):
    rows = _rows(heading, extractor)
    assert [r[1] for r in rows] == ["Kharkiv", "Sumy"], rows
    assert {(str(r[2]), r[3]) for r in rows} == {(day, precision)}
    assert rows[0][4] == 120
