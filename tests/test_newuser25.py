"""newuser25's findings outside the extractor: the save-conflict refusal in the form's words,
an empty FeatureCollection told in one line, History without the import's inserts, blank tolls
in every export, and ``extract -o`` writing the format its extension names."""

from __future__ import annotations

import re

import pytest

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame


def _event(i: int, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"n25-{i:03d}",
        "event_date": "2025-06-24",
        "place": f"Town {i}",
        "lat": 48.4,
        "lon": 35.0 + i / 100,
        "source": "newuser25 test",
        **fields,
    }


def test_a_save_conflict_names_the_fields_as_the_form_does_and_dates_as_history(any_store):
    store.save(to_frame([_event(1, fatalities=17)]), user="setup")
    mine = store.versions(["n25-001"])
    store.save(to_frame([_event(1, fatalities=19)]), user="bob", base=store.versions(["n25-001"]))
    with pytest.raises(store.ConflictError) as info:
        store.save(to_frame([_event(1, fatalities=18)]), user="alice", base=mine)
    message = str(info.value)
    assert "killed: theirs 19, yours 18" in message
    assert "fatalities" not in message
    assert re.search(r"edited by bob at \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC ", message)
    assert not re.search(r"\d{4}-\d\d-\d\dT", message)


@pytest.mark.parametrize("fmt", ["csv", "geojson", "kml", "gpkg", "parquet"])
def test_an_event_with_no_toll_exports_blank_never_zero(fmt, gazetteer):
    from geo import formats
    from geo.export import EXPORT_FORMATS, export_bytes

    if fmt not in EXPORT_FORMATS:
        pytest.skip(f"{fmt} is not written here")
    unknown = _event(1, fatalities=None, injured=None, launched=None, destroyed=None)
    data = export_bytes(to_frame([unknown, _event(2, fatalities=0, injured=3)]), fmt)
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert rows[0]["fatalities"] == "" and rows[0]["sitrep_fatalities"] == ""
        assert rows[1]["fatalities"] == "0" and rows[1]["injured"] == "3"
    back = formats.read(data, f"back.{fmt}", gazetteer).frame.sort_values("place")
    assert back["fatalities"].isna().tolist() == [True, False]
    assert back["injured"].isna().tolist() == [True, False]


_REPORT = "KYIV, 24 June 2025 -- A Russian ballistic missile struck Dnipro on Tuesday, killing 17 people and injuring 279, the regional governor said.\n"


@pytest.mark.parametrize("suffix", [".csv", ".kml", ".gpkg"])
def test_extract_writes_the_format_its_output_s_extension_names(suffix, tmp_path):
    from conftest import run_cli
    from geo import formats
    from geo.formats.table import by_suffix

    report = tmp_path / "dnipro.txt"
    report.write_text(_REPORT, encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    done = run_cli("extract", str(report), "-o", str(out))
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert not data.lstrip().startswith(b'{"type"')
    fmt = by_suffix(out.name)
    assert fmt is not None
    back = formats.read(data, out.name, None if suffix != ".csv" else _gazetteer())
    assert back.frame["place"].tolist() == ["Dnipro"]
    assert back.frame["fatalities"].tolist() == [17]


def _gazetteer():
    from geo.gazetteer import Gazetteer

    return Gazetteer()


def test_an_empty_feature_collection_is_told_in_one_line(scratch_store, gazetteer):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT
    from geo import formats
    from geo.formats.summary import nothing_read

    empty = b'{"type": "FeatureCollection", "features": []}'
    result = formats.read(empty, "empty.geojson", gazetteer)
    assert (
        nothing_read("empty.geojson", result)
        == "empty.geojson holds no features: nothing to import"
    )
    at = AppTest.from_file(str(ROOT / "pages" / "imports.py"), default_timeout=60)
    at.session_state["import_result"] = result
    at.session_state["import_name"] = "empty.geojson"
    at.run()
    plain = [w.value.replace("\\", "").replace("\u2060", "") for w in at.warning]
    said = plain + [m.label for m in at.metric]
    assert said == ["empty.geojson holds no features: nothing to import"]


def test_history_can_show_only_the_edits_of_a_large_import(scratch_store):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT, history_rows
    from geo import changes

    imported = [_event(i, fatalities=1) for i in range(1, 40)]
    store.save(to_frame(imported), user="importer")
    store.save(to_frame([_event(7, fatalities=4)]), user="alice")
    edits = changes.readable(store.history(), edits_only=True)
    assert edits[["who", "action", "event_id", "changes"]].values.tolist() == [
        ["alice", "update", "n25-007", "killed: 4 (was 1)"]
    ]
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=60).run()
    assert len(history_rows(at)) == 40
    at.checkbox(key="history_edits_only").check().run()
    assert [r["Event id"] for r in history_rows(at)] == ["n25-007"]


