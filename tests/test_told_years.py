"""Dates, a day named without its year after its paragraph has told the year (issue 16, dates a
year or more late on long reads and reviews): "The winter of 2022 was the hardest. On 23
November ..." is 2022's 23 November, not the latest one before publication; a year told as
background ("since the invasion in February 2022", "rebuilt after 2023"), in an earlier
paragraph, or in a sentence's middle leaves the day as it was."""

from __future__ import annotations

from datetime import date

from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)

PUB = date(2025, 11, 20)


def _dates(extractor, text):
    return sorted((e["place"], e["event_date"]) for e in extractor.extract(text, "t", PUB))


def test_a_retold_years_days_are_of_that_year(extractor):
    text = (
        "The winter of 2022 was the hardest the city had known. On 23 November, missiles hit "
        "the power station in Kyiv. Then, on 16 December, drones struck Kharkiv."
    )
    assert _dates(extractor, text) == [("Kharkiv", "2022-12-16"), ("Kyiv", "2022-11-23")]


def test_a_full_date_sets_the_year_of_the_days_after_it(extractor):
    text = (
        "On 2 April 2024 a missile hit the port of Odesa. Four days on, on 6 April, a drone "
        "struck Kherson."
    )
    assert dict(_dates(extractor, text))["Kherson"] == "2024-04-06"


def test_a_year_told_as_background_leaves_the_days_to_the_report(extractor):
    text = (
        "The city has been shelled since the invasion in February 2022. On 18 November, a drone "
        "hit a school in Kherson."
    )
    assert _dates(extractor, text) == [("Kherson", "2025-11-18")]


def test_a_year_in_a_sentences_middle_or_an_earlier_paragraph_is_no_frame(extractor):
    middle = (
        "The footage is from the flooding of June 2023 and shows another town. On 17 November a "
        "drone hit a warehouse in Dnipro."
    )
    assert _dates(extractor, middle) == [("Dnipro", "2025-11-17")]
    apart = "In 2023 the front was quiet here.\n\nOn 17 November a drone hit a warehouse in Dnipro."
    assert _dates(extractor, apart) == [("Dnipro", "2025-11-17")]


def test_this_weeks_news_after_a_year_told_before_stays_news(extractor):
    pub = date(2025, 3, 5)
    for before in (
        "Kherson was freed on 11 November 2022.",
        "The dam at Nova Kakhovka was blown up on 6 June 2023.",
        "In 2024, strikes on the city killed over 200 civilians.",
        "The 2024 harvest in the region was half the usual.",
    ):
        text = f"{before} On 3 March, a drone hit a grain depot in Sumy."
        days = {e["place"]: e["event_date"] for e in extractor.extract(text, "t", pub)}
        assert days.get("Sumy") == "2025-03-03", (before, days)


def test_a_day_before_the_full_date_told_is_not_of_its_year(extractor):
    text = "Kherson was freed on 11 November 2022. On 3 January, shells hit the port of Kherson."
    days = {e["event_date"] for e in extractor.extract(text, "t", date(2025, 3, 5))}
    assert days == {"2025-01-03"}


def test_a_year_a_noun_wears_is_no_frame(extractor):
    text = "The 2024 harvest was half the usual. On 3 January, a drone hit a grain depot in Sumy."
    days = {e["event_date"] for e in extractor.extract(text, "t", date(2025, 3, 5))}
    assert days == {"2025-01-03"}


def test_the_years_of_one_long_line_are_read_in_linear_time():
    from geo.extract.told_years import ToldYears

    line = "In 2023 the town was hit. On 4 May a drone hit Sumy. " * 40_000
    pub, day = date(2025, 11, 20), date(2025, 5, 4)

    def ask(n: int) -> list:
        text = line[: n * 53]
        years = ToldYears(text)
        return [years.year_of(i, day, pub) for i in range(0, len(text), 53)]

    _linear(ask, 2_000, 16_000, factor=20)
    assert ToldYears(line[:106]).year_of(60, day, pub) == 2023
