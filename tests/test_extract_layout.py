"""The report's layout (geo/extract/layout.py): bullets, live-blog time stamps, list intros and a
title that dates the whole report."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.layout import (
    ListIntro,
    is_digest,
    is_live_blog,
    on_bullet,
    other_bullet,
    title_when,
)
from geo.extract.lexicon import triggers_in
from geo.extract.publication import Publication
from geo.extract.sentences import split_sentences


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _sentence(text: str, fragment: str):
    return next(s for s in split_sentences(text) if fragment in s.text)


def test_a_bullet_is_a_line_opened_by_a_dash_a_dot_or_a_number():
    text = "Intro line.\n- Kharkiv was shelled.\n2) Sumy was hit.\nA plain line."
    assert on_bullet(text, _sentence(text, "Kharkiv"))
    assert on_bullet(text, _sentence(text, "Sumy"))
    assert not on_bullet(text, _sentence(text, "plain"))
    assert not on_bullet(text, _sentence(text, "Intro"))


def test_a_sentence_on_a_later_bullet_is_on_another_item():
    text = "Intro line.\n* 4 July: 500 drones. Two were killed in Lviv.\n* 28 August: 600 drones."
    four, lviv, later = (_sentence(text, f) for f in ("4 July", "Lviv", "28 August"))
    assert other_bullet(text, later, lviv)
    assert not other_bullet(text, lviv, four)  # the same bullet
    assert not other_bullet(text, _sentence(text, "Intro"), four)  # not on a bullet


def test_two_time_stamp_lines_make_a_live_blog_and_one_does_not():
    entries = "09:15 BST\nA drone hit Sumy.\n10:40 BST\nThe toll rose."
    assert is_live_blog(entries)
    assert not is_live_blog("09:15 BST\nA drone hit Sumy. The meeting starts at 10:40 today.")


def test_a_title_with_a_night_dates_the_report_but_a_header_with_a_year_does_not():
    pub = Publication(date(2024, 10, 18), 1)
    titled = "Results of the night of 17 to 18 October\n\nDrones were shot down."
    when = title_when(titled, split_sentences(titled), pub)
    assert when is not None and when.day == date(2024, 10, 18)
    dated = "Update of 18 October 2024\n\nDrones were shot down."
    assert title_when(dated, split_sentences(dated), pub) is None


def test_a_title_spanning_a_week_dates_the_report_to_that_week():
    """A weekly overview headed "Front overview | 3-9 February 2025", published days later: its
    undated sentences ("clashes went on around X during the week") are of that week."""
    pub = Publication(date(2025, 2, 12))
    text = "Front overview | 3-9 February 2025\nPublished 12 February\n\nClashes went on."
    when = title_when(text, split_sentences(text), pub)
    assert when is not None and when.precision == 2
    assert date(2025, 2, 3) <= when.day <= date(2025, 2, 9)


def test_bullets_without_an_event_word_take_the_one_of_their_intro_line():
    text = "Air defence shot down 40 targets:\n- 28 drones: 16 over Kyiv\nThen a plain line."
    intro = ListIntro(text)
    head, bullet, plain = split_sentences(text)
    assert "interception" in [t for t, _ in intro.triggers(head, triggers_in(head.text))]
    assert [t for t, _ in intro.triggers(bullet, [])] == ["interception"]
    assert intro.triggers(plain, []) == []
    # after a line that is not a bullet, the intro no longer applies
    assert intro.triggers(bullet, []) == []


def test_blocks_of_a_headline_and_its_sub_headline_make_a_digest():
    stories = (
        "FRONT PAGE · MONDAY 3 MARCH 2025\n\n"
        "Drone strikes fuel depot near Engels\n"
        "The regional governor says a fire burned for hours at the site outside the town\n\n"
        "Troops take two villages in the east\n"
        "The general staff says the advance followed a week of heavy fighting around them\n\n"
        "Ministers to meet in Warsaw\n"
        "Allies will discuss air defence for the winter, diplomats say in a short statement\n"
    )
    assert is_digest(stories, split_sentences(stories))
    wire = (
        "Drone strikes fuel depot near Engels\n\n"
        "KYIV, March 3 (Newswire) - A drone hit a fuel depot near Engels overnight.\n\n"
        "The governor said a fire burned for hours.\n\nNo one was hurt, he added.\n"
    )
    assert not is_digest(wire, split_sentences(wire))


def test_each_dated_bullet_of_a_list_keeps_its_own_day_and_figures(extractor):
    text = (
        "Kyiv, 2025-09-07\n"
        "Drones hit the government building in central Kyiv overnight.\n"
        "Strikes by day this summer:\n"
        "* 4 July: 539 drones and 11 missiles. Two people were killed and 26 wounded in Lviv.\n"
        "* 28 August: 598 drones. At least 23 people were killed in Kyiv when a block fell.\n"
    )
    got = [(e["place"], e["event_date"], e["fatalities"]) for e in extractor.extract(text, "t")]
    assert got == [
        ("Kyiv", "2025-09-07", None),
        ("Lviv", "2025-07-04", 2),
        ("Kyiv", "2025-08-28", 23),
    ]
    # introduced as earlier attacks, the list is background: only the new strike is mapped
    earlier = text.replace("Strikes by day this summer:", "Earlier large attacks:")
    got = [(e["place"], e["event_date"], e["fatalities"]) for e in extractor.extract(earlier, "t")]
    assert got == [("Kyiv", "2025-09-07", None)]


def test_the_evening_of_a_live_blog_entry_stamped_after_noon_is_that_days(extractor):
    text = (
        "Regional channel, 3 June 2025\n\n"
        "08:10\nDuring the night a drone hit a garage in Shostka.\n\n"
        "21:45\nIn the evening, shelling hit a farm in Krasnopillia.\n"
    )
    days = {e["place"]: e["event_date"] for e in extractor.extract(text, "t")}
    assert sorted(days.values()) == ["2025-06-03", "2025-06-03"]


def test_stamps_with_a_twelve_hour_clock_and_a_zone_make_a_live_blog(extractor):
    entries = "2:40 p.m. ET\nA drone hit Sumy.\n11:05 am (EDT)\nThe toll rose."
    assert is_live_blog(entries)
    text = (
        "Live updates, 3 June 2025\n\n"
        "9:30 p.m. ET\nIn the evening, shelling hit a farm in Krasnopillia.\n\n"
        "8:10 a.m. ET\nAttacks near Vovchansk went on since dawn, the army said.\n"
    )
    days = [e["event_date"] for e in extractor.extract(text, "t")]
    assert days == ["2025-06-03", "2025-06-03"]


def test_a_list_of_earlier_attacks_is_background(extractor):
    text = (
        "Kyiv, 2025-09-07\n"
        "Drones hit a depot in Poltava overnight, the governor said.\n\n"
        "Earlier large attacks on the region this year:\n\n"
        "* MAY 2 - 200 drones. Three people were killed in Kremenchuk.\n\n"
        "* JUNE 9 - 150 drones; a missile hit a plant in Lubny.\n"
    )
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Poltava"]
    # a list of today's strikes stays a list of events
    today = text.replace("Earlier large attacks on the region this year:", "Other places hit:")
    assert len(extractor.extract(today, "t")) == 3


def test_abbreviations_are_read_at_the_end_of_a_long_line():
    """Abbreviations are looked for just before each full stop, however long the line before it
    (a pasted log of thousands of sentences on one line): "Gen." and "Sept." end no sentence,
    a word ending in the same letters does."""
    line = (
        "Quiet day. " * 3000 + "Gen. Tarnavskyi visited Sept. 3 positions. The Forest. Then rain."
    )
    texts = [s.text for s in split_sentences(line)]
    assert len(texts) == 3000 + 3
    assert texts[-3:] == ["Gen. Tarnavskyi visited Sept. 3 positions.", "The Forest.", "Then rain."]