def test_the_time_chart_counts_the_date_filtered_events_and_says_their_range():
    from datetime import date

    import geopandas as gpd

    from geo import timeline
    from geo.filtering import EventIndex, Filters

    when = ["2014-07-17", "2019-03-01", "2025-02-10", "2025-02-11", "2025-08-14"]
    frame = gpd.GeoDataFrame(
        {
            "event_date": when,
            "event_type": ["strike"] * 5,
            "weapon": [None] * 5,
            "weapon_category": ["drone"] * 5,
            "verification": ["confirmed"] * 5,
        },
        geometry=gpd.points_from_xy([30.0] * 5, [50.0] * 5),
        crs="EPSG:4326",
    )
    index = EventIndex(frame)
    chosen = Filters(since=date(2025, 1, 1))
    counts, words = timeline.charted(index, chosen, "weapon_category")
    assert counts["count"].sum() == 3
    assert min(counts["start"]) >= "2025-01-01"
    assert words == "3 events from 1 Jan 2025 (the sidebar's dates)"
    counts, words = timeline.charted(index, Filters(), "weapon_category")
    assert counts["count"].sum() == 5 and words == "5 events, all dates"
    _, words = timeline.charted(
        index, Filters(since=date(2025, 2, 1), until=date(2025, 2, 28)), "event_type"
    )
    assert words == "2 events from 1 Feb 2025 to 28 Feb 2025 (the sidebar's dates)"


def test_the_map_page_s_chart_says_it_charts_the_filtered_dates(scratch_store):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT

    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=90)
    at.query_params["since"] = "2024-11-25"
    at.session_state["chart_open"] = True
    at.run()
    assert not at.exception
    said = " ".join(c.value for c in at.caption)
    assert "Charted: 9 events from 25 Nov 2024 to " in said and "9 of 12 events match" in said


def _narrow_review(record: dict) -> None:  # an AppTest script: the stacked review of one event
    import streamlit as st

    from webui import review_narrow

    st.session_state.setdefault("ingest_records", [record])
    review_narrow.show(st.session_state.ingest_records, 0)


def test_an_interception_s_launched_and_destroyed_are_edited_at_phone_width():
    from streamlit.testing.v1 import AppTest

    from geo.review import with_table_edits

    intercepted = {
        **BASE_EVENT,
        "event_id": "n25-int",
        "event_type": "interception",
        "weapon": "Shahed",
        "weapon_category": "drone",
        "launched": 20,
        "destroyed": 14,
    }
    (taken,) = with_table_edits([intercepted], {0: {"destroyed": 18}})
    assert taken["destroyed"] == 18
    (refused,) = with_table_edits([intercepted], {0: {"destroyed": 25}})  # more than launched
    assert refused["destroyed"] == 14
    at = AppTest.from_function(_narrow_review, args=(intercepted,), default_timeout=60).run()
    assert not at.exception
    shown = {n.label: n.value for n in at.number_input}
    assert shown["launched"] == 20 and shown["destroyed"] == 14
    next(n for n in at.number_input if n.label == "destroyed").set_value(16).run()
    assert at.session_state["ingest_records"][0]["destroyed"] == 16
    strike = {**intercepted, "event_type": "strike", "launched": None, "destroyed": None}
    at = AppTest.from_function(_narrow_review, args=(strike,), default_timeout=60).run()
    assert "launched" not in {n.label for n in at.number_input}


_PASTE = (
    "Overnight roundup\n"
    "ODESA, 14 Aug 2025 (Reuters) - Russian drones struck the port of Odesa overnight, "
    "injuring three dock workers, the regional governor said.\n\n"
    "Morning briefing\n"
    "SUMY, June 3, 2025 (AP) - Russian artillery shelled Sumy this morning, killing two people, "
    "the regional administration said.\n\n"
    "DNIPRO, Ukraine, 24 June 2025 — A Russian ballistic missile struck Dnipro overnight, "
    "killing 17 people, the city council said.\n"
)


