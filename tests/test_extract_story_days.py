"""Days a narrative tells relative to its own day (narrative34): "Later that morning", "The next
day", "A day earlier", "Two days later", a timeline's "Same day" take the last day the story told,
not the day the document came out; inside a sentence such words time something else."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.dates import When
from geo.extract.story_days import shift_told, story_day


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "shift"),
    [
        ("Later that morning a drone hit a bakery in the town.", 0),
        ("That afternoon shells fell on the market.", 0),
        ("By nightfall the drones were back over the city.", 0),
        ("Same day, 16:05. A mortar round hit a shop.", 0),
        ("The next day a guided bomb destroyed a school.", 1),
        ("On the following morning rockets hit the depot.", 1),
        ("Three days later.", 3),
        ("A day earlier, artillery had shelled the bridge.", -1),
        ("The day before, a drone hit a car.", -1),
        # inside the sentence, or timing something other than the news
        ("Satellite pictures taken a day later show the damage.", None),
        ("They spent the next day without water.", None),
        ("The day before the talks a drone hit a car.", None),
        ("The day before yesterday a drone hit a car.", None),
        ("A drone hit a car.", None),
    ],
)
def test_the_shift_a_sentence_opens_on(sentence, shift):
    assert shift_told(sentence) == shift


def test_the_shift_needs_a_day_told_before_it():
    told = When(date(2025, 6, 3), 1, True)
    assert story_day("The next day a drone hit a car.", told) == When(date(2025, 6, 4), 1, True)
    assert story_day("The next day a drone hit a car.", None) is None
    week = When(date(2025, 6, 2), 2, True)
    assert story_day("The next day a drone hit a car.", week) is None


STORY = (
    "A long Wednesday in the south\n\n"
    "On Wednesday, 4 June, shells hit the centre of Kherson before dawn, wounding a baker.\n\n"
    "Later that morning a drone struck a minibus in Bilozerka; two passengers were hurt.\n\n"
    "The next day artillery hit a water pumping station in Beryslav.\n\n"
    "A day earlier, a glide bomb had fallen on a farm near Mykolaiv.\n"
)


def test_fronted_days_follow_the_story_not_the_publication(extractor):
    events = extractor.extract(STORY, "t", published=date(2025, 6, 9))
    days = {e["place"][:6]: e["event_date"] for e in events}
    assert days.get("Kherso") == "2025-06-04"
    assert days.get("Biloze") == "2025-06-04"
    assert days.get("Berysl") == "2025-06-05"
    assert days.get("Mykola") == "2025-06-04"  # a day earlier than the Thursday told before it
