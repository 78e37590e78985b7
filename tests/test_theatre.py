"""The theatre as data: the war's sides and first view come from a file, not from code."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import theatre
from geo.events import load_reference
from geo.layers import build_map

CAUCASUS = Path(__file__).parent / "data" / "theatre_caucasus.toml"


def test_the_default_theatre_is_this_war():
    t = theatre.load()
    assert t.countries == {"UA", "RU"}
    assert t.attacker_of("UA") == "Russia"
    assert t.attacker_of("RU") == "Ukraine"
    assert t.attacker_of("DE") is None
    assert {"UA", "RU", "BY", "MD"} <= set(t.outlines)


def test_a_second_theatre_is_a_data_change():
    t = theatre.load(CAUCASUS)
    assert t.countries == {"AZ", "AM"}
    assert t.attacker_of("AM") == "Azerbaijan"
    assert t.attacker_of("UA") is None
    assert t.centre == (40.0, 46.5) and t.zoom == 7


def test_more_than_two_sides_need_an_opponent(tmp_path):
    text = CAUCASUS.read_text() + '\n[[sides]]\ncountry = "TR"\niso3 = "TUR"\nname = "Turkey"\n'
    path = tmp_path / "three.toml"
    path.write_text(text)
    assert theatre.load(path).attacker_of("AM") is None


@pytest.mark.parametrize(
    "text, words",
    [
        ("name = 'x'\n", "sides"),
        ("not toml [", "cannot read"),
        (
            "name='x'\n[view]\ncentre=[95, 0]\n[[sides]]\ncountry='A'\niso3='AAA'\nname='A'\n"
            "[[sides]]\ncountry='B'\niso3='BBB'\nname='B'\n",
            "centre",
        ),
    ],
)
def test_a_bad_theatre_file_says_what_is_wrong(tmp_path, text, words):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(theatre.TheatreError, match=words):
        theatre.load(path)


def test_the_map_opens_on_the_theatre(gazetteer, monkeypatch):
    monkeypatch.setenv("SITREP_THEATRE", str(CAUCASUS))
    html = build_map(load_reference(gazetteer).head(2), tiles=False).get_root().render()
    assert "[40.0, 46.5]" in html


def test_the_extractor_reads_the_sides_from_the_theatre(geocoder, monkeypatch):
    from datetime import date

    from geo.extract import Extractor

    text = (Path(__file__).parent / "data" / "caucasus_report.txt").read_text()

    def actors() -> dict[str, str | None]:
        events = Extractor(geocoder).extract(text, "test", published=date(2020, 10, 14))
        return {e["place"]: e["actor"] for e in events}

    assert actors() == {"Tartar": None, "Goris": None}  # not this war's sides: nobody guessed
    monkeypatch.setenv("SITREP_THEATRE", str(CAUCASUS))
    assert actors() == {"Tartar": "Armenia", "Goris": "Azerbaijan"}
