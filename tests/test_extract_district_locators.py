"""Extraction, one event one record: a district (raion, hromada) named with a village or town of
it in one sentence only locates the village ("In the Kharkiv district, shells hit Tsyrkuny"): the
event is the village's, not a second record at the district's town. A district with a town of
another district, or a place of its own, keeps its record."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2025, 6, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, text):
    return [
        (e["place"], e["event_type"], e["weapon_category"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "t", DAY)
    ]


def test_a_regional_post_district_then_its_village(extractor):
    text = (
        "In the Kharkiv district, Russian artillery hit the village of Tsyrkuny in the morning; "
        "one man was wounded, the regional administration said."
    )
    assert _records(extractor, text) == [("Tsyrkuny", "strike", "artillery", None, 1)]


def test_a_governors_roundup_district_attacked_then_the_village_hit(extractor):
    text = (
        "- 04:20: the Shebekino district was attacked by drones overnight, a car was damaged in "
        "Maslova Pristan; the driver was injured."
    )
    assert _records(extractor, text) == [("Maslova Pristan", "strike", "drone", None, 1)]


def test_a_monthly_report_hromada_then_its_village(extractor):
    text = (
        "In Velykyi Burluk hromada, the village of Vilkhuvatka came under mortar fire on "
        "Monday, local officials said."
    )
    assert _records(extractor, text) == [("Vilkhuvatka", "strike", "artillery", None, None)]


def test_a_ticker_village_then_its_district_in_capitals(extractor):
    text = "11:30  GLIDE BOMB ON MEZHOVA, SYNELNYKOVE DISTRICT - TWO WOMEN WOUNDED"
    assert _records(extractor, text) == [("Mezhova", "strike", "glide bomb", None, 2)]


def test_a_district_and_a_town_far_from_it_are_two_events(extractor):
    text = (
        "Russian artillery shelled the Nikopol district on Monday, and a drone hit a bus in "
        "Kherson in the evening."
    )
    places = sorted(e["place"] for e in extractor.extract(text, "t", DAY))
    assert places == ["Kherson", "Nikopol"]


def test_a_district_alone_is_its_towns_event(extractor):
    text = "Last night a drone hit a warehouse in the Brovary district; nobody was hurt."
    assert _records(extractor, text) == [("Brovary", "strike", "drone", 0, 0)]


def test_a_district_and_the_seat_of_another_district_are_two_events(extractor):
    text = (
        "Shelling hit the Kharkiv district overnight, and a drone struck a depot in Chuhuiv in "
        "the afternoon, the governor said."
    )
    records = _records(extractor, text)
    assert [(r[0], r[2]) for r in records] == [("Kharkiv", "artillery"), ("Chuhuyiv", "drone")]


def test_a_district_counted_in_a_tally_keeps_its_record(extractor):
    text = (
        "Overnight air defence destroyed nine drones over our region: five over Kaluga, three "
        "in the Kozelsk district and one near Lyudinovo."
    )
    places = [e["place"] for e in extractor.extract(text, "t", DAY)]
    assert "Kozelsk" in places and len(places) == 3


# A city's own district named with the city ("Kyiv's Obolon district", "the Zarichnyi district
# of Sumy"): one event, at the city, not a second record at the district's point (heldout15,
# heldout23, heldout35, heldout37).
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A drone struck a warehouse in Kyiv's Obolon district overnight.", "Kyiv"),
        ("Russian drones struck the Zarichnyi district of Sumy shortly after 2 a.m.", "Sumy"),
        ("Two missiles struck the Peresyp district of Odesa city, killing 21.", "Odesa"),
    ],
)
def test_a_citys_own_district_is_the_citys_event(extractor, text, city):
    assert [r[0] for r in _records(extractor, text)] == [city]


def test_a_district_told_alone_keeps_its_record(extractor):
    text = "A drone struck a warehouse in the Obolon district overnight."
    assert [r[0] for r in _records(extractor, text)] == ["Obolon"]
