"""Property-based tests: any text, any bytes, any events."""

from __future__ import annotations

import codecs
import json
import os
import string
import xml.etree.ElementTree as ET
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BASE_EVENT
from geo import formats
from geo.events import to_frame
from geo.export import ExportError, export_bytes, write_gpkg
from geo.extract import Extractor
from geo.layers import encode_events
from geo.output import write_atomic
from geo.records import MAX_COUNT
from geo.textio import ReportError, report_text
from geo.vocabulary import EVENT_TYPES, VERIFICATION
from geo.weapons import CATEGORIES
from payload import decode_events

FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WORDS = st.sampled_from(
    [
        "Kharkiv",
        "Kyiv",
        "Odesa",
        "drones",
        "struck",
        "in",
        "near",
        "the",
        "region",
        "on",
        "Monday",
        "killed",
        "two",
        "11",
        "injured",
        "according",
        "to",
        "ATACMS",
        "Shahed",
        "shot",
        "down",
        ".",
        ",",
        "\n",
        "Sumy",
    ]
)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@FAST
@given(text=st.text())
def test_extractor_never_raises_on_any_string(extractor, text):
    assert isinstance(extractor.extract(text, "fuzz", date(2025, 1, 1)), list)


@FAST
@given(words=st.lists(WORDS, max_size=60))
def test_extractor_never_raises_on_report_like_text(extractor, words):
    for event in extractor.extract(" ".join(words), "fuzz", date(2025, 1, 1)):
        assert event["event_type"] in EVENT_TYPES


@pytest.mark.parametrize("fmt", [None, *formats.FORMATS])
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000))
def test_importers_never_crash_on_arbitrary_bytes(gazetteer, fmt, data):
    try:
        result = formats.read(data, "fuzz.csv", gazetteer, fmt)
    except formats.ImportFormatError as exc:
        assert "\n" not in str(exc)
    else:
        assert len(result.frame) + len(result.refused) <= max(result.rows, 0) + 1


TEXT = st.sampled_from(["None", "nan", "NaN", "<NA>", "null", "'=1"]) | st.text(
    alphabet=string.ascii_letters + string.digits + " .,;:'\"=+-@()<>/&#éїЖ€", max_size=40
)
EVENTS = st.lists(
    st.fixed_dictionaries(
        {
            "event_date": st.dates(date(2014, 1, 1), date(2026, 12, 31)).map(date.isoformat),
            "time_precision": st.integers(1, 3),
            "event_type": st.sampled_from(EVENT_TYPES),
            "geo_precision": st.integers(1, 3),
            "verification": st.sampled_from(VERIFICATION),
            "weapon_category": st.none() | st.sampled_from(CATEGORIES),
            "place": TEXT.filter(lambda t: t.strip() != ""),
            "claimed_by": st.none() | TEXT.filter(lambda t: t.strip() != ""),
            "notes": st.none() | TEXT.filter(lambda t: t.strip() != ""),
            "fatalities": st.none() | st.integers(0, 5000),
            "injured": st.none() | st.integers(0, 5000),
            "lat": st.floats(-89, 89).map(lambda v: round(v, 5)),
            "lon": st.floats(-179, 179).map(lambda v: round(v, 5)),
            "source": st.just("fuzz"),
        }
    ),
    min_size=1,
    max_size=8,
    # the stable event id folds case: "NaN" and "nan" on one day are the same event
    unique_by=lambda e: (e["place"].strip().casefold(), e["event_date"], e["event_type"]),
)


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(records=EVENTS)
def test_export_then_import_gives_back_the_same_events(gazetteer, fmt, records):
    frame = to_frame(records)
    frame = frame.assign(**{c: frame[c].str.strip() for c in ("place", "claimed_by", "notes")})
    frame = to_frame(
        json.loads(export_bytes(frame, "geojson"))["features"]
        and [
            {**r, "lat": g.y, "lon": g.x}
            for r, g in zip(
                frame.drop(columns="geometry").to_dict("records"), frame.geometry, strict=True
            )
        ]
    )
    back = formats.read(export_bytes(frame, fmt, gazetteer.country_codes()), f"e.{fmt}", gazetteer)
    assert back.refused == []
    a = frame.drop(columns="geometry").reset_index(drop=True)
    b = back.frame.drop(columns="geometry").reset_index(drop=True)
    assert a.astype(str).equals(b.astype(str))
    assert back.frame.geometry.geom_equals_exact(frame.geometry.reset_index(drop=True), 1e-6).all()


# ---- classes of hostile input (issue 13): numbers out of range, separators, nesting, encodings,
# links. Each property: nothing raises but the one-line refusal, and what is kept is in range.

HUGE = (
    st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["inf", "-inf", "NaN", "1e30", "9" * 5000, "3000000000", "-1", "2.5"])
)
NUMBER_FIELDS = ("fatalities", "injured", "time_precision", "geo_precision")