def test_each_dateline_of_a_paste_starts_a_report_dated_by_it(geocoder):
    from geo.extract import Extractor
    from geo.extract.pasted_reports import pasted_reports

    parts = pasted_reports(_PASTE)
    assert [p[:12] for _, p in parts] == ["Overnight ro", "Morning brie", "DNIPRO, Ukra"]
    records = Extractor(geocoder).extract(_PASTE, "paste", None)
    dates = {r["place"]: r["event_date"] for r in records}
    # as each report read alone dates them ("overnight" in a morning's report: that day)
    assert dates == {"Odesa": "2025-08-14", "Sumy": "2025-06-03", "Dnipro": "2025-06-24"}
    for r in records:  # the spans still point into the whole paste
        assert r["source_text"] == _PASTE[r["span_start"] : r["span_end"]]


def test_one_story_that_repeats_its_dateline_s_day_is_one_report():
    from geo.extract.pasted_reports import report_starts

    story = "KYIV, 3 June (Reuters) - Drones hit Kyiv.\n\nKYIV, 3 June (Reuters) - More came.\n"
    assert report_starts(story) == [0]
    assert report_starts("KHARKIV, 14:05 - sirens.\nKHARKIV, 14:30 - all clear.\n") == [0]


def test_the_ingest_page_says_how_many_reports_the_paste_holds(scratch_store):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=120).run()
    at.text_area(key="ingest_paste").set_value(_PASTE)
    at.button[0].click().run()
    assert not at.exception
    said = [i.value.replace("\\", "") for i in at.info]
    assert any("3 reports found in the paste, each dated by its own dateline" in s for s in said)


def test_an_updated_wire_from_the_same_city_stays_one_story():
    from geo.extract.pasted_reports import report_starts

    update = (
        "LVIV, 5 May (Wire) - A drone hit a depot in Lviv, injuring one.\n\nUPDATE 2\n\n"
        "LVIV, 6 May (Wire) - The number injured at the Lviv depot rose to four.\n"
    )
    assert report_starts(update) == [0]
    assert len(report_starts(update + "\nKHERSON, 7 May (Wire) - Shelling hit Kherson.\n")) == 2


_HEADED = (
    "Evening wrap, 14 August 2025\n\n"
    "Drones struck a fuel depot in Odesa overnight, injuring one worker, the governor said.\n"
    "Morning digest: Tuesday 3 June 2025\n\n"
    "Russian artillery shelled Sumy this morning, killing two people, officials said.\n"
    "Kharkiv city hall, 24 June 2025, 09:15\n\n"
    "A missile hit a school in Kharkiv overnight, injuring five people.\n"
    "Kharkiv city hall, 24 June 2025, 17:30\n\n"
    "Seven people are now reported injured after the strike on the Kharkiv school.\n"
)


def test_each_date_header_of_a_paste_starts_a_report_dated_by_it(geocoder):
    from geo.extract import Extractor
    from geo.extract.pasted_reports import pasted_reports, report_starts

    titles = [p.split("\n")[0] for _, p in pasted_reports(_HEADED)]
    # the city hall's two posts are one story, its later post the update
    assert titles == [
        "Evening wrap, 14 August 2025",
        "Morning digest: Tuesday 3 June 2025",
        "Kharkiv city hall, 24 June 2025, 09:15",
    ]
    records = Extractor(geocoder).extract(_HEADED, "headed", None)
    dates = {r["place"]: r["event_date"] for r in records}
    assert dates["Sumy"] == "2025-06-03" and dates["Kharkiv"] == "2025-06-24"
    digest = "Monday 25 August 2025\n\nA drone hit Kyiv.\n\nTuesday 26 August 2025\n\nMore.\n"
    assert report_starts(digest) == [0]  # a digest's day headings: one report
    facts = "Lodged on 19 August 2022\n\nCommunicated on 17 February 2025\n\nThe facts.\n"
    assert report_starts(facts) == [0]


def test_long_runs_of_spaces_in_a_header_line_are_read_in_linear_time():
    from timing import cpu_seconds

    from geo.extract.pasted_reports import report_starts

    def starts(n: int) -> None:
        for text in ("KYIV, " + " " * n + "\n", ("ODESA, 3 June 2025 " + " " * n + "x\n") * 3):
            report_starts(text)

    small, large = (cpu_seconds(starts, n)[0] for n in (20_000, 80_000))
    assert large < 10 * small, (small, large)  # x4 the text: linear is about x4
