"""A campaign told over months is background, not one event: "Russian units have pushed towards
X since last autumn", "Y has been in Russian hands since March 2022", "forces have kept up
pressure around Z throughout the winter", "Ukraine has hit depots across the A and B regions
this summer". Wire stories and longforms give such a paragraph of context after the day's news;
it made a "fighting" or "strike" record at each place (heldout26, 32, 34, 36). The day's event
in the same report stays one."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

NEWS = "A Russian drone hit a shop in Kherson on Tuesday morning, wounding two women, officials said.\n\n"


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "context, place",
    [
        ("Russian units have pushed slowly towards Siversk since last autumn.", "Siversk"),
        ("The town of Kamianka-Dniprovska has been in Russian hands since March 2022.", "Kamianka"),
        (
            "Both villages have been under pressure since the spring, when Russian troops first "
            "advanced west of Kurakhove.",
            "Kurakhove",
        ),
        ("Russian forces have kept up attacks around Lyman throughout the winter.", "Lyman"),
        (
            "Kyiv's drones have hit oil depots across the Bryansk and Kursk regions this summer.",
            "Bryansk",
        ),
    ],
)
def test_a_campaign_over_months_is_no_event(extractor, context, place):
    records = extractor.extract(NEWS + context, "t", date(2025, 6, 12))
    got = [(r["event_type"], r["place"]) for r in records]
    assert all(not p.startswith(place[:5]) for _, p in got), got
    assert ("strike", "Kherson") in got, got


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Russian artillery has shelled Nikopol since Monday morning, killing a man on Tuesday.",
            "Nikopol",
        ),
        ("Drones have struck Odesa's port twice since Sunday, the governor said.", "Odesa"),
        (
            "Russia's army said it had captured Bilohirya, a village of the Zaporizhzhia region "
            "where fighting has raged since late summer.",
            "Bilohir",
        ),
        (
            "Ukrainian troops pushed Russian units out of the northern part of Vovchansk, which "
            "Moscow has claimed to hold since May.",
            "Vovchansk",
        ),
    ],
)
def test_a_days_long_attack_stays_an_event(extractor, text, place):
    records = extractor.extract(text, "t", date(2025, 6, 12))
    assert any(r["place"].startswith(place[:5]) for r in records), records
