"""Casualty figures told by the persons themselves (figures38): named persons with their ages,
persons an attack "left" harmed, persons brought in one by one, and years or clocks that open a
clause (no count of the people after them)."""

from __future__ import annotations

import time

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # named persons with their ages, joined by "and"
        ("Olena Savchuk, 12, and her aunt Iryna, 47, were killed in the yard.", {"killed": 2}),
        ("Petro and Halyna Moroz, 81 and 79, died when the bomb hit their house.", {"killed": 2}),
        ("Taras, 33, was wounded by glass.", {"injured": 1}),
        # a list of towns with numbers names no person
        ("Kyiv, 12, Chernihiv, 5 were the figures of the week.", {}),
        # persons an attack left harmed
        ("The shelling left a cyclist and two pensioners with shrapnel wounds.", {"injured": 3}),
        ("The blast left the guard and a neighbour injured.", {"injured": 2}),
        ("The strike left 300 flats without heating.", {}),
        ("He left the village with his neighbour.", {}),
        # persons brought in one by one, in clauses of their own
        ("A man was cut by glass, and a woman of 70 received a concussion.", {"injured": 2}),
        ("A man was killed and a woman was injured.", {"killed": 1, "injured": 1}),
        # one person told again is still one
        ("A woman was injured and the woman was taken to hospital.", {"injured": 1}),
        # a chain's start is not borrowed across another clause
        ("Two guards kept watch, and a medic was wounded.", {"injured": 1}),
    ],
)
def test_persons_are_the_count(sentence: str, figures: dict[str, int]) -> None:
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("In 2021 workers of the mill were injured in a fire.", {}),
        ("At 6 pm volunteers were hurt near the bridge.", {}),
        ("At 6 pm three volunteers were hurt near the bridge.", {"injured": 3}),
        ("Two tenants born in 1950 and 1957 were hurt.", {"injured": 2}),
        ("The toll was put at 14 killed by the evening.", {"killed": 14}),
        ("At 04:20 two people were wounded.", {"injured": 2}),
        # a year in a life story is no running total: the clause keeps its figure
        ("Mykola Bilyk, 80, was killed in Orikhiv, where he had farmed since 1969.", {"killed": 1}),
        # a war's years still are
        ("Since 2022, 140 residents of the district have been killed.", {}),
    ],
)
def test_years_and_clocks_are_no_count(sentence: str, figures: dict[str, int]) -> None:
    assert casualty_figures(sentence) == figures


def test_left_reader_is_linear() -> None:
    """A chain after "left" is read no further than its reach: a long run of names stays linear."""

    def cpu(n: int) -> float:
        text = "The attack left Anna, Left, " + "Left, " * n + "wounded."
        start = time.process_time()
        casualty_figures(text + str(n))  # (a new text each time: no kept answer)
        return time.process_time() - start

    small, large = cpu(5_000), cpu(20_000)
    assert large < small * 12


def _figures_at(events: list[dict], place: str) -> tuple:
    hits = [e for e in events if place in e["place_mention"]]
    assert hits, [e["place_mention"] for e in events]
    return hits[0]["fatalities"], hits[0]["injured"]


def test_a_table_of_harm_by_region_gives_each_row(extractor) -> None:
    """ "Region | Killed | Injured" under a month's heading: each row a strike with its cells;
    the total row none; a running total's table ("since 24 February 2022") none."""
    text = (
        "Casualty Watch\n"
        "Civilian casualties recorded in May 2026, by region\n\n"
        "Region                 Killed   Injured\n"
        "Kharkiv Oblast             14        71\n"
        "Sumy Oblast                 5        29\n"
        "All regions                19       100\n\n"
        "Civilian casualties since 24 February 2022, by region\n\n"
        "Region                 Killed   Injured\n"
        "Odesa Oblast              390      1410\n"
    )
    events = extractor.extract(text, "t", None)
    assert _figures_at(events, "Kharkiv") == (14, 71)
    assert _figures_at(events, "Sumy") == (5, 29)
    assert not [e for e in events if "Odesa" in e["place_mention"]]
    assert len(events) == 2


def test_the_weapon_told_again_gives_its_figures(extractor) -> None:
    """ "The missile struck ..." a few sentences on, naming no place: the same event's figures."""
    text = (
        "Poltava was hit by a ballistic missile on Sunday afternoon.\n\n"
        "Windows were blown out along three streets. Power went off in the district. "
        "The missile struck at about four o'clock; medics say five people are injured.\n"
    )
    events = extractor.extract(text, "t", None)
    assert _figures_at(events, "Poltava") == (None, 5)


def test_an_earlier_attack_naming_the_town_again_is_no_toll_of_this_one(extractor) -> None:
    text = (
        "A drone hit a school in Kupiansk on Monday; two teachers were injured, the governor said.\n\n"
        "A year ago, a missile strike on the same Kupiansk street killed 11 people.\n"
    )
    events = extractor.extract(text, "t", None)
    assert _figures_at(events, "Kupiansk") == (None, 2)
