"""Nightly tallies in the common public schema: reading, weapons, nights, totals, the page."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo import tallies

EXAMPLE = ROOT / "data" / "tallies" / "example-nightly.csv"


def _file_totals() -> dict[str, int]:
    """The example file's totals read with the csv module alone (not the code under test)."""
    with open(EXAMPLE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {m: sum(int(r[m]) for r in rows) for m in ("launched", "destroyed")}


def test_model_names_read_through_the_weapon_vocabulary():
    assert tallies.read_weapon("Shahed-136/131") == ("Shahed", "Shahed", "drone")
    assert tallies.read_weapon("X-101/X-555") == ("Kh-101/Kh-55", "Kh-101", "cruise missile")
    assert tallies.read_weapon("Iskander-M/KN-23")[0] == "Iskander/KN-23"
    assert tallies.read_weapon("X-47 Kinzhal")[1:] == ("Kinzhal", "ballistic missile")
    assert tallies.read_weapon("X-59/X-69") == ("Kh-59", "Kh-59", "cruise missile")
    assert tallies.read_weapon("Unknown UAV") == ("drone", None, "drone")
    assert tallies.read_weapon("Orlan-10") == ("Orlan-10", None, None)


def test_a_wave_belongs_to_the_night_its_evening_began():
    starts = pd.Series(["2024-11-25 20:00", "2024-11-26 00:40", "2024-11-26 11:59", "2024-11-27"])
    assert tallies.night_of(starts).tolist() == [
        "2024-11-25",
        "2024-11-25",
        "2024-11-25",
        "2024-11-27",
    ]


def test_example_file_totals_match_the_chart_data():
    read = tallies.read(EXAMPLE.read_bytes(), EXAMPLE.name)
    assert read.refused == [] and read.rows == len(read.frame) == 12
    long = tallies.per_night(read.frame)
    expected = _file_totals()
    assert long.groupby("measure")["count"].sum().to_dict() == expected
    assert {
        k: v
        for k, v in tallies.totals(read.frame).items()
        if k not in ("share_destroyed", "destroyed_of_launched", "launched_told", "destroyed_told")
    } == expected
    shahed = long[(long["weapons"] == "Shahed") & (long["measure"] == "launched")]
    assert shahed.set_index("night")["count"].to_dict() == {
        "2024-11-24": 73,
        "2024-11-25": 45,
        "2024-11-26": 64,
    }


def test_targets_by_region(gazetteer):
    read = tallies.read(EXAMPLE.read_bytes())
    table, unplaced = tallies.by_region(read.frame, gazetteer)
    launched = dict(zip(table["region"], table["launched"], strict=True))
    # "Kyiv oblast" (6), "Kyiv and Zhytomyr oblast" (64) and "Kyiv" (2): all the Kyiv region
    assert launched["Kyiv"] == 72 and launched["Zhytomyr"] == 64
    assert launched["Mykolaiv"] == 45 and launched["Sumy"] == 10
    assert set(table["country"]) == {"UA"}
    assert sorted(unplaced) == ["Ukraine", "south"]


def test_bad_rows_are_refused_with_their_reason_and_bad_files_in_one_line():
    head = "time_start,time_end,model,target,launched,destroyed\n"
    body = (
        "2024-11-25 20:00,,Shahed-136/131,Kyiv,10,8\n"
        "yesterday,,Shahed-136/131,Kyiv,10,8\n"
        "2024-11-25 20:00,,Kalibr,Odesa,four,0\n"
        "2024-11-25 20:00,,Kalibr,Odesa,4,5\n"
        "2024-11-25 20:00,,,Odesa,4,1\n"
        "2024-11-25 20:00,,Kalibr,Odesa,4,-1\n"
    )
    read = tallies.read((head + body).encode())
    assert len(read.frame) == 1 and read.rows == 6
    assert read.refused == [
        (3, "time_start is not a date or time from 1800 to 2200"),
        (4, "launched is not a whole number from 0 to 1,000,000"),
        (5, "more destroyed than launched"),
        (6, "model is empty"),
        (7, "destroyed is not a whole number from 0 to 1,000,000"),
    ]
    for data, message in (
        (b"a,b\n1,2\n", "lacks the column(s) time_start, model, launched"),
        ("time_start,model,launched\n".encode("utf-16"), "not UTF-8"),
        (b"", "not a CSV table"),
    ):
        with pytest.raises(
            tallies.TallyError, match=message.replace("(", r"\(").replace(")", r"\)")
        ) as exc:
            tallies.read(data, "x.csv")
        assert "\n" not in str(exc.value)


def _chart_rows(element) -> pd.DataFrame:
    """The rows a vega-lite chart element carries (Streamlit sends them as Arrow)."""
    (dataset,) = element.proto.datasets
    return pa.ipc.open_stream(dataset.data.data).read_all().to_pandas()


def test_page_charts_carry_the_files_totals():
    at = AppTest.from_file(str(ROOT / "pages" / "tallies.py"), default_timeout=120).run()
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2
    expected = _file_totals()
    for chart in charts:
        rows = _chart_rows(chart)
        assert rows.groupby("measure")["count"].sum().to_dict() == expected
        assert json.loads(chart.proto.spec)["mark"]["type"] == "bar"
    caption = " ".join(c.value for c in at.caption)
    assert f"{expected['launched']} launched, {expected['destroyed']} destroyed" in caption
    assert "12 of 12 rows read" in caption


def test_csv_module_agrees_on_the_example_schema():
    header = next(csv.reader(io.StringIO(EXAMPLE.read_text(encoding="utf-8"))))
    for column in (*tallies.KNOWN, "source"):
        assert column in header


@pytest.mark.parametrize("count", ["inf", "1e30", "9223372036854775807", "1000001"])
def test_a_count_no_night_can_have_is_refused_not_wrapped(count):
    """A tally is a few hundred launches a night: "inf" stopped the page (pandas cannot make
    an integer of it), and 1e30 or two rows of 2^63 - 1 wrapped round to negative totals. Such a
    row is refused with its reason, like any other count that is no whole number."""
    data = (
        "time_start,model,launched,destroyed\n"
        f"2024-11-24 19:00,Shahed-136,{count},0\n"
        f"2024-11-25 19:00,Shahed-136,{count},0\n"
        "2024-11-26 19:00,Shahed-136,40,30\n"
    ).encode()
    read = tallies.read(data)
    assert len(read.frame) == 1 and [row for row, _ in read.refused] == [2, 3]
    assert all("launched" in reason for _, reason in read.refused)
    assert tallies.totals(read.frame)["launched"] == 40


def test_a_wave_in_a_year_no_event_has_is_refused():
    """A start at "0001-01-01 01:00" belongs to the night of year 0, which the charts were sent
    as "0000-12-31"; "9999-12-31" likewise. Such rows are refused like a time that is none, by
    the events' own years."""
    head = "time_start,model,launched\n"
    body = "0001-01-01 01:00,Shahed,3\n9999-12-31 23:00,Shahed,4\n2024-11-25 20:00,Shahed,5\n"
    read = tallies.read((head + body).encode())
    assert list(read.frame["launched"]) == [5]
    assert [n for n, _ in read.refused] == [2, 3]
    assert all(r.startswith("time_start is not a date or time from 1800") for _, r in read.refused)


def _interception(**fields) -> dict:
    from conftest import BASE_EVENT

    return {**BASE_EVENT, "event_type": "interception", "country": "UA", **fields}


def _kharkiv_night(**fields) -> dict:
    """The Kharkiv region's interception of a morning tally (71 Shahed destroyed)."""
    return _interception(
        event_date="2025-02-09",
        place="Kharkiv",
        admin1="Kharkiv",
        weapon="Shahed",
        weapon_category="drone",
        destroyed=71,
        lat=49.99,
        lon=36.23,
        geo_precision=3,
        **fields,
    )


def test_stored_interceptions_are_tallied_by_night_and_region(gazetteer):
    from geo.events import to_frame

    events = to_frame(
        [
            _kharkiv_night(launched=90),
            _interception(
                event_date="2025-02-09",
                place="Odessa",
                admin1="Odessa",
                weapon_category="cruise missile",
                destroyed=4,
                lat=46.48,
                lon=30.73,
                geo_precision=3,
            ),
            _interception(event_date="2025-02-10", place="Sumy", admin1="Sumy"),  # no figure
            {**_interception(place="Kyiv", admin1="Kyiv"), "event_type": "strike", "destroyed": 9},
        ]
    )
    rows = tallies.from_events(events)
    assert len(rows) == 2  # the figureless interception and the strike are no tally
    assert tallies.totals(rows)["launched"] == 90 and tallies.totals(rows)["destroyed"] == 75
    # the share destroyed is over the waves whose launched figure was told: Kharkiv's 71 of 90,
    # not Odesa's 4 (no launched figure) added on top
    assert tallies.totals(rows)["share_destroyed"] == round(71 / 90, 3)
    assert tallies.totals(rows)["destroyed_of_launched"] == 71
    assert sorted(tallies.per_night(rows)["night"].unique()) == ["2025-02-09"]
    regions, unplaced = tallies.by_region(rows, gazetteer)
    assert not unplaced
    assert dict(zip(regions["region"], regions["destroyed"], strict=True)) == {
        "Kharkiv": 71,
        "Odesa": 4,  # the product's spelling, not GeoNames' "Odessa"
    }


def test_page_shows_the_stores_interceptions_not_the_example(scratch_store):
    from geo import store
    from geo.events import to_frame

    store.save(
        to_frame(
            [
                _kharkiv_night(),
                _interception(
                    event_date="2025-08-21",
                    place="Belgorod",
                    admin1="Belgorod",
                    country="RU",
                    weapon_category="drone",
                    launched=7,
                    destroyed=6,
                    lat=50.6,
                    lon=36.6,
                    geo_precision=1,
                ),
            ]
        )
    )
    at = AppTest.from_file(str(ROOT / "pages" / "tallies.py"), default_timeout=120).run()
    assert not at.exception
    for chart in at.get("vega_lite_chart"):
        sums = _chart_rows(chart).groupby("measure")["count"].sum().to_dict()
        assert sums == {"launched": 7, "destroyed": 77}
    shown = " ".join(c.value for c in [*at.caption, *at.info])
    assert "example" not in shown.casefold()
    assert "2 interceptions in the store" in shown
    # the stored events are dated by the morning an overnight raid ended: the axis says so
    specs = " ".join(c.proto.spec for c in at.get("vega_lite_chart"))
    assert "day of the stored event" in specs and "evening's date" not in specs


def test_page_falls_back_to_the_example_and_says_the_store_has_none(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "tallies.py"), default_timeout=120).run()
    assert not at.exception
    told = " ".join(i.value for i in at.info)
    assert "store holds no interception" in told and "example" in told


