"""Extraction, casualty figures in a record's own sentence (issue 16, figures of matched records):
wordings of one person or a couple, dead or hurt, that were not read ("Her husband was injured",
"An 80-year-old woman was also hurt", "the driver had died", "the girl survived with burns")."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a governor's post: one of kin told in a sentence of its own
        ("Her husband was injured and taken to hospital.", {"injured": 1}),
        ("His wife, 58, was killed on the spot.", {"killed": 1}),
        ("Their son was wounded by shrapnel.", {"injured": 1}),
        # wire copy: one more person, the verb after a word of its own
        ("An 80-year-old woman was also hurt.", {"injured": 1}),
        ("The driver had died by the time medics arrived.", {"killed": 1}),
        ("A passer-by later died of his wounds.", {"killed": 1}),
        # a longer story: who lived, hurt
        ("The girl survived with burns to her arms.", {"injured": 1}),
        ("A woman survived with shrapnel wounds.", {"injured": 1}),
    ],
)
def test_one_person_told_otherwise_is_a_figure(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Her husband was away at the front.",  # no harm
        "The driver survived unhurt.",  # no injury either
        "His son had died in the war two years ago, she said.",  # (an age-old loss: see below)
    ],
)
def test_one_person_unharmed_or_long_ago_is_no_injured(sentence):
    assert "injured" not in casualty_figures(sentence)


def test_kin_hurt_in_the_next_sentence_adds_to_the_record(extractor):
    text = (
        "In Kherson, Russian artillery struck the Korabelnyi district on Tuesday. A 52-year-old "
        "woman was killed on the spot. Her husband was injured and taken to hospital.\n"
    )
    events = [e for e in extractor.extract(text, "t") if "Kherson" in e["place_mention"]]
    assert events and (events[0]["fatalities"], events[0]["injured"]) == (1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "A couple driving home with their grandson were killed when the shell hit.",
        "An elderly couple living on the top floor were injured.",
    ],
)
def test_a_couple_told_with_what_they_were_doing_is_two(sentence):
    figures = casualty_figures(sentence)
    assert 2 in figures.values()


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a live blog's update
        ("Nine people have now died, the city council said.", {"killed": 9}),
        ("Twenty-seven people are now known to have been injured.", {"injured": 27}),
        # a governor's evening post
        ("Two more residents have since died in hospital.", {"killed": 2}),
        # wire copy
        ("At least 14 people were now reported wounded, police said.", {"injured": 14}),
    ],
)
def test_a_figure_told_with_now_or_since_is_read(sentence, figures):
    assert casualty_figures(sentence) == figures
