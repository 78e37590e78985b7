"""One oblast's events: a Region filter on the Map page, in the page address and on the command
line. An analyst asked for the artillery events of one oblast in one month had weapon and date
filters, but none for a region: the map of February 2023 showed Donetsk's, Kharkiv's and
Kherson's together, the export wrote all 39, and ``?region=Kherson`` was "unknown filter
'region' ... left out" (newuser35). Imported files spell regions their own way (UCDP: "Kherson
oblast", "Kharkiv Oblast", "Zaporizhzhya oblast"; the extractor: GeoNames' "Kherson",
"Zaporizhia"): one option keeps every spelling of its region."""

from __future__ import annotations

import json

import numpy as np
from test_link_days_outside import _map

from conftest import run_cli
from geo import region_menu, store
from geo.events import to_frame
from geo.filtering import EventIndex, Filters
from webui.text import literal

# (admin1 as each source spells it, lat, lon)
SPELLINGS = [
    ("Kherson oblast", 46.64, 32.61),  # UCDP
    ("Kherson", 46.75, 33.35),  # the extractor (GeoNames)
    ("Kharkiv Oblast", 50.0, 36.23),  # UCDP, capital O
    ("Kharkiv", 49.71, 37.61),
    ("Zaporizhzhya oblast", 47.84, 35.14),  # UCDP
    ("Zaporizhia", 47.57, 34.39),  # GeoNames
    (None, 48.5, 35.0),  # a country-wide UCDP row names no region
]


def _events() -> list[dict]:
    return [
        {
            "event_id": f"r{i}",
            "event_date": "2023-02-10",
            "time_precision": 1,
            "event_type": "strike",
            "weapon_category": "artillery",
            "geo_precision": 1,
            "verification": "confirmed",
            "place": f"Place {i}",
            "country": "UA",
            "admin1": admin1,
            "lat": lat,
            "lon": lon,
        }
        for i, (admin1, lat, lon) in enumerate(SPELLINGS)
    ]


def test_one_option_per_region_whatever_its_spelling():
    options = region_menu.menu([a for a, _, _ in SPELLINGS])
    assert len(options) == 3, options
    assert {"Kherson", "Kharkiv"} <= set(options)
    assert region_menu.chosen(["kherson oblast", "ZAPORIZHZHIA", "Nowhere"], options) == [
        "Kherson",
        next(o for o in options if o.startswith("Zapor")),
    ]


def test_the_filter_keeps_every_spelling_of_the_region():
    index = EventIndex(to_frame(_events()))
    kept = index.mask(Filters(regions=("Kherson",)))
    assert np.flatnonzero(kept).tolist() == [0, 1]
    both = index.mask(Filters(regions=("kharkiv oblast", "Zaporizhzhia")))
    assert np.flatnonzero(both).tolist() == [2, 3, 4, 5]
    assert index.mask(Filters()).all()  # no region chosen: the row with none too


def test_export_takes_region(scratch_store, tmp_path):
    store.save(to_frame(_events()), scratch_store)
    out = tmp_path / "kherson.geojson"
    done = run_cli("export", "--region", "Kherson oblast", "-o", str(out))
    assert done.returncode == 0, done.stderr
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["admin1"] for f in features) == ["Kherson", "Kherson oblast"]


def test_export_names_a_misspelt_region(scratch_store, tmp_path):
    store.save(to_frame(_events()), scratch_store)
    done = run_cli("export", "--region", "Khersn", "-o", str(tmp_path / "none.geojson"))
    assert done.returncode == 0, done.stderr
    assert 'unknown region "Khersn" (nearest: Kherson)' in done.stderr, done.stderr


def test_a_link_keeps_one_region(scratch_store):
    store.save(to_frame(_events()), scratch_store)
    at = _map(region="kherson oblast", weapon="artillery")
    line = at.caption[0].value
    assert line.startswith("2 of 7 events match the filters (weapon artillery · region Kherson)"), (
        line
    )
    assert not at.warning, [w.value for w in at.warning]
    assert at.query_params["region"] == "Kherson"  # the address as the page writes it
    assert "region Kherson" in at.sidebar.markdown[-1].value


def test_a_link_s_misspelt_region_is_named(scratch_store):
    store.save(to_frame(_events()), scratch_store)
    at = _map(region="Khersn")
    assert at.caption[0].value.startswith("7 of 7 events"), at.caption[0].value
    warned = " ".join(w.value for w in at.warning)
    assert literal('region "Khersn" (nearest: Kherson) is left out') in warned, warned


def test_every_column_names_the_region(scratch_store):
    """The table of every column named the country but not the oblast an event lies in."""
    store.save(to_frame(_events()), scratch_store)
    at = _map(region="Kherson")
    at.session_state["table_open"] = True
    at.session_state["table_all_columns"] = True
    at.run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("event id")
    assert table.loc["r0", "region"] == "Kherson oblast"  # as the file spelt it, as exported
    assert table.loc["r1", "region"] == "Kherson"
    assert set(table.index) == {"r0", "r1"}
