"""The persons a harm verb's subject names, counted (geo/extract/subject_victims.py), and the
updates and running totals casualties.py now tells apart; sentences in our own words."""

from __future__ import annotations

import pytest
from timing import cpu_seconds

from geo.extract.casualties import casualty_figures, revised_toll
from geo.extract.subject_victims import subject_counts


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a count and its people, a clause between them and the verb
        ("At the depot two mechanics who had just come on duty were injured.", {"injured": 2}),
        ("Three volunteers unloading the lorry were hurt by glass.", {"injured": 3}),
        # persons joined by "and": each counted
        ("A girl of 11 and her grandmother, 70, suffered injuries.", {"injured": 2}),
        ("The cashier and her assistant were wounded.", {"injured": 2}),
        ("Staff said that two porters and a cook had sustained concussions.", {"injured": 3}),
        ("Brother and sister died together in the kitchen.", {"killed": 2}),
        # after a clause of the event: the part nearest the verb
        ("In Orikhiv a shell hit a bakery: two bakers, 41 and 57, are wounded.", {"injured": 2}),
        ("A drone struck a kiosk near the market, the vendor died on the spot.", {"killed": 1}),
        # a named person with an age between commas
        ("Our caretaker Stepan, 66 years old, got injured by debris.", {"injured": 1}),
        # a time before the subject
        ("On Friday an elderly couple in Kupiansk died when the roof fell in.", {"killed": 2}),
    ],
)
def test_the_persons_of_the_subject_are_the_figure(sentence: str, figures: dict) -> None:
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Not a single resident was hurt.",
        "The school and two shops were damaged.",
        "Three people and their dog were injured, the dog badly.",  # (three, not four)
        "Two residents and a goat were hurt.",
        "Our losses were 140 men, of whom 52 were killed.",  # (a count of their own after)
        "He wrote that more than 3,000 of his men had died there.",  # (no exact figure)
        "The archive of 1,200 documents perished in the fire.",  # (no people)
    ],
)
def test_no_person_no_negation_no_animal_adds_a_count(sentence: str) -> None:
    counted = subject_counts(sentence)
    assert counted.get("injured", 0) <= 3 and counted.get("killed", 0) in (0, 52)
    if sentence.startswith("Not"):
        assert counted == {}


def test_a_month_s_running_total_is_no_figure_of_the_day() -> None:
    assert (
        casualty_figures("Since the first of April, 31 people in the district have been killed.")
        == {}
    )
    assert casualty_figures("Since 1 June the shelling has killed 9 residents.") == {}
    said = "In the deadliest strike on the town since March, 12 people were killed."
    assert casualty_figures(said) == {"killed": 12}
    assert casualty_figures("A shell hit a house on 3 June, killing two.") == {"killed": 2}


def test_an_update_of_the_injured_and_a_toll_said_to_replace() -> None:
    said = "Odesa: the number of dead has risen to four and the number of injured to 27."
    assert casualty_figures(said) == {"killed": 4, "injured": 27}
    assert revised_toll("The governor has revised the Kherson toll: three dead, 11 hurt.")
    assert revised_toll("Updated toll from the city: two dead and nine wounded.")
    assert revised_toll("These figures replace the figures of our 06:10 post.")
    assert not revised_toll("Two people were hurt in the town.")


@pytest.mark.parametrize(
    "piece",
    [
        "were injured " * 20,  # verbs with no subject
        "two nurses and his assistant and " * 20 + "were hurt. ",  # a subject that never ends
        "A man, 40, A man, 40, " * 20 + "died. ",  # commas on commas
    ],
)
def test_subjects_read_in_time_that_grows_with_the_text(piece: str) -> None:
    """A paste 4 times longer takes about 4 times as long, not 16 (ratios in one run)."""
    small, large = piece * 60, piece * 240
    cpu_seconds(subject_counts, small)  # (warm)
    ratio = cpu_seconds(subject_counts, large)[0] / max(cpu_seconds(subject_counts, small)[0], 1e-3)
    assert ratio < 10, ratio


@pytest.fixture(scope="module")
def extractor(geocoder):
    from geo.extract import Extractor

    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the people's own place in the subject: the figure is that place's alone
        (
            "Guns shelled Nikopol and Marhanets on Friday; two residents of Marhanets were hurt.",
            {"Marhanets": (None, 2), "Nikopol": (None, None)},
        ),
        # a place of the attack, not of the people: a total kept on the first-named
        (
            "Shelling of the centre of Nikopol and the village of Marhanets injured five people.",
            {"Nikopol": (None, 5), "Marhanets": (None, None)},
        ),
    ],
)
def test_the_people_s_place_owns_the_figure(extractor, sentence: str, figures: dict) -> None:
    events = extractor.extract("Kyiv, 2025-03-08\n" + sentence + "\n", "t")
    assert {e["place"]: (e["fatalities"], e["injured"]) for e in events} == figures
