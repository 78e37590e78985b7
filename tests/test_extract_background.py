"""Past attacks named as the matter of a court case or an investigation are background to a
story (issue 16, class 7): no record for them, while the story's new attacks keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.pipeline import case_file


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_a_court_case_about_an_old_strike_is_no_event(extractor):
    text = (
        "KYIV, 5 March 2026\n\n"
        "A court in Kyiv tried in absentia the officers who ordered the missile strike on a "
        "shopping centre in Kremenchuk in June 2022.\n\n"
        "On Tuesday a drone hit a warehouse in Poltava, the regional governor said.\n"
    )
    records = extractor.extract(text, "story", date(2026, 3, 5))
    assert [r["place"] for r in records] == ["Poltava"]


def test_only_proceedings_about_a_past_year_are_background():
    published = date(2026, 3, 5)
    assert case_file("Prosecutors named suspects in the strike on X in May 2024.", published)
    assert case_file(
        "He was sentenced for shelling X in the first weeks of the invasion.", published
    )
    # an attack of this year, or an old date without a court case, is no case file
    assert not case_file("Prosecutors opened a case after a drone hit X on Monday.", published)
    assert not case_file("A missile hit X in June 2022, the town's worst day.", published)


@pytest.mark.parametrize(
    "sentence",
    [
        # years or seasons ago, with no day of its own: background, its figures too
        "Three winters ago a rocket barrage on Kupiansk killed nine people at a bus stop.",
        "Shelling wrecked the market in Nikopol two years ago.",
    ],
)
def test_an_attack_years_or_seasons_ago_is_background(extractor, sentence):
    assert extractor.extract("KYIV, 5 March 2026\n\n" + sentence, "t") == []


def test_a_new_attack_a_year_after_an_old_one_stays(extractor):
    text = "KYIV, 5 March 2026\n\nA missile hit Sumy on Wednesday, a year after a strike there."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Sumy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sumy has been shelled again and again since the spring of 2022.",
        "The port has been hit time and again by drones over the past two years.",
        "Time after time the depot near Lozova has been struck by missiles.",
        # a past told by a season of its year or the war's first weeks, with no day of its own
        "Many families fled Vovchansk in the winter of 2022, when artillery pounded the town.",
        "In the late summer of 2024 a glide bomb flattened the school in Kupiansk.",
        "In the opening weeks of the full-scale invasion, Russian guns shelled Mykolaiv daily.",
        "Chernihiv was besieged and shelled in the invasion's first weeks.",
        "Last month the library in Orikhiv was also damaged by a drone.",
        # a town's past in an aside, with a season and no day
        "Lozova, hit twice in the winter, has rebuilt its station, officials say.",
        "The Kremenchuk refinery, struck repeatedly last summer, is back at full capacity.",
    ],
)
def test_what_happens_again_and_again_or_a_season_past_is_background(extractor, sentence):
    text = "On Tuesday a drone hit a warehouse in Poltava, the regional governor said. " + sentence
    records = extractor.extract(text, "story", date(2026, 3, 5))
    assert [r["place"] for r in records] == ["Poltava"]


@pytest.mark.parametrize(
    "sentence",
    [
        # its own day, or the town named as what fell last month, stays the event
        "In the summer of 2024, on 3 July, a missile hit a plant in Kremenchuk.",
        "Troops took Komar, north of Velyka Novosilka, the town that fell last month.",
    ],
)
def test_a_season_past_with_a_day_of_its_own_or_in_a_relative_clause_stays(extractor, sentence):
    records = extractor.extract(sentence, "story", date(2026, 3, 5))
    assert records


def test_an_aside_telling_the_nights_hit_stays_news(extractor):
    text = "KYIV, 5 March 2026\n\nSumy, hit by drones overnight, has no power in two districts."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Sumy"]
