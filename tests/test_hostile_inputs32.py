"""The thirty-third session's attack (attack32) on the entry points: what it found, each a test
written before its fix."""

from __future__ import annotations

import os

import pytest
from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT, run_cli
from geo import store
from geo.events import to_frame
from geo.store import Report

TIMEOUT = 60
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE, never closed
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _steered(texts) -> list[str]:
    return [t for t in texts if any(c in t for c in CONTROLS)]


def test_the_filters_weapon_box_shows_no_direction_override(scratch_store):
    """An imported weapon nothing knows is kept as written (attack31): "\\u202eNo Such Thing"
    was offered in the Filters box's Weapon list as is, the override turning the option around
    ("gnihT hcuS oN") and the chip of every option chosen after it."""
    event = {**BASE_EVENT, "event_id": "rlo-1", "weapon": f"{RLO}No Such Thing"}
    store.save(to_frame([event]), report=Report("rlo.csv", "import of rlo.csv (csv)"))
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["filters_open"] = True
    at.run()
    assert not at.exception
    box = at.multiselect(key="f_weapon")
    assert "No Such Thing" in box.options and not _steered(box.options), ascii(box.options)
    box.select(f"{RLO}No Such Thing").run()  # the filter still keeps the event as stored
    assert at.caption[0].value.startswith("1 of 1 event"), at.caption[0].value


def test_the_delete_box_names_a_report_without_its_direction_override(scratch_store):
    """A file's name is the name of its import: "report\\u202evsc.exe" read "reportexe.csv" in the
    History page's "Report or file" list, the one place an analyst picks what to delete."""
    event = {**BASE_EVENT, "event_id": "rlo-1", "source": "x"}
    store.save(to_frame([event]), report=Report(f"report{RLO}vsc.exe", "import (csv)"))
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT)
    at.session_state["history_delete_open"] = True
    at.run()
    at.radio(key="delete_how").set_value("Every event of one report or file").run()
    box = at.selectbox(key="delete_report")
    assert box.options == ["reportvsc.exe (1 event)"], ascii(box.options)
    assert at.button(key="delete_go").label == "Delete 1 event"


def test_the_undo_button_shows_who_deleted_as_typed(scratch_store, monkeypatch):
    """A button's label is Markdown, images and links included: a teammate whose name
    (``SITREP_USER``, kept in the shared store's history) was ``![x](http://e.invalid/t.png)``
    made every reader's History page fetch that address, drawn as an icon in "Undo the last
    delete"."""
    from webui.text import literal

    who = "![x](http://e.invalid/t.png) **anna**"
    monkeypatch.setenv("SITREP_USER", who)
    store.save(to_frame([{**BASE_EVENT, "event_id": "own-1", "source": "x"}]))
    store.delete(["own-1"])
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT)
    at.session_state["history_delete_open"] = True
    at.run()
    label = at.button(key="delete_undo").label
    assert literal(who) in label, label


# --- the command line's arguments and standard input ---------------------------------------

BAD_BYTE = os.fsdecode(b"\xe9")  # a Latin-1 "é" on a UTF-8 system: Python's lone surrogate


def _one_line_error(done, *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr[-800:])
    assert "Traceback" not in done.stderr, done.stderr[-800:]
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("error: ") and all(w in line for w in words), line


@pytest.mark.parametrize(
    "args",
    [
        ("geocode", f"Khar{BAD_BYTE}kiv"),
        ("geocode", "Kharkiv", "--context", f"near {BAD_BYTE}"),
        ("export", "--weapon", f"Sha{BAD_BYTE}hed"),
        ("delete", "--report", f"r{BAD_BYTE}.csv"),
    ],
)
def test_arguments_that_are_not_utf8_are_read_with_a_replacement_character(args, tmp_path):
    """A name written by a Latin-1 script or terminal (b"Khar\\xe9kiv") stopped ``geocode`` in a
    UnicodeEncodeError traceback, status 1, when the gazetteer was asked for it: an argument's
    bytes that are not UTF-8 are read as U+FFFD, as a report's file name is in ``ingest``."""
    done = run_cli(*args, env={"SITREP_STORE": str(tmp_path / "store.gpkg")})
    assert "Traceback" not in done.stderr and "surrogate" not in done.stderr, done.stderr[-800:]
    assert done.returncode in (0, 1, 2), done.returncode
    if args[0] != "export" and "--context" not in args:  # (what is not echoed is not checked)
        assert "\ufffd" in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("command", ["extract", "import"])
