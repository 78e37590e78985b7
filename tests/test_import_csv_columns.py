"""A home-made CSV's columns are read however the header spells a field: as the app labels it
("claimed by"), with other capitals or a hyphen ("Claimed-By"), or by another common name
("claimant"); a column no field reads is named in the import's notes, on the command line and on
the Import page (newuser21: a "claimed by" column was dropped, every claimant empty, no word)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import run_cli
from geo import formats
from geo.formats.csv_columns import field_of

# Written for these tests: two strikes someone kept in a spreadsheet, with a column of colours.
SHEET = (
    "date,type,location,{claimed},Colour,killed\n"
    "2026-11-20,strike,Izium,Kharkiv regional administration,amber,1\n"
    "2026-11-21,strike,Kupiansk,the air force,,\n"
)


@pytest.mark.parametrize("claimed", ["claimed by", "Claimed by", "claimed-by", "claimant"])
def test_the_claimant_column_is_read_however_it_is_spelt(gazetteer, claimed):
    result = formats.read(SHEET.format(claimed=claimed).encode(), "sheet.csv", gazetteer)
    by_place = result.frame.set_index("place_mention")
    assert by_place.loc["Izium", "claimed_by"] == "Kharkiv regional administration"
    assert by_place.loc["Kupiansk", "claimed_by"] == "the air force"
    assert result.mapping["claimed_by"] == claimed  # shown under "How the columns were mapped"


def test_a_column_no_field_reads_is_named(gazetteer):
    result = formats.read(SHEET.format(claimed="claimed by").encode(), "sheet.csv", gazetteer)
    assert [n for n in result.notes if n.startswith("ignored column: Colour ")]
    clean = "date,type,location\n2026-11-20,strike,Izium\n"
    assert not [n for n in formats.read(clean.encode(), "c.csv", gazetteer).notes if "ignored" in n]


def test_the_labels_the_app_shows_name_their_fields():
    assert field_of("Status") == "verification" and field_of("Place is") == "geo_precision"
    assert field_of("in the report") == "place_mention" and field_of("Event ID") == "event_id"
    assert field_of("Source") == "source"  # the app's own field of that name
    assert field_of("Latitude") == "lat" and field_of("favourite colour") is None


def test_the_command_line_names_the_ignored_columns(scratch_store, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET.format(claimed="claimed by") + "", encoding="utf-8")
    out = run_cli("import", str(path))
    assert out.returncode == 0, out.stderr
    assert "note: ignored column: Colour (" in out.stdout


@pytest.mark.browser
def test_the_import_page_names_the_ignored_columns(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"] + "/imports")
    data = SHEET.format(claimed="Claimed by").encode()
    page.locator("input[type=file]").set_input_files(
        {"name": "sheet.csv", "mimeType": "text/csv", "buffer": data}
    )
    read = page.get_by_role("button", name="Read the file")
    expect(read).to_be_enabled(timeout=60_000)
    read.click()
    # (the page joins a colon to its word: "column:\u2060 Colour")
    expect(page.get_by_text(re.compile(r"^Ignored column:\W* Colour \("))).to_be_visible(
        timeout=60_000
    )
    page.get_by_text("How the columns were mapped").click()
    expect(page.get_by_text("How the columns were mapped")).to_be_visible()
    assert page.errors == []
