"""Exports name a town as the pages do (``geo.event_names.with_shown_places``, which calls the
pages' own ``shown_places``): a report's "Kupiansk", stored under GeoNames' "Kupyansk", was
written "Kupyansk" in every format while the map's popup and table said "Kupiansk"; "Orël" is
shown "Oryol". Read back, such a row is stored under the gazetteer's name again
(``geo.formats.town_names``), so the export finds its events already in the store it came from."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from geo import formats
from geo.event_names import shown_places
from geo.events import to_frame
from geo.export import export_bytes
from geo.extract import Extractor

TEXT = (
    "Russian artillery shelled Kupiansk on Monday, killing two civilians. A drone hit Orel "
    "the same night."
)


@pytest.fixture(scope="module")
def frame(geocoder):
    return to_frame(Extractor(geocoder).extract(TEXT, "t.txt", date(2026, 11, 24)))


def _places(fmt: str, data: bytes) -> list[str]:
    if fmt == "csv":
        return [row["location"] for row in csv.DictReader(io.StringIO(data.decode("utf-8")))]
    if fmt == "geojson":
        return [f["properties"]["place"] for f in json.loads(data)["features"]]
    return re.findall(r'<SimpleData name="place">([^<]*)</SimpleData>', data.decode("utf-8"))


@pytest.mark.parametrize("fmt", ["csv", "geojson", "kml"])
def test_an_export_names_each_town_as_the_pages_do(frame, gazetteer, tmp_path, fmt):
    assert sorted(frame["place"]) == ["Kupyansk", "Orël"]  # the gazetteer's names, stored
    path = tmp_path / f"events.{fmt}"
    path.write_bytes(export_bytes(frame, fmt, gazetteer.country_codes()))
    assert sorted(_places(fmt, path.read_bytes())) == sorted(shown_places(frame))
    assert sorted(shown_places(frame)) == ["Kupiansk", "Oryol"]
    back = formats.read(path.read_bytes(), path.name, gazetteer)
    assert sorted(back.frame["place"]) == ["Kupyansk", "Orël"]  # stored as it was


def test_a_hand_made_rows_spelling_stands(gazetteer, tmp_path):
    # no report's word: the pages would show GeoNames' "Kupyansk", so the row's name is kept
    path = tmp_path / "mine.csv"
    path.write_text(
        "date,type,location,latitude,longitude\n2026-11-20,strike,Kupiansk,49.71003,37.61581\n",
        encoding="utf-8",
    )
    result = formats.read(path.read_bytes(), path.name, gazetteer)
    assert list(result.frame["place"]) == ["Kupiansk"]
