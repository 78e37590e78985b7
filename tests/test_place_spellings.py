"""Towns named as the report and the reader spell them, not as GeoNames romanises them: "Kryvyi
Rih", not "Kryvyy Rih"; "Lgov", not "Lgovskiy"; the place found (its point) is the same."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import BASE_EVENT
from geo.event_names import event_place, shown_places
from geo.events import to_frame
from geo.place_spellings import product_spelling

REPORT = (
    "KYIV, June 3, 2025 - Russian missiles and drones hit Kryvyi Rih overnight, wounding five "
    "people, the city's military administration said.\n"
    "In Russia's Kursk region, a Ukrainian drone struck a fuel depot in Lgov, the governor said.\n"
    "Shelling also hit Kharkov's outskirts, Russian-installed officials claimed.\n"
)


@pytest.mark.parametrize(
    ("place", "mention", "country", "shown"),
    [
        ("Kryvyy Rih", "Kryvyi Rih", "UA", "Kryvyi Rih"),  # the same name, romanised otherwise
        ("Yenakiyeve", "Yenakiieve", "UA", "Yenakiieve"),
        ("Bilhorod-Dnistrovs’kyy", "Bilhorod-Dnistrovskyi", "UA", "Bilhorod-Dnistrovskyi"),
        ("Lgovskiy", "Lgov", "RU", "Lgov"),  # GeoNames' adjective of the name
        ("Kryvyy Rih", "Kryvyi Rih's", "UA", "Kryvyi Rih"),
        ("Kharkiv", "Kharkov", "UA", None),  # another name (the Russian form): kept
        ("Kyiv", "Kiev", "UA", None),
        ("Pokrovsk", "Pokrov", "UA", None),  # another town's name
        ("Dnipro", "DNIPRO", "UA", None),  # a dateline's capitals are no spelling
        ("Kryvyy Rih", "kryvyi rih", "UA", None),
        ("Morozovsk Air Base", "Morozovsk air base", "RU", None),  # not written as the name is
        ("Lgovskiy", "Lgov", "PL", None),  # only where GeoNames romanises Cyrillic
    ],
)
def test_the_reports_spelling_of_the_same_name_is_the_products(place, mention, country, shown):
    assert product_spelling(place, mention, country, 1) == shown


def test_an_event_at_a_region_keeps_the_regions_name():
    assert product_spelling("Zaporizhzhya", "Zaporizhzhia", "UA", 3) is None


def test_extracted_towns_are_shown_as_the_report_spells_them_at_geonames_points(
    extractor, geocoder
):
    records = extractor.extract(REPORT, "spellings.txt", published=date(2025, 6, 3))
    by_mention = {r["place_mention"]: r for r in records}
    assert event_place(by_mention["Kryvyi Rih"]) == "Kryvyi Rih"
    assert event_place(by_mention["Lgov"]) == "Lgov"
    assert {event_place(r) for r in records if r["place_mention"].startswith("Kharkov")} <= {
        "Kharkiv"
    }
    assert shown_places(to_frame(records)).tolist() == [event_place(r) for r in records]
    # stored (and exported) under GeoNames' name, at its point: the geocoding is unchanged
    kryvyi = geocoder.geocode("Kryvyi Rih", theatre={"UA"}).place
    assert by_mention["Kryvyi Rih"]["place"] == kryvyi.name == "Kryvyy Rih"
    assert (by_mention["Kryvyi Rih"]["lat"], by_mention["Kryvyi Rih"]["lon"]) == pytest.approx(
        (kryvyi.lat, kryvyi.lon)
    )


def test_events_stored_under_geonames_spelling_are_shown_as_the_report_spelled_them():
    stored = {**BASE_EVENT, "country": "UA", "place": "Kryvyy Rih", "lat": 47.91, "lon": 33.39}
    rows = [
        {**stored, "place_mention": "Kryvyi Rih"},
        {**stored, "place_mention": "Krivoy Rog"},  # the Russian form: GeoNames' name stays
        {**stored, "place_mention": None},
    ]
    assert shown_places(to_frame(rows)).tolist() == ["Kryvyi Rih", "Kryvyy Rih", "Kryvyy Rih"]
    assert [event_place(r) for r in rows] == ["Kryvyi Rih", "Kryvyy Rih", "Kryvyy Rih"]


def test_a_place_found_beside_its_mention_is_shown_as_the_sentence_spells_it():
    """newuser27: "the Danube near Izmail" kept "the Danube" as the event's mention and the
    place "Izmayil" was shown as GeoNames spells it; the sentence spells the same name "Izmail"."""
    sentence = (
        "During the night of 12 to 13 February, Russian forces again attacked Ukrainian port "
        "infrastructure on the Danube near Izmail with Geran-2 drones."
    )
    stored = {**BASE_EVENT, "country": "UA", "place": "Izmayil", "lat": 45.35, "lon": 28.84}
    extracted = {**stored, "span_start": 0, "span_end": 10}  # the sentence the event came from
    rows = [
        {**extracted, "place_mention": "the Danube", "source_text": sentence},
        {**extracted, "place_mention": None, "source_text": sentence},
        {**extracted, "place_mention": "the Danube", "source_text": "Near Izmayil's port."},
        {**extracted, "place_mention": "Izmail", "source_text": None},
        {**extracted, "place_mention": "the port", "source_text": "Shelling near the port."},
        # an import's row: its text is a source's headline or notes, not the event's sentence
        {**stored, "place_mention": "Danube ports", "source_text": sentence},
    ]
    shown = ["Izmail", "Izmail", "Izmayil", "Izmail", "Izmayil", "Izmayil"]
    assert [event_place(r) for r in rows] == shown
    assert shown_places(to_frame(rows)).tolist() == shown
    # a region's event keeps the region's name, whatever its sentence says
    assert product_spelling("Zaporizhzhya", None, "UA", 3, text="in Zaporizhzhia") is None
