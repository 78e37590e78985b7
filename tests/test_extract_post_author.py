"""Extraction, verification: a post whose first line names its author and goes on with the
post's date, clock, the author's office or channel ("Name, 20 December", "Name, head of the
city defence council, morning update", "Name | channel", "Blood Centre · 13 April, 11:40") is
the author's word throughout (`claimed`), not the report's own (`confirmed`). Seen in six
writers of the development sets (a Belgorod governor's feed, a Kryvyi Rih mayor's update, a
Moscow mayor's channel, a blood centre's post, an ecopark's statement, a mayor's posts), read
as `confirmed` with no claimant (verif38)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.document_voice import post_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


AUTHORED = [
    (
        "Roman Starovoit, 14 October\n\nRylsk. A drone hit a tractor near the grain store; the "
        "driver is being treated.",
        "Roman Starovoit",
    ),
    (
        "Ihor Chaika, head of the town military administration, evening update, 3 May\n\n"
        "The enemy shelled the outskirts twice.",
        "Ihor Chaika",
    ),
    (
        "Maria Koval | channel (translated)\n\nDrones came at the city from the north.",
        "Maria Koval",
    ),
    (
        "Poltava Regional Blood Centre · 2 June, 09:15\n\nAfter the night attack on the city we "
        "need donors of every group.",
        "Poltava Regional Blood Centre",
    ),
    (
        "Statement of the Stepove Dog Shelter team, 8 April 2025\n\nA glide bomb fell behind the "
        "kennels last night.",
        "Stepove Dog Shelter team",
    ),
]

NO_AUTHOR = [
    # a title, a newsletter, a section, an outlet's masthead, a headline, a wire dateline
    "MORNING BRIEF | 4 March 2025\n\nDrones struck Sumy overnight.",
    "The Kharkiv Letter — Friday 6 June 2025\n\nA missile hit a depot.",
    "Kharkiv, 5 May\n\nShelling hit the market.",
    "Odesa Today, 2 February\n\nA drone hit the port.",
    "Drones hit a depot in Sumy, 3 March\n\nThe fire was put out.",
    # a newsroom's own people below its name line
    "Olha Marchenko, 12 May\n\nOur correspondent saw smoke over the port of Izmail.",
    # a name and nothing after it: no post's header
    "Ivan Sydorenko\n\nA drone hit a shop in Nikopol.",
]


@pytest.mark.parametrize(("text", "author"), AUTHORED)
def test_a_posts_first_line_names_its_author(text, author):
    assert post_author(text) == author


@pytest.mark.parametrize("text", NO_AUTHOR)
def test_no_author_where_the_first_line_names_none(text):
    assert post_author(text) is None


def test_a_governors_post_is_his_claim_throughout(extractor):
    text = (
        "Roman Starovoit, 14 October\n\n"
        "Rylsk. A drone hit a tractor near the grain store; the driver was wounded.\n\n"
        "Lgov district. Artillery fire damaged two houses in the village of Kromskaya Dubrava."
    )
    records = extractor.extract(text, "post", date(2025, 10, 14))
    rylsk = [r for r in records if r["place"] == "Rylsk"]
    assert rylsk and all(r["verification"] == "claimed" for r in rylsk)
    assert all(r["claimed_by"] == "Roman Starovoit" for r in rylsk)


def test_a_newsrooms_piece_under_a_byline_stays_its_own(extractor):
    text = (
        "Olha Marchenko, 12 May\n\n"
        "Our correspondent saw a drone strike a warehouse in the port of Izmail before dawn."
    )
    records = extractor.extract(text, "piece", date(2025, 5, 12))
    izmail = [r for r in records if "Izmail" in r["place_mention"]]
    assert izmail and all(r["verification"] == "confirmed" for r in izmail)


def test_a_long_first_line_is_read_once():
    text = "Ivan Petrenko, " + "a" * 1_000_000 + "\n\nA drone hit a shop."
    assert post_author(text) is None
