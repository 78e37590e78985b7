"""Extraction: a theatre town GeoNames holds without a population (added unsized: Zvanivka,
Tiahynka, Vasylkivka of the Dnipropetrovsk region) is a village of the theatre, the event's
place, not a stray spot dropped unless it stands in a list; abroad, such a town stays a spot."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.places import find_places


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Moscow said on Sunday that its soldiers had captured Zvanivka.", "Zvanivka"),
        ("Artillery hit Tiahynka again in the afternoon, wounding a tractor driver.", "Tiahynka"),
        ("A drone's wreckage fell on a garage in Vasylkivka; nobody was hurt.", "Vasylkivka"),
    ],
)
def test_an_unsized_theatre_town_is_the_events_place(extractor, line, town):
    records = extractor.extract("KYIV, 3 May 2025\n\n" + line, "t")
    assert any(town in r["place_mention"] for r in records)


def test_an_unsized_town_abroad_is_still_no_place(geocoder):
    # Wintringham is an English village GeoNames holds with no population
    text = "Drones struck Kharkiv overnight, a reporter from Wintringham wrote."
    assert [h.place.name for h in find_places(geocoder, text)] == ["Kharkiv"]


def test_a_russian_form_respelled_to_an_unsized_town_stays_a_spot(geocoder):
    # a Kursk-region village the gazetteer lacks; respelled, it is an unsized Ukrainian village
    # hundreds of kilometres off, which the words do not name
    text = "Footage showed assault troops on the edge of Makhnovka, west of Sudzha, on Friday."
    found = {h.place.name for h in find_places(geocoder, text)}
    assert "Makhnivka" not in found and "Sudzha" in found