def _feature_collection(props: dict, coordinates) -> bytes:
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": coordinates}}
    feature["properties"] = {
        "event_date": "2025-01-01",
        "event_type": "strike",
        "place": "Kyiv",
        **props,
    }
    doc = {"type": "FeatureCollection", "features": [feature]}
    return json.dumps(doc, allow_nan=True).encode("utf-8")


def _read_or_refuse(gazetteer, data: bytes, name: str = "fuzz.geojson"):
    try:
        return formats.read(data, name, gazetteer)
    except formats.ImportFormatError as exc:
        assert "\n" not in str(exc)
        return None


@FAST
@given(
    values=st.fixed_dictionaries({}, optional={k: HUGE for k in NUMBER_FIELDS}),
    span=st.none() | st.tuples(HUGE, HUGE).map(list),
    coordinates=st.lists(HUGE, min_size=2, max_size=3),
)
def test_numbers_out_of_range_are_refused_never_kept(gazetteer, values, span, coordinates):
    props = {**values, **({"source_span": span} if span is not None else {})}
    result = _read_or_refuse(gazetteer, _feature_collection(props, coordinates))
    if result is None or result.frame.empty:
        return
    row = result.frame.iloc[0]
    for name in ("fatalities", "injured"):
        assert row[name] is pd.NA or 0 <= row[name] <= MAX_COUNT
    assert row["time_precision"] in (1, 2, 3) and row["geo_precision"] in (1, 2, 3)
    assert -180 <= row.geometry.x <= 180 and -90 <= row.geometry.y <= 90
    decode_events(encode_events(result.frame))  # the map takes whatever was kept


SEPARATOR_TEXT = st.text(
    alphabet=st.sampled_from(
        list("\u0000\u0001\u000b\u001b\ufffe\uffff\u2028\u2029\u0085\r\n\t ab=<&\"'")
    ),
    min_size=1,
    max_size=20,
).filter(lambda t: t.strip() != "")


@FAST
@given(place=SEPARATOR_TEXT, notes=SEPARATOR_TEXT)
def test_separators_and_controls_in_every_writer(gazetteer, place, notes):
    frame = to_frame([{**BASE_EVENT, "place": place, "notes": notes}])
    ET.fromstring(export_bytes(frame, "kml"))  # KML stays well-formed XML
    back = formats.read(export_bytes(frame, "geojson"), "e.geojson", gazetteer).frame
    assert (back["place"].iloc[0], back["notes"].iloc[0]) == (place, notes)
    try:
        data = export_bytes(frame, "csv", gazetteer.country_codes())
    except ExportError:
        assert "\0" in place + notes  # only what a CSV cannot hold is refused
        return
    back = formats.read(data, "e.csv", gazetteer).frame
    assert (back["place"].iloc[0], back["notes"].iloc[0]) == (place, notes)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=20,
)


@FAST
@given(doc=JSON_VALUES, depth=st.integers(0, 20_000))
def test_any_nesting_is_read_or_refused_in_one_line(gazetteer, doc, depth):
    for data in (
        json.dumps(doc).encode("utf-8"),
        _feature_collection({"notes": doc, "extra": doc}, [30, 50]),
        ('{"type": "FeatureCollection", "features": ' + "[" * depth + "]" * depth + "}").encode(),
    ):
        _read_or_refuse(gazetteer, data)


BOMS = st.sampled_from(
    [
        b"",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        codecs.BOM_UTF32_BE,
    ]
)


@FAST
@given(bom=BOMS, body=st.binary(max_size=64))
def test_any_encoding_mark_and_bytes_are_read_or_refused_in_one_line(bom, body):
    try:
        text = report_text(bom + body, "fuzz.txt")
    except ReportError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text.strip()


LINK_NAMES = [
    ".out.geojson.tmp",
    ".out.gpkg.tmp.gpkg",
    ".out.gpkg.tmp",
    "out.geojson.tmp",
    ".out.geojson.tmp.gpkg",
    ".out.gpkg.tmp.gpkg-journal",
]


@settings(max_examples=40, deadline=None)
@given(names=st.lists(st.sampled_from(LINK_NAMES), unique=True, max_size=len(LINK_NAMES)))
def test_planted_links_never_redirect_an_export(tmp_path_factory, names):
    folder = tmp_path_factory.mktemp("links")
    victim = folder / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in names:
        (folder / name).symlink_to(victim)
    write_atomic(folder / "out.geojson", b"{}")
    write_gpkg(to_frame([BASE_EVENT]), folder / "out.gpkg")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (folder / "out.geojson").is_symlink() and not (folder / "out.gpkg").is_symlink()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        {"victim.txt", "out.geojson", "out.gpkg", *names}
    )


def test_ci_runs_hypothesis_derandomized():
    assert settings.default.derandomize == (os.environ.get("CI", "").lower() == "true")
