"""What a new analyst's pass (newuser18) found the extractor getting wrong, each in two or three
writers' styles of our own: a street named after a village is an address, not the village; a
"4 Dec." that closes a sentence; a corrected toll "risen from 9 to 14"; the writer's own "I" is
no claimant; a table with a town column and a region column; the sentence a record quotes."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, split_sentences

PUBLISHED = date(2026, 12, 4)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(records: list[dict]) -> list[str]:
    return [r["place"] for r in records]


@pytest.mark.parametrize(
    "text, town",
    [
        ("3/ In Chornomorsk, a drone struck a residential block on Sadova street. One person died.",
         "Chornomors"),
        ("Odesa: a shahed hit a garage on Pushkinska street overnight, two people were hurt.",
         "Odesa"),
        ("A missile damaged an office building on Nauky avenue in Kharkiv this morning, the "
         "mayor said.", "Kharkiv"),
    ],
)  # fmt: skip
def test_a_lower_case_street_is_an_address_in_the_town(extractor, text, town):
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert len(records) == 1, _places(records)
    assert records[0]["place"].startswith(town)


def test_street_fighting_in_a_town_is_fighting_there(extractor):
    text = "Ukrainian units were locked in Toretsk street fighting on Tuesday, the army said."
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert [(r["place"], r["event_type"]) for r in records] == [("Toretsk", "fighting")]


def test_the_street_takes_the_toll_to_the_town(extractor):
    text = "In Chornomorsk, a drone struck a residential block on Sadova street. One person died."
    (rec,) = extractor.extract(text, "t", published=PUBLISHED)
    assert rec["fatalities"] == 1


@pytest.mark.parametrize(
    "text, n",
    [
        ("Thread on last night's attack on Odesa oblast, 4 Dec. I spoke to residents in Izmail.", 2),
        ("Update, 12 Nov. The governor has not posted since noon.", 2),
        # the agencies' month before its day, and a year after a day's month, end nothing
        ("The strike on Dec. 4 hit a depot. Nobody was hurt.", 2),
        ("Fighting went on until 4 Dec. 2026 was a hard year.", 1),
    ],
)  # fmt: skip
def test_a_day_and_short_month_close_a_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_a_place_only_named_after_a_dated_heading_is_no_event(extractor):
    text = (
        "1/ Thread on last night's attack on Odesa oblast, 4 Dec. I spoke to residents in Izmail "
        "and Chornomorsk this morning.\n\n"
        "2/ Around 02:30 at least six explosions were heard in Izmail."
    )
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert not any(r["place"].startswith("Chornomors") for r in records), _places(records)
    izmail = [r for r in records if r["place"].startswith("Izma")]
    assert izmail and "explosions" in izmail[0]["source_text"]


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("The overnight strike on Kryvyi Rih killed four people. The number of injured has "
         "risen from 9 to 14.", 4, 14),
        ("A missile hit Dnipro at dawn. By evening the death toll had climbed from two to five.",
         5, None),
        ("Sumy was shelled on Monday; the count of people wounded went up from 3 to 7 by noon.",
         None, 7),
    ],
)  # fmt: skip
def test_a_toll_risen_from_one_figure_to_another_is_the_second(extractor, text, killed, injured):
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert records, text
    assert (records[0]["fatalities"], records[0]["injured"]) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A correction to what I said this morning: the overnight missile strike on Kryvyi Rih "
        "killed four people, not three.",
        "As I wrote earlier: a drone hit a warehouse in Sumy.",
    ],
)
def test_the_writers_own_i_is_no_claimant(extractor, text):
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert records
    assert records[0]["claimed_by"] is None or not records[0]["claimed_by"].endswith(" I")


LOG = """Weekly strike log, 23-29 November 2026

Date | Location | Oblast | Weapon | Killed | Injured | Source
25 Nov | Kramatorsk | Donetsk | Iskander-M | 0 | 4 | city council
26 Nov | Nikopol | Dnipropetrovsk | artillery | 1 | 2 | police
"""

REGION_FIRST = """Strikes this week (our own count)

| Date | Oblast | Settlement | Weapon | Injured |
|---|---|---|---|---|
| 25 Nov | Donetsk | Sloviansk | glide bomb | 3 |
"""


def test_a_town_column_before_a_region_column_places_the_row_at_the_town(extractor):
    records = extractor.extract(LOG, "t", published=date(2026, 11, 30))
    got = {r["place"][:6]: r["geo_precision"] for r in records}
    assert got.get("Kramat") == 1 and got.get("Nikopo") == 1, got


def test_a_region_column_before_the_town_column_still_finds_the_town(extractor):
    records = extractor.extract(REGION_FIRST, "t", published=date(2026, 11, 30))
    assert [(r["place"][:4], r["geo_precision"]) for r in records] == [("Slov", 1)], _places(
        records
    )


@pytest.mark.parametrize(
    "header",
    [
        "General Staff of the Armed Forces of Ukraine, operational update as of 08:00, "
        "5 December 2026 (translated)",
        "Operational information of the General Staff on the course of the war as of 08.00 "
        "on 05.12.2026",
        "Southern Defence Forces | morning summary for the press | 08:00 | 5 December 2026 | "
        "unofficial translation",
    ],
)
def test_a_long_dated_header_leaves_the_morning_update_its_past_day(extractor, header):
    # a morning update's "over the past day" dates its items the day before, whatever the
    # length of the header line that carries its date
    text = (
        f"{header}\n\n"
        "Over the past day, 142 combat engagements took place along the front.\n\n"
        "In the Pokrovsk direction, our defenders stopped 38 assault actions near Myrnohrad "
        "and Udachne."
    )
    records = extractor.extract(text, "t")
    assert records and {r["event_date"] for r in records} == {"2026-12-04"}, records
