"""The fortieth session's attack (attack39) on the entry points: what it found, each a test
written before its fix; a time is two sizes' CPU seconds compared, never a wall-clock limit."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)


# --- the "Claimed by" filter of many words ------------------------------------------------------
# A `?claimed_by=` link or `--claimed-by` words were one pattern of all the words, tried at every
# place of every claimant (and `chosen`/`unknown` searched all claimants once per word): 4,000
# words against 2,000 claimants took 5.8 s, x4.3 for x4 words. The words are now a trie walked
# once per claimant (`geo.claimants._Words`): n words against n claimants cost n, not n squared.
def test_many_claimant_words_cost_their_sum_not_their_product():
    from geo import claimants

    def ask(n: int) -> tuple:
        words = [f"word{i} of defence" for i in range(n)]
        names = [f"Ministry of Defence unit {i} (Telegram)" for i in range(n)]
        return (
            claimants.holds(names, words),
            claimants.unknown(words, names),
            claimants.chosen(words, names),
        )

    _linear(ask, 500, 4_000, factor=20)


def test_claimant_words_keep_their_meaning():
    from geo import claimants

    names = ["Ivan Fedorov", "Mayor of Kyiv (Telegram)", "Russian Telegram channels", "UN"]
    assert claimants.holds(names, ["TELEGRAM"]) == [False, True, True, False]
    assert claimants.holds(names, ["(telegram)"]) == [False, True, False, False]
    assert claimants.holds(names, ["fedor", "tele"]) == [False] * 4  # whole words only
    assert claimants.holds(names, ["  ivan   fedorov "]) == [True, False, False, False]
    assert claimants.holds(names, ["u", "un"]) == [False, False, False, True]
    assert claimants.holds(names, []) == [False] * 4
    assert claimants.unknown(["of kyiv", "kyiv (", "nobody", " "], names) == ["kyiv (", "nobody"]
    assert claimants.chosen(["ivan fedorov", "channels"], names) == ["Ivan Fedorov", "channels"]


# --- an altitude that is no number ----------------------------------------------------------------
# A GeoJSON Point [36.2, 50.0, "high"] (or null, true, 1e400) and a KML "36.2,50,high" or
# "36.2,50,1,2" were stored at 36.2, 50.0 as if the file were sound (attack38 left it).
_FEATURE = (
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
    '"coordinates":%s},"properties":{"event_date":"2024-05-01","event_type":"strike",'
    '"place":"Kharkiv","source":"s"}}]}'
)
_PLACEMARK = (
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><ExtendedData>'
    '<Data name="event_date"><value>2024-05-01</value></Data>'
    '<Data name="event_type"><value>strike</value></Data>'
    '<Data name="place"><value>Kharkiv</value></Data>'
    '<Data name="source"><value>s</value></Data><Data name="time_precision"><value>1</value>'
    '</Data><Data name="geo_precision"><value>1</value></Data>'
    '<Data name="verification"><value>unverified</value></Data></ExtendedData>'
    "<Point><coordinates>%s</coordinates></Point></Placemark></Document></kml>"
)


@pytest.mark.parametrize(
    ("kind", "coordinates", "said"),
    [
        ("geojson", '[36.2, 50.0, "high"]', "'altitude'"),
        ("geojson", "[36.2, 50.0, null]", "'altitude'"),
        ("geojson", "[36.2, 50.0, true]", "'altitude'"),
        ("geojson", "[36.2, 50.0, 1e400]", "'altitude'"),
        ("kml", "36.2,50,high", "'altitude'"),
        ("kml", "36.2,50,inf", "'altitude'"),
        ("kml", "36.2,50,1,2", "longitude,latitude[,altitude]"),
    ],
)
def test_an_altitude_that_is_no_number_refuses_its_row(gazetteer, kind, coordinates, said):
    from geo import formats

    text = (_FEATURE if kind == "geojson" else _PLACEMARK) % coordinates
    result = formats.read(text.encode(), f"a.{kind}", gazetteer)
    assert len(result.frame) == 0
    reasons = [reason for _, reason in result.refused]
    assert len(reasons) == 1 and said in reasons[0] and "\n" not in reasons[0], reasons


@pytest.mark.parametrize(
    ("kind", "coordinates"), [("geojson", "[36.2, 50.0, 12.5]"), ("kml", "36.2,50,0")]
)
def test_a_numeric_altitude_is_still_read(gazetteer, kind, coordinates):
    from geo import formats

    text = (_FEATURE if kind == "geojson" else _PLACEMARK) % coordinates
    frame = formats.read(text.encode(), f"a.{kind}", gazetteer).frame
    assert list(frame["place"]) == ["Kharkiv"]
    assert (frame.geometry.x[0], frame.geometry.y[0]) == (36.2, 50.0)


# --- a month of days one apart, over and over ------------------------------------------------------
# "On 1 May a drone hit Sumy. On 2 May ..." for every day of a month, pasted again and again: the
# merged event of each day takes in every repetition's sentence, and each later mention a day
# off read them all for a night's telling before its own one sentence (`one_night`): 300 kB 10.9 s,
# x5.9 for x4 (attack38). The mention's own sentence is read first.
def _day(day: int, sentences: int, text: str) -> SimpleNamespace:
    from datetime import date

    told = [SimpleNamespace(text=text, start=i) for i in range(sentences)]
    when = SimpleNamespace(explicit=True, carried=False, precision=1, day=date(2025, 5, day))
    return SimpleNamespace(when=when, sentences=told, sentence=told[0])


def test_a_mention_a_day_off_reads_its_own_sentence_before_the_events():
    from geo.extract.one_night import one_night

    mention = _day(2, 1, "On 2 May a drone hit Sumy.")

    def ask(n: int) -> list:
        event = _day(1, n, "On 1 May a drone hit Sumy.")
        return [one_night(event, mention) for _ in range(200)]

    _linear(ask, 100, 20_000, factor=20)
    late = _day(1, 3, "Late on Thursday a drone hit Sumy.")
    assert one_night(late, _day(2, 1, "Overnight a drone hit Sumy.")) == late.when
    assert one_night(late, mention) is None


# --- a short East Asian name in a legacy encoding -------------------------------------------------
# A CSV whose one place is "北京" in GB18030 (or "東京" in Shift_JIS, "서울" in EUC-KR) was read
# as cp1251/cp1252 and stored as "±±ѕ©" ("“Œ‹ž", "ј­їп") with no word: two characters are too
# few to tell the code page. Now refused in one line that shows both readings, nothing stored;
# six characters are read as the East Asian text they are.
_CSV = "event_date,event_type,place,latitude,longitude,source\n2024-05-01,strike,%s,39.9,116.4,s\n"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("北京", "gb18030"), ("北京市", "gb18030"), ("東京", "shift_jis"), ("서울", "euc_kr")],
)
def test_a_short_east_asian_name_is_refused_not_garbled(tmp_path, name, encoding):
    import os
    import subprocess
    import sys

    path = tmp_path / "events.csv"
    path.write_bytes((_CSV % name).encode(encoding))
    store = tmp_path / "store.gpkg"
    run = subprocess.run(
        [sys.executable, "-m", "geo", "import", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "SITREP_STORE": str(store)},
    )
    assert run.returncode == 2 and not store.exists(), run
    (line,) = run.stderr.strip().splitlines()
    assert "too few characters past ASCII" in line and "UTF-8" in line, line


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("北京市北京市", "gb18030"),
        ("№5 «Київ»", "cp1251"),
        ("Київ", "cp1251"),
        ("It’s “Kyiv” — strike", "cp1252"),
        ("l’armée à Kyïv", "cp1252"),
        ("§ 5 ©", "cp1252"),
    ],
)
def test_code_pages_and_longer_east_asian_text_are_read(text, encoding):
    from geo.textio import decode

    assert decode(text.encode(encoding), "t.txt", 1_000_000)[0] == text


# --- the CSV export's .csvt beside -o -----------------------------------------------------------
# `export -o events.csv` writes `events.csvt` beside it whatever stands there: a FIFO there hung
# the export for ever (after the CSV was written), a folder gave "error: .events.csvt.x.tmp: Is a
# directory" and status 2 with the CSV written, a user's own file of that name was replaced
# without a word. Now each is left as it is, with one warning line; the last export's type line
# is replaced as before.
@pytest.fixture
def one_event_store(tmp_path):
    import os
    import subprocess
    import sys

    given = tmp_path / "in.csv"
    given.write_text(_CSV.replace("39.9,116.4", "50.0,36.2") % "Kharkiv")
    env = {**os.environ, "SITREP_STORE": str(tmp_path / "store.gpkg")}
    subprocess.run([sys.executable, "-m", "geo", "import", str(given)], env=env, check=True)
    return env


@pytest.mark.parametrize("there", ["fifo", "folder", "notes", "link", "types"])
def test_what_stands_at_the_csvt_is_kept_or_replaced_in_one_line(tmp_path, one_event_store, there):
    import os
    import subprocess
    import sys

    types = tmp_path / "out.csvt"
    if there == "fifo":  # (a reader at its other end: written to, the export would not hang)
        os.mkfifo(types)
        reader = os.open(types, os.O_RDONLY | os.O_NONBLOCK)
    elif there == "folder":
        types.mkdir()
    elif there == "notes":
        types.write_text("my notes\n")
    elif there == "link":
        (tmp_path / "target").write_text("kept\n")
        types.symlink_to(tmp_path / "target")
    else:
        types.write_text('"Integer","String"\n')
    run = subprocess.run(
        [sys.executable, "-m", "geo", "export", "-o", str(tmp_path / "out.csv")],
        env=one_event_store,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "Kharkiv" in (tmp_path / "out.csv").read_text()
    if there == "types":
        assert types.read_text().startswith("String,Date,Integer")
        assert "warning" not in run.stderr
        return
    (warning,) = [line for line in run.stderr.splitlines() if line.startswith("warning")]
    assert "left as it is" in warning
    if there == "fifo":
        assert os.read(reader, 100) == b"" and types.is_fifo()
        os.close(reader)
    if there == "notes":
        assert types.read_text() == "my notes\n"
    if there == "link":
        assert types.is_symlink() and (tmp_path / "target").read_text() == "kept\n"


# --- a GeoPackage DATE cell that is no day ------------------------------------------------------
# One event_date cell of "2023-02-29" or "10000-01-01" in a GeoPackage failed the whole file ("is
# not a readable GeoPackage: day is out of range for month"), its sound rows with it; a blank or
# "2024-13-01" printed GDAL's two-line RuntimeWarning. Now the row alone is refused, named.
@pytest.mark.parametrize("cell", ["'2023-02-29'", "'10000-01-01'", "''", "'2024-13-01'"])
def test_a_date_cell_that_is_no_day_refuses_its_row_only(tmp_path, gazetteer, cell, recwarn):
    import sqlite3

    from geo import formats
    from geo.export import export_bytes

    frame = formats.read(
        (_CSV.replace("39.9,116.4", "50.0,36.2") % "Kharkiv").encode()
        + b"2024-02-29,strike,Sumy,50.9,34.8,s\n",
        "in.csv",
        gazetteer,
    ).frame
    path = tmp_path / "out.gpkg"
    path.write_bytes(export_bytes(frame, "gpkg", gazetteer.country_codes()))
    with sqlite3.connect(path) as db:
        for function in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            db.create_function(function, 1, lambda g: 0)  # (the R-tree's triggers ask for them)
        db.execute(f"UPDATE events SET event_date = {cell} WHERE rowid = 1")
    result = formats.read(path.read_bytes(), "out.gpkg", gazetteer)
    assert list(result.frame["place"]) == ["Sumy"]
    assert list(result.frame["event_date"]) == ["2024-02-29"]
    (refused,) = list(result.refused)
    assert refused[0] == 1 and "'event_date'" in refused[1]
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
