"""Extraction, a round-up of casualties per province (issue 16): each province line is a record
of its own whatever the region word ("province", "oblast", "region"), and a province's total for
the week stays apart from a dated incident in one of its towns that the total counts."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize("word", ["province", "oblast", "region"])
@pytest.mark.parametrize(
    "layout",
    [
        "- Odesa {w}: 6 killed, 20 injured\n- Mykolaiv {w}: 1 killed, 4 injured\n",
        "Odesa {w} — 6 killed, 20 injured\nMykolaiv {w} — 1 killed, 4 injured\n",
        "• Odesa {w}: six dead and 20 hurt\n• Mykolaiv {w}: one dead and four hurt\n",
    ],
)
def test_each_province_line_of_a_weekly_roundup_is_a_record(extractor, word, layout):
    text = (
        "Weekly protection update\nReporting period: 12 - 18 May 2025 | Issued: 19 May 2025\n\n"
        "The mission verified these civilian casualties over the week:\n\n" + layout.format(w=word)
    )
    records = extractor.extract(text, "t", date(2025, 5, 19))
    rows = sorted((r["place"], r["fatalities"], r["injured"], r["geo_precision"]) for r in records)
    assert [(f, i, g) for _, f, i, g in rows] == [(1, 4, 3), (6, 20, 3)]
    assert {r["event_type"] for r in records} == {"strike"}


@pytest.mark.parametrize(
    "incident",
    [
        "On 15 May, a drone hit a bus in Odesa city, killing two people and injuring nine.",
        "The worst single attack came on 16 May, when a missile struck a warehouse in Odesa and "
        "injured seven workers.",
        "In Odesa, on 14 May, shelling of the port killed one docker.",
    ],
)
def test_a_dated_incident_in_a_town_stays_apart_from_its_provinces_weekly_total(
    extractor, incident
):
    text = (
        "Weekly protection update\nReporting period: 12 - 18 May 2025 | Issued: 19 May 2025\n\n"
        "The mission verified these civilian casualties over the week:\n\n"
        "- Odesa province: 6 killed, 20 injured\n- Mykolaiv province: 1 killed, 4 injured\n\n"
        f"{incident}\n"
    )
    records = extractor.extract(text, "t", date(2025, 5, 19))
    province = [r for r in records if r["geo_precision"] == 3 and r["fatalities"] == 6]
    town = [r for r in records if r["geo_precision"] < 3 and r["place"] in ("Odesa", "Odessa")]
    assert len(province) == 1 and (province[0]["injured"], province[0]["time_precision"]) == (
        20,
        2,
    )
    assert town and town[0]["time_precision"] == 1