def test_a_figure_not_reported_is_no_zero(gazetteer):
    """newuser30: a ministry's "intercepted and destroyed 47" charted as "0 launched, 47
    destroyed"; the launched figure it did not give is not reported, never 0."""
    from geo.events import to_frame

    rows = tallies.from_events(to_frame([_kharkiv_night()]))
    assert rows["launched"].isna().all() and list(rows["destroyed"]) == [71]
    long = tallies.per_night(rows)
    assert list(long["measure"]) == ["destroyed"]  # no "launched" bar of 0
    total = tallies.totals(rows)
    assert total["launched_told"] == 0 and total["destroyed"] == 71
    regions, _ = tallies.by_region(rows, gazetteer)
    assert regions["launched"].isna().all() and list(regions["destroyed"]) == [71]
    # a tally file's blank destroyed is not reported either
    read = tallies.read(b"time_start,model,launched,destroyed\n2025-02-09 22:00,Shahed-136,30,\n")
    assert read.frame["destroyed"].isna().all()
    assert list(tallies.per_night(read.frame)["measure"]) == ["launched"]


def test_page_says_a_launched_figure_not_reported(scratch_store):
    from geo import store
    from geo.events import to_frame

    store.save(to_frame([_kharkiv_night()]))
    at = AppTest.from_file(str(ROOT / "pages" / "tallies.py"), default_timeout=120).run()
    assert not at.exception
    for chart in at.get("vega_lite_chart"):
        assert _chart_rows(chart)["measure"].tolist() == ["destroyed"]
    shown = " ".join(c.value for c in at.caption)
    assert "0 launched" not in shown and "counts 0" not in shown
    assert "71 destroyed; launched not reported" in shown


