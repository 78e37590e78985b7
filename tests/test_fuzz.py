"""Property-based tests: any text, any bytes, any events."""

from __future__ import annotations

import json
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import formats
from geo.events import EVENT_TYPES, VERIFICATION, to_frame
from geo.export import export_bytes
from geo.extract import Extractor
from geo.weapons import CATEGORIES

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


TEXT = st.text(
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
    unique_by=lambda e: (e["place"], e["event_date"], e["event_type"]),
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
