"""Extraction, casualty figures given as people described (issue 16, class 4): ages instead of a
count, "died" for one described person, two described people, and "no one was hurt" kept
through merging."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # three ages are no count; the subject's "Three men" is (subject_victims, figures37)
        ("Three men, aged 20, 31 and 47, were hurt.", {"injured": 3}),
        ("Two pensioners, aged 80 and 84, were injured by glass.", {"injured": 2}),
        ("Two soldiers, 19 and 22 years old, were killed.", {"killed": 2}),
        ("The guard, a 57-year-old man, died in hospital.", {"killed": 1}),
        ("A teenager aged 15 and a woman aged 70 were wounded.", {"injured": 2}),
        ("One volunteer was killed and four injured.", {"killed": 1, "injured": 4}),
    ],
)
def test_people_described_are_counted(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_no_one_hurt_survives_a_second_mention_of_the_event(extractor):
    text = (
        "Kyiv, 2025-03-02\n"
        "A drone hit a school in Chernihiv overnight. No one was hurt, the mayor said.\n"
        "The strike on Chernihiv broke windows in two buildings."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["fatalities"], event["injured"]) == (0, 0)


def test_figures_alone_in_more_places_take_the_attack_of_the_sentence_before(extractor):
    text = (
        "Kyiv, 2025-03-02\n"
        "A glide bomb killed three people in Kupiansk on Sunday. Two more were killed in Izium "
        "and Balakliia, officials said.\n"
        "Shelling damaged a school in Kherson on Sunday. One person was injured in Beryslav."
    )
    events = [(e["place_mention"], e["weapon_category"]) for e in extractor.extract(text, "t")]
    assert ("Izium", "glide bomb") in events and ("Balakliia", "glide bomb") in events
    assert ("Beryslav", "artillery") in events


@pytest.mark.parametrize(
    "figures",
    ["killing 3,000,000,000 people", "injuring 99999999999999999999999999999 people"],
)
def test_a_figure_beyond_any_event_is_not_reported_and_the_rest_kept(extractor, figures):
    """No event kills or injures more than the schema's cap (a million): a report claiming more
    is a typo or an attack. The figure is left out; the event and the report's other events are
    kept (the whole report used to fail on the schema's check)."""
    text = (
        "Kyiv, 2024-03-15\n"
        f"A missile strike hit Kharkiv on Friday, {figures}.\n"
        "Drones attacked Odesa overnight, injuring 4 people."
    )
    events = {e["place"]: e for e in extractor.extract(text, "t")}
    assert set(events) == {"Kharkiv", "Odesa"}
    assert (events["Kharkiv"]["fatalities"], events["Kharkiv"]["injured"]) == (None, None)
    assert events["Odesa"]["injured"] == 4
