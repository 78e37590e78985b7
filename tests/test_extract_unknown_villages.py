"""Extraction: fighting at villages the gazetteer does not know ("near A and B", "at A, north of
Sudzha") stays one event a village, each at the best place we know (its town, its region), and
is not merged into the fighting at another village or at the town itself."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _fighting(extractor, *lines):
    """The fighting records of a report of ``lines`` (a dateline first)."""
    records = extractor.extract("\n".join(lines), "t")
    return [r for r in records if r["event_type"] == "fighting"]


def _villages(records, *names):
    """(village, precision) of each record, by the village its mention names."""
    return sorted(
        (
            next((v for v in names if v in r["place_mention"]), r["place_mention"]),
            r["geo_precision"],
        )
        for r in records
    )


def test_ministry_list_of_two_unknown_villages_in_a_region(extractor):
    # a defence ministry's daily statement: two villages of one region, neither in the gazetteer
    fights = _fighting(
        extractor,
        "MOSCOW, 2025-02-03",
        "In the Kursk region, units of the North group repelled five attacks by Ukrainian assault "
        "groups towards Staroye Lipovo and Bolshaya Kruglitsa over the past day.",
    )
    villages = ("Bolshaya Kruglitsa", "Staroye Lipovo")
    assert _villages(fights, *villages) == [("Bolshaya Kruglitsa", 3), ("Staroye Lipovo", 3)]
    assert {(r["admin1"], r["event_date"]) for r in fights} == {("Kursk", "2025-02-03")}


def test_analyst_two_unknown_villages_each_measured_from_one_town(extractor):
    # an analyst's note: two villages told of in two sentences, both placed from Sudzha
    fights = _fighting(
        extractor,
        "Washington, 2025-02-04",
        "Geolocated footage from February 4 shows Russian forces advancing along the edge of "
        "Krasnaya Dubrava, south-west of Sudzha. Russian milbloggers also claimed that Russian "
        "troops repelled a Ukrainian attack near Tikhaya Rechka, north-west of Sudzha.",
    )
    villages = ("Krasnaya Dubrava", "Tikhaya Rechka")
    assert _villages(fights, *villages) == [("Krasnaya Dubrava", 2), ("Tikhaya Rechka", 2)]
    assert {(r["place"], r["event_date"]) for r in fights} == {("Sudzha", "2025-02-04")}


def test_unknown_village_beside_a_known_one_and_the_town_told_again(extractor):
    # a newspaper's week story: "near X and Korenevo", then Korenevo alone is the same fighting
    fights = _fighting(
        extractor,
        "London, 2024-08-12",
        "Russia's defence ministry said on Monday that its forces had beaten back attacks near "
        "Nizhnyaya Polyana and Korenevo. War bloggers acknowledged heavy fighting around "
        "Korenevo but said the line was holding.",
    )
    by_mention = {r["place_mention"]: r for r in fights}
    assert sorted(by_mention) == ["Korenevo", "Nizhnyaya Polyana"]
    assert by_mention["Nizhnyaya Polyana"]["geo_precision"] == 2  # near Korenevo, not at it
    assert {r["event_date"] for r in fights} == {"2024-08-12"}


def test_one_unknown_village_told_twice_is_one_event(extractor):
    # a town's unknown village told again in the next sentence: one event
    fights = _fighting(
        extractor,
        "Kyiv, 2025-02-05",
        "Ukrainian troops attacked near Sosnovy Log, north of Sudzha, on Wednesday. The "
        "attack near Sosnovy Log was beaten back, Russian bloggers said.",
    )
    assert _villages(fights, "Sosnovy Log") == [("Sosnovy Log", 2)]


def test_a_day_or_a_feast_after_near_is_no_village(extractor):
    # "around Christmas", "towards Europe": the region's fighting stays the region's, one event
    fights = _fighting(
        extractor,
        "Kyiv, 2025-01-10",
        "Fighting in the Donetsk region grew heavier around Christmas and again towards Monday.",
    )
    assert [(r["place_mention"], r["geo_precision"]) for r in fights] == [("the Donetsk region", 3)]


def test_unknown_village_in_its_district_is_one_event(extractor):
    # a governor's post: the village named with its district is the district's one event
    fights = _fighting(
        extractor,
        "Kursk, 2025-02-06",
        "Fierce fighting continues near the village of Gorelovka in the Sudzha district, the "
        "governor said on Thursday.",
    )
    assert len(fights) == 1 and "Gorelovka" in fights[0]["place_mention"]
