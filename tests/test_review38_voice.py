"""The reviewer's findings on the thirty-sixth session's merged change (review38): a reporter's
byline read as the author of a post (the whole article that reporter's claim); a bare "down"
read as a crew's downing ("a dugout down the road", "shut down"); "attacked" with a target after
it read as a salvo's word (a strike read as an interception); a list carried from the sentence
before ("Among them X, Y") holding that sentence's weapon positions against its own text."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor
from geo.extract import drafts as drafts_module
from geo.extract.document_voice import post_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_BODY = (
    "\nRussian drones hit Kharkiv overnight, injuring three people. A missile struck a warehouse "
    "in Sumy.\n"
)
BYLINES = [
    "By Olena Roshchina, 20 December 2025, 09:14",
    "Tom Balmforth and Max Hunder, 20 December",
    "Kyiv Independent Staff, 20 December",
    "Iryna Kovalenko, Correspondent, 20 December",
]


@pytest.mark.parametrize("first", BYLINES)
def test_a_byline_names_no_author(first):
    assert post_author(first + _BODY) is None


@pytest.mark.parametrize("first", BYLINES)
def test_an_article_under_a_byline_is_the_reports_own(extractor, first):
    records = extractor.extract(first + _BODY, "piece", date(2025, 12, 20))
    assert {r["place"] for r in records} >= {"Kharkiv", "Sumy"}
    assert all(r["claimed_by"] is None for r in records)
    assert all(r["verification"] != "claimed" for r in records)


def test_a_name_and_a_date_alone_need_the_posts_own_voice():
    # a person's name and a date over a news lead: a byline; over entries headed by places, or
    # over the author speaking to the readers: the author's post
    assert post_author("Petro Hnatiuk, 20 December" + _BODY) is None
    post = "Petro Hnatiuk, 20 December\n\nDear residents, drones hit two houses in our district."
    assert post_author(post) == "Petro Hnatiuk"
    feed = "Petro Hnatiuk, 20 December\n\nVovchansk. A drone hit a tractor near the farm."
    assert post_author(feed) == "Petro Hnatiuk"
    body = "Sumy Regional Police, 20 December\n\nShelling damaged a shop in the town of Bilopillia."
    assert post_author(body) == "Sumy Regional Police"


@pytest.mark.parametrize(
    "text",
    [
        "Our gunners hit an enemy dugout down the road from Bakhmut.",
        "Our gunners shut down an enemy position near Bakhmut.",
    ],
)
def test_a_bare_down_is_no_crews_downing(text):
    assert [w.category for w in wv.fired_weapons(text)] == ["artillery"]


@pytest.mark.parametrize(
    "text",
    [
        "Our gunners downed 14 drones near Bakhmut overnight.",
        "Two drones were shot down by our gunners near Izium.",
        "Our gunners intercepted a cruise missile over Pavlohrad.",
    ],
)
def test_a_crew_that_downs_weapons_still_fires_no_guns(text):
    assert "artillery" not in [w.category for w in wv.fired_weapons(text)]


def _types(extractor, text):
    records = extractor.extract("Report, 12 May 2025\n" + text, "x", date(2025, 5, 12))
    return {r["place"]: r["event_type"] for r in records}


def test_attacked_with_a_target_after_it_is_a_strike(extractor):
    text = (
        "Drones attacked an oil depot in Bryansk, the governor said, adding that 5 were shot down."
    )
    assert _types(extractor, text).get("Bryansk") == "strike"


def test_attacked_with_the_town_as_its_object_stays_an_interception(extractor):
    text = (
        "Ukrainian drones attacked Moscow overnight, the mayor said, adding that 19 were shot "
        "down as they approached the city."
    )
    assert _types(extractor, text).get("Moscow") == "interception"


def test_a_carried_list_keeps_its_own_weapons_apart(extractor, monkeypatch):
    seen = []
    facts_of = drafts_module.Drafter._facts

    def record(self, s, s_hits):
        facts = facts_of(self, s, s_hits)
        seen.append(facts)
        return facts

    monkeypatch.setattr(drafts_module.Drafter, "_facts", record)
    text = (
        "Kherson region, 12 May 2025\n"
        "The enemy shelled 20 settlements of the region with artillery and mortars overnight. "
        "Among them Beryslav and Bilozerka."
    )
    records = extractor.extract(text, "x", date(2025, 5, 12))
    # every sentence's weapons sit at their words in its own text
    for facts in seen:
        assert all(facts.text[w.start : w.end] == w.text for w in facts.weapons)
    among = next(f for f in seen if f.text.startswith("Among them"))
    assert among.weapons == []
    assert [w.text for w in among.carried] == ["artillery", "mortars"]
    listed = {r["place"]: r["weapon_category"] for r in records}
    assert listed.get("Beryslav") == listed.get("Bilozerka") == "artillery"
