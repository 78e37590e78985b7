"""A system told as hit is no weapon of the event, in an imported row as in a report: UCDP's
"destroyed more than 40 invaders, four tanks and Buk air defense systems" came in with Buk (an
air defence missile) as the weapon used, as the extractor read it; the object a verb of hitting
took is read as a list up to the weapon word (``geo.weapon_roles.listed_target``), in
``geo.weapons.fired_weapons``, which both the importers (``geo.formats.weapon_in``) and the
extractor read. Headlines are UCDP GED's own (imports33)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from geo import formats
from geo import weapons as wv
from geo.extract import Extractor

UCDP = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ucdp-ged-ukraine.csv"

# UCDP rows' headlines (their own ids) and the weapon each should come in with
ROWS = {
    "448442": (
        "Ukrainian Armed Forces destroyed more than 40 invaders, four tanks and Buk air defense "
        "systems in the south",
        (None, None),
    ),
    "466757": (
        "The Armed Forces of Ukraine hit a rare Russian “Arctic” Tor-M2DT air defense system in "
        "the Kherson region",
        (None, None),
    ),
    "448596": (
        "Aerospace Forces destroyed up to a hundred Ukrainian military and a HIMARS installation "
        "in the Kharkiv region - Russian Defense Ministry",
        (None, None),
    ),
    "448717": (
        'In the south, the Armed Forces of Ukraine destroyed 77 invaders, six tanks and three "Pantsir"',
        (None, None),
    ),
    # the weapon fired stays: "from the HIMARS MLRS", "with Iskanders", "in shelling"
    "448099": (
        "The Ukrainian Armed Forces attacked the center of Lysichansk from the HIMARS MLRS, two "
        "people were killed",
        ("HIMARS", "rocket artillery"),
    ),
    "447173": (
        "The enemy shelled Pokrovsk five times in a day with Iskanders, there are dead",
        ("Iskander", "ballistic missile"),
    ),
    "392366": (
        "Civilian killed, water pumping station damaged in shelling in east Ukraine",
        (None, "artillery"),
    ),
}


def _ucdp_file(folder: Path) -> Path:
    """A UCDP GED file with the real file's columns and the rows of :data:`ROWS`."""
    with UCDP.open(encoding="utf-8", errors="replace") as fh:
        header = next(csv.reader(fh))
    path = folder / "ged-sample.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.DictWriter(fh, header)
        out.writeheader()
        for uid, (headline, _) in ROWS.items():
            out.writerow(
                {
                    **dict.fromkeys(header, ""),
                    "id": uid,
                    "date_start": "2022-09-01",
                    "date_prec": "1",
                    "where_prec": "1",
                    "type_of_violence": "1",
                    "side_a": "Government of Ukraine",
                    "side_b": "Government of Russia (Soviet Union)",
                    "country": "Ukraine",
                    "latitude": "47.25",
                    "longitude": "35.71",
                    "where_coordinates": "Tokmak town",
                    "source_headline": headline,
                    "best": "0",
                }
            )
    return path


def test_a_ucdp_row_takes_no_system_it_tells_was_hit(gazetteer, tmp_path):
    path = _ucdp_file(tmp_path)
    result = formats.read(path.read_bytes(), path.name, gazetteer)
    assert result.format == "ucdp" and not result.refused
    got = {
        row.event_id.removeprefix("ucdp-"): (row.weapon, row.weapon_category)
        for row in result.frame.itertuples()
    }
    assert got == {uid: weapon for uid, (_, weapon) in ROWS.items()}


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("They destroyed 95 soldiers and the Paladin artillery system near Tokmak.", set()),
        ("Troops destroyed up to 40 soldiers and a D-30 howitzer near Kupiansk.", set()),
        ('They destroyed the enemy MLRS "Grad" near Kherson.', set()),
        ("Two M777 artillery systems were destroyed near Bakhmut.", set()),
        # what the list's verb was done with, or a weapon that acts after it, stays the weapon
        (
            "Russia struck Kharkiv and Dnipro with S-300 missiles.",
            {"air defence missile", "missile"},
        ),
        (
            "Troops attacked Vovchansk, Kupiansk and Izium, and Grad rockets hit the market.",
            {"rocket artillery"},
        ),
        ("A shop was damaged in shelling of Nikopol.", {"artillery"}),
    ],
)
def test_a_listed_target_is_no_weapon_fired(text, categories):
    assert {w.category for w in wv.fired_weapons(text)} == categories


def test_the_extractor_reads_the_same_list(geocoder):
    text = (
        "Ukrainian forces destroyed more than 40 soldiers, four tanks and Buk air defence "
        "systems near Tokmak on Monday."
    )
    records = Extractor(geocoder).extract(text, "t", date(2024, 6, 4))
    assert records and {r["weapon"] for r in records} == {None}
    assert "air defence missile" not in {r["weapon_category"] for r in records}