def test_a_file_whose_name_is_not_utf8_is_read_under_a_replacement_character(command, tmp_path):
    """``ingest`` shows such a name with U+FFFD (attack14); ``extract --save`` and ``import``
    stopped in a traceback, "'source' holds a lone surrogate code point" and a
    UnicodeEncodeError, after reading the whole file."""
    name = os.fsdecode(b"r\xff" + (b".txt" if command == "extract" else b".csv"))
    path = tmp_path / name
    if command == "extract":
        path.write_text("On 3 March 2024 a Shahed drone hit Kharkiv.\n", encoding="utf-8")
        args = ("extract", str(path), "--save", "-o", str(tmp_path / "out.geojson"))
    else:
        path.write_text(
            "date,type,location,latitude,longitude\n2024-02-01,strike,Kupiansk,49.71,37.61\n",
            encoding="utf-8",
        )
        args = ("import", str(path))
    store_path = tmp_path / "store.gpkg"
    done = run_cli(*args, env={"SITREP_STORE": str(store_path)})
    assert done.returncode == 0, done.stderr[-800:]
    with_env = pytest.MonkeyPatch.context()
    with with_env as mp:
        mp.setenv("SITREP_STORE", str(store_path))
        assert "r\ufffd" in set(store.load()["source"].astype(str).str[:2])


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("[]", ("a JSON object",)),
        ('"Kharkiv"', ("a JSON object",)),
        ("null", ("a JSON object",)),
        ('{"text": "Kharkiv", "spans": 5}', ("'spans' should be a list",)),
        ('{"id": "\\ud800", "text": "Kharkiv", "spans": [[0, 7]]}', ("surrogate",)),
        ('{"id": 1, "text": "Kh\\ud800arkiv", "spans": [[0, 7]]}', ("surrogate",)),
        ('{"id": 1, "text": "Kharkiv", "spans": [[3, 3]]}', ("start before end", "[3, 3]")),
    ],
)
def test_resolve_answers_a_line_of_the_wrong_shape_in_words(line, words):
    """A line that is no JSON object was answered in Python's words ("list indices must be
    integers or slices, not str", "'NoneType' object is not subscriptable"), and an id holding a
    lone surrogate ended in a UnicodeEncodeError traceback, status 1, after its places were
    found; an empty span [3, 3] was told to "lie within the text (0..7)", which it does."""
    first = '{"id": 0, "text": "Sumy", "spans": [[0, 4]]}'
    done = run_cli("resolve", stdin=f"{first}\n{line}\n")
    _one_line_error(done, "stdin line 2", *words)
    assert done.stdout.splitlines()[0].startswith('{"id": 0, "places": [{'), done.stdout


# --- a long paste against a full store ---------------------------------------------------------


def _strikes(n: int, days: int, prefix: str, source: str) -> list[dict]:
    """``n`` strikes on ``days`` days from 1990-01-01, at 50 towns 55 km apart (a strike is near
    only the others of its town)."""
    from datetime import date, timedelta

    start = date(1990, 1, 1)
    return [
        {
            **BASE_EVENT,
            "event_id": f"{prefix}-{i}",
            "event_date": (start + timedelta(days=i % days)).isoformat(),
            "place": f"Town {i % 500}",
            "lat": 44.0 + (i % 50) * 0.5,
            "lon": 33.0,
            "source": source,
            "weapon_category": "drone",
        }
        for i in range(n)
    ]


def test_a_pasted_report_is_compared_with_the_stored_events_of_its_days_only():
    """Each new event was compared with every stored event (the likely-duplicate notice of the
    Ingest page): 7 ms an event against 30,000 stored, so a 5 MB paste (16,500 events) spent two
    minutes there after its extraction, six against 100,000. Only the stored events within a
    day of it can match: the same events of a store ten times larger, over ten times the days,
    cost about the same (a stored event a day: each new one is told one)."""
    from timing import cpu_seconds

    from geo.duplicates import likely_same

    new = _strikes(300, 300, "new", "paste")
    small, large = (to_frame(_strikes(n, n, "s", "old")) for n in (3_000, 30_000))
    likely_same(new[:10], small)
    took_small, found_small = cpu_seconds(likely_same, new, small)
    took_large, found_large = cpu_seconds(likely_same, new, large)
    assert len(found_small) == len(found_large) == 300
    assert took_large < 3 * took_small, (took_small, took_large)  # (every stored event: x7)


# --- imports -----------------------------------------------------------------------------


@pytest.mark.parametrize("weapon", [{"name": "Shahed"}, ["Shahed", "Iskander"]])
def test_an_imported_weapon_that_is_an_object_or_a_list_is_refused_as_other_text_is(
    weapon, gazetteer
):
    """A GeoJSON feature's ``claimed_by``, ``notes`` or ``place`` given as an object is refused,
    "'notes' should be text, got an object"; its weapon was stored as Python's spelling of it,
    "{'name': 'Shahed'}", and drawn as an unknown weapon."""
    import json

    from geo import formats

    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [37.61, 49.71]},
        "properties": {
            "event_date": "2024-02-01",
            "event_type": "strike",
            "place": "Kupiansk",
            "weapon": weapon,
        },
    }
    data = json.dumps({"type": "FeatureCollection", "features": [feature]}).encode()
    result = formats.read(data, "objects.geojson", gazetteer)
    assert result.frame.empty
    assert [reason for _, reason in result.refused[:]] == [
        f"'weapon' should be text, got {'an object' if isinstance(weapon, dict) else 'a list'} "
        "instead"
    ]
