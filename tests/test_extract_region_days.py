"""Extraction, merging: fighting told over a whole region on one day and fighting at a town of it
on another day are two events; told on one day they stay one (a region named with its town)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _fights(records: list[dict]) -> list[tuple[str, int, str]]:
    return sorted(
        (r["place"], r["geo_precision"], r["event_date"])
        for r in records
        if r["event_type"] == "fighting"
    )


def test_wire_lead_over_the_region_and_a_village_fought_over_the_day_before(extractor):
    # a wire story's lead sums up the incursion as of today; the next paragraph tells what a
    # ministry said of one village on Monday
    text = (
        "A week after Ukrainian armoured units pushed over the border into Russia's Kursk "
        "region, their commanders say they mean to hold the ground they took.\n\n"
        "On Monday the Russian defence ministry said its troops had beaten off assaults by "
        "Ukrainian raiding groups near Korenevo."
    )
    records = extractor.extract(text, "t", date(2024, 8, 13))
    fights = _fights(records)
    assert [(p, g) for p, g, _ in fights] == [("Korenevo", 2), ("Kursk", 3)]
    assert dict((p, d) for p, _, d in fights)["Korenevo"] == "2024-08-12"


def test_longform_crossing_dated_and_a_town_taken_days_later(extractor):
    # a long piece retells the crossing on its date, then a town taken some days on
    text = (
        "On 6 August 2024 Ukrainian brigades broke through the border posts and advanced into "
        "the Kursk region.\n\n"
        "By 15 August their soldiers were fighting street by street in Sudzha, and they hoisted "
        "their flag over its town hall."
    )
    fights = _fights(extractor.extract(text, "t", date(2024, 8, 10)))
    assert [(p, g) for p, g, _ in fights] == [("Kursk", 3), ("Sudzha", 1)]
    assert dict((p, d) for p, _, d in fights)["Kursk"] == "2024-08-06"


def test_assessment_region_on_one_day_and_a_town_on_the_next(extractor):
    # an assessment's topline with no day of its own (the day before its writing), then the
    # footage of a town published on the day it is written
    text = (
        "Fighting continued across Belgorod Oblast as Ukrainian units pressed their attacks.\n\n"
        "Geolocated footage published on March 20 shows fighting inside Krasnaya Yaruga."
    )
    fights = _fights(extractor.extract(text, "t", date(2025, 3, 20)))
    assert [(p, g, d) for p, g, d in fights] == [
        ("Belgorod", 3, "2025-03-19"),
        ("Krasnaya Yaruga", 1, "2025-03-20"),
    ]


def test_region_and_its_town_on_one_day_stay_one_event(extractor):
    # the region named first, its town after, on the same day: one fight, at the town
    text = (
        "Fighting went on in the Donetsk region on Tuesday. Ukrainian troops repelled "
        "assaults near Toretsk on Tuesday, the General Staff said."
    )
    fights = _fights(extractor.extract(text, "t", date(2025, 2, 19)))
    assert [p for p, _, _ in fights] == ["Toretsk"]


def test_a_strike_named_by_its_region_and_its_town_stays_one(extractor):
    # the merge kept on purpose: the region's attack with no day of its own, its city's on Monday
    text = (
        "Russian missiles struck the Dnipropetrovsk region, the governor said.\n\n"
        "On Monday a ballistic missile hit an industrial site in Dnipro, the governor said."
    )
    records = extractor.extract(text, "t", date(2023, 10, 17))
    assert [r["place"] for r in records if r["event_type"] == "strike"] == ["Dnipro"]
