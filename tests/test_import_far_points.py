"""A row whose coordinates lie far from every place of the name it gives is refused in one line
saying which row and why, the file's other rows stored and nothing already stored lost, on the
command line and the Import page alike (a CSV's "Sloviansk" in Cape Town, 8,986 km off, was
stored under a warning). Every imported row names its file and row as its source, unless it gives
its own; Sitrep Map's own export comes back as it went."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT, read_import_file, run_cli
from geo import formats

# Written for these tests: two strikes where their towns are, one whose point lies in South
# Africa, one with the latitude and longitude swapped, one at a name no gazetteer holds.
FILE = (
    "date,type,location,latitude,longitude\n"
    "2026-10-02,strike,Izium,49.2103,37.2569\n"
    "2026-10-02,strike,Kupiansk,49.7106,37.6156\n"
    "2026-10-03,strike,Sloviansk,-33.9249,18.4241\n"
    "2026-10-03,strike,Kramatorsk,37.5847,48.7305\n"
    "2026-10-04,fighting,Hill 203 east of the lake,48.61,37.98\n"
)


def test_a_row_far_from_its_named_place_is_refused_with_its_line_and_why(gazetteer):
    result = formats.read(FILE.encode(), "mine.csv", gazetteer)
    assert sorted(result.frame["place"]) == ["Hill 203 east of the lake", "Izium", "Kupiansk"]
    (cape, cape_why), (swapped, swapped_why) = result.refused
    assert (cape, swapped) == (4, 5)
    assert "-33.9249, 18.4241 lie" in cape_why and "from 'Sloviansk' (Donetsk, UA)" in cape_why
    km = int(cape_why.split(" lie ")[1].split(" km")[0].replace(",", ""))
    assert 8_000 < km < 10_000
    assert "latitude and longitude look swapped" in swapped_why


def test_areas_and_nearby_points_are_not_refused(gazetteer):
    rows = (
        "date,type,location,latitude,longitude\n"
        "2026-10-02,strike,Kharkiv region,49.95,36.90\n"  # a region's point, 50 km off its city
        "2026-10-02,strike,Russia,55.75,37.61\n"  # a country: anywhere in it
        "2026-10-02,strike,Kyiv,47.60,31.20\n"  # a village of the name, far from the capital
        "2026-10-03,strike,Black Sea,44.60,33.00\n"
        "2026-10-03,strike,Paris,50.45,30.52\n"  # a label in the theatre, no slip: a namesake
    )
    result = formats.read(rows.encode(), "areas.csv", gazetteer)
    assert len(result.frame) == 5 and not result.refused


def test_a_geojson_feature_far_from_its_named_place_is_refused(gazetteer):
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"date": "2026-10-02", "type": "strike", "name": name},
        }
        for name, lat, lon in (("Izium", 49.21, 37.26), ("Kyiv", -50.45, 30.52))
    ]
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    result = formats.read(data, "theirs.geojson", gazetteer)
    assert list(result.frame["place"]) == ["Izium"]
    ((n, why),) = result.refused
    assert n == 2 and "the latitude's sign looks lost" in why


def test_the_command_line_stores_the_others_and_keeps_what_was_stored(tmp_path):
    env = {"SITREP_STORE": str(tmp_path / "store.gpkg")}
    first = tmp_path / "first.csv"
    first.write_text(FILE.splitlines()[0] + "\n2026-10-01,strike,Sloviansk,48.8517,37.6053\n")
    assert run_cli("import", str(first), env=env).returncode == 0
    path = tmp_path / "mine.csv"
    path.write_text(FILE)
    out = run_cli("import", str(path), env=env)
    assert out.returncode == 0, out.stderr
    assert "5 rows, 3 read, 2 refused" in out.stdout and "3 new" in out.stdout
    refused = [line for line in out.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 2 and refused[0].startswith("refused line 4: the coordinates")
    stored = json.loads(run_cli("export", "-o", "-", env=env).stdout)["features"]
    assert sorted(f["properties"]["place"] for f in stored) == [
        "Hill 203 east of the lake",
        "Izium",
        "Kupiansk",
        "Sloviansk",  # stored before, at its own point: untouched
    ]


def test_every_imported_row_names_its_file_and_row_as_source(gazetteer):
    rows = "date,type,location,source\n2026-10-02,strike,Izium,\n2026-10-02,strike,Kupiansk,Wire\n"
    frame = formats.read(rows.encode(), "mine.csv", gazetteer).frame.sort_values("place")
    assert list(frame["source"]) == ["mine.csv, line 2", "Wire"]
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [37.26, 49.21]},
        "properties": {"date": "2026-10-02", "type": "strike", "name": "Izium"},
    }
    data = json.dumps({"type": "FeatureCollection", "features": [feature, feature]}).encode()
    result = formats.read(data, "theirs.geojson", gazetteer)
    # the id is the file's, as before: the same feature twice is still one event
    assert list(result.frame["source"]) == ["theirs.geojson, feature 1"]
    assert result.refused[0][0] == 2 and "duplicate" in result.refused[0][1]


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_an_export_comes_back_as_it_went(tmp_path, fmt):
    mine = tmp_path / "mine.csv"
    mine.write_text("date,type,location\n2026-10-02,strike,Izium\n")
    one, two = ({"SITREP_STORE": str(tmp_path / f"{s}.gpkg")} for s in ("one", "two"))
    assert run_cli("import", str(mine), env=one).returncode == 0
    # an event with no source (as stored before imports named one) keeps none
    hand = tmp_path / "hand.geojson"
    hand.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [37.62, 49.71]},
                        "properties": {
                            "event_date": "2026-10-03",
                            "event_type": "strike",
                            "place": "Kupiansk",
                            "source": None,
                        },
                    }
                ],
            }
        )
    )
    assert run_cli("import", str(hand), env=one).returncode == 0
    out = tmp_path / f"out.{fmt}"
    assert run_cli("export", "--format", fmt, "-o", str(out), env=one).returncode == 0
    assert run_cli("import", str(out), env=two).returncode == 0
    back = tmp_path / f"back.{fmt}"
    assert run_cli("export", "--format", fmt, "-o", str(back), env=two).returncode == 0
    assert back.read_text() == out.read_text()
    assert "mine.csv, line 2" in back.read_text()


@pytest.mark.browser
def test_the_import_page_refuses_the_far_row_and_shows_the_source(offline_page, tmp_path):
    """(A server of its own: the stored rows must not reach the other tests' shared store,
    whose map tests count the sample's events.)"""
    from conftest import running_app

    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log") as server:
        _refuse_far_row_and_show_source(offline_page, server)


def _refuse_far_row_and_show_source(page, app_server) -> None:
    read_import_file(page, app_server["url"], "far-points.csv", FILE.encode())
    expect(page.get_by_text("Refused rows and why (2)")).to_be_visible(timeout=60_000)
    expect(  # a table cell
        page.get_by_text(re.compile(r"^the coordinates -33.9249, 18.4241 lie [\d,]+ km from 'Slo"))
    ).to_be_attached(timeout=30_000)
    page.get_by_role("button", name="Store these 3 events (3 new)").click()
    expect(page.get_by_text("Stored 3 new events")).to_be_visible(timeout=60_000)
    page.screenshot(path=str(ROOT / "artifacts" / "import-far-points.png"), full_page=True)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".sm-event").first.click()
    expect(frame.locator(".sm-popup")).to_contain_text("far-points.csv, line", timeout=30_000)
    assert page.errors == []
