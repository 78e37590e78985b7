"""What a new analyst's pass (newuser19) found the extractor getting wrong, each in two or three
writers' styles of our own: a briefing's header names its body, not its topic or kind; a gun or
launcher that was hit is the target, not the weapon; a tally's two kinds each keep their own count;
coordinates an open-source note gives put its event there."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.given_points import given_points
from geo.extract.issuer import side_author
from geo.weapons import fired_weapons

PUBLISHED = date(2026, 12, 3)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "header, body",
    [
        ("Summary of the Russian Ministry of Defence on the progress of the special military "
         "operation, 3 December 2026 (unofficial translation)", "Russian Ministry of Defence"),
        ("Russian Defence Ministry daily briefing, 08:00, 3 December 2026", "Russian Defence Ministry"),
        ("General Staff update, 3 December 2026", "General Staff"),
        ("Report of the Air Force Command about the night attack, 2 to 3 December", "Air Force Command"),
    ],
)  # fmt: skip
def test_a_header_names_its_body_without_the_documents_topic_or_kind(header, body):
    assert side_author(f"{header}\n\nUnits repelled four attacks near Lyman.") == body


def test_a_body_whose_own_name_ends_like_a_document_keeps_it():
    assert side_author("Statement of the Ministry of Information\n\nx") == "Ministry of Information"


@pytest.mark.parametrize(
    "sentence, fired, target",
    [
        ("An Iskander-M system destroyed a launcher of the HIMARS multiple rocket system near "
         "Dobropillia.", "ballistic missile", "rocket artillery"),
        ("Footage shows a Lancet strike on a Ukrainian M777 howitzer in a treeline west of Siversk.",
         "drone", "artillery"),
        ("An FPV drone hit a howitzer hidden in a barn outside Huliaipole.", "drone", "artillery"),
    ],
)  # fmt: skip
def test_a_gun_or_launcher_that_was_hit_is_no_weapon_fired(sentence, fired, target):
    cats = {w.category for w in fired_weapons(sentence)}
    assert fired in cats and target not in cats


@pytest.mark.parametrize(
    "sentence",
    [
        "The village was hit by an M777 howitzer, the occupation authorities said.",
        "Ukrainian gunners struck with a HIMARS system at a command post near Oleshky.",
    ],
)
def test_what_a_place_was_hit_by_or_with_is_the_weapon(sentence):
    assert {w.category for w in fired_weapons(sentence)} & {"artillery", "rocket artillery"}


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Statement of the Russian Ministry of Defence, 3 December 2026\n\nAir defence units shot "
         "down 3 Neptune missiles and 20 drones over the Belgorod region overnight.",
         {"cruise missile": 3, "drone": 20}),
        ("Overnight, air defences destroyed 4 Kh-101 cruise missiles and 35 Shahed drones over "
         "the Kyiv region, the Air Force said.", {"cruise missile": 4, "drone": 35}),
    ],
)  # fmt: skip
def test_a_tallys_two_kinds_each_keep_their_own_count(extractor, text, counts):
    records = extractor.extract(text, "t", published=PUBLISHED)
    got = {
        r["weapon_category"]: r["destroyed"] for r in records if r["event_type"] == "interception"
    }
    assert got == counts


@pytest.mark.parametrize(
    "text, lat, lon",
    [
        ("1) Drone footage posted on 2 Dec shows a BMP hit by an FPV drone on the southern "
         "outskirts of Pokrovsk. Geolocated to 48.2721, 37.1765. Confidence: high.", 48.2721, 37.1765),
        ("A glide bomb hit a warehouse on the edge of Kostiantynivka (48.5452 N, 37.7281 E), "
         "satellite images show.", 48.5452, 37.7281),
        ("Artillery struck a farm near Vovchansk; the crater sits at 50.2961°N 36.9580°E.",
         50.2961, 36.9580),
    ],
)  # fmt: skip
def test_coordinates_a_note_gives_put_its_event_there(extractor, text, lat, lon):
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert len(records) == 1
    r = records[0]
    assert (r["lat"], r["lon"], r["geo_precision"]) == (lat, lon, 1)
    assert f"{lat:.4f}, {lon:.4f}" in r["notes"]


def test_a_point_far_from_the_place_or_in_another_paragraph_moves_nothing(extractor):
    text = (
        "A drone hit a depot in Kharkiv overnight, the governor said. Stock fell to 12.500, 3.250 "
        "hryvnias.\n\nA separate note: the launch site lay at 51.6800, 39.2000 near Voronezh."
    )
    records = extractor.extract(text, "t", published=PUBLISHED)
    kharkiv = next(r for r in records if r["place"].startswith("Kharkiv"))
    assert abs(kharkiv["lat"] - 49.99) < 0.1 and "given in the text" not in (kharkiv["notes"] or "")


def test_a_table_of_hundreds_of_points_moves_no_event(extractor):
    points = " ".join(f"{49.9 + i / 10000:.4f}, {36.2 + i / 10000:.4f};" for i in range(300))
    text = f"A drone hit a depot in Kharkiv overnight. Readings: {points}"
    assert len(given_points(text)) == 300
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert records and all("given in the text" not in (r["notes"] or "") for r in records)