@pytest.mark.parametrize("stored", [True, False])
def test_the_night_axis_title_fits_a_phone(stored):
    # one line of 63 characters ("day of the stored event (overnight: the morning the night
    # ended)") made the chart wider than a 390 px page: its title was cut to "unched and ..."
    from webui import tally_chart

    axis = tally_chart.STORED_AXIS if stored else tally_chart.NIGHT_AXIS
    long = pd.DataFrame({"night": ["2026-03-12"], "measure": ["destroyed"], "count": [47]})
    title = tally_chart.night_chart(long, axis).to_dict()["encoding"]["x"]["title"]
    lines = [title] if isinstance(title, str) else title
    assert all(len(line) <= tally_chart.AXIS_LINE_MOST for line in lines), lines
    assert "morning" in " ".join(lines) or not stored


@pytest.mark.parametrize(
    ("launched", "destroyed", "said"),
    [
        ([None], [71], "71 destroyed; launched not reported"),
        ([1200, 30], [1000, 20], "1,230 launched, 1,020 destroyed (83%)"),
        ([40, None], [30, 5], "40 launched (reported for 1 of 2), 35 destroyed (30 of them"),
        ([12], [None], "12 launched, destroyed not reported"),
    ],
)
def test_the_totals_line_words_its_figures_as_the_region_circles_do(launched, destroyed, said):
    """One wording of a figure ("1,230 launched", "launched not reported") for the page's
    totals line and the regions' circles (``tally_chart._figure``)."""
    from webui import tally_chart

    rows = pd.DataFrame({"launched": launched, "destroyed": destroyed}, dtype="Int64")
    assert tally_chart.totals_words(tallies.totals(rows), len(rows)).startswith(said)
