"""The command line as scripts use it: JSON lines out, status codes, one-line errors."""

from __future__ import annotations

import json

from conftest import REFERENCE_REPORT, run_cli


def test_geocode_prints_one_object_per_name():
    out = run_cli("geocode", "Kharkiv", "Fiuggi")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["query"] for r in rows] == ["Kharkiv", "Fiuggi"]
    assert set(rows[0]) == {
        "query",
        "name",
        "lat",
        "lon",
        "country",
        "admin1",
        "feature",
        "source",
        "theatre",
    }
    assert rows[1]["country"] == "IT" and rows[1]["source"] == "geonames"


def test_geocode_with_context():
    out = run_cli("geocode", "Odessa", "--context", REFERENCE_REPORT.read_text(encoding="utf-8"))
    assert json.loads(out.stdout)["country"] == "UA"


def test_geocode_reads_for_the_theatre_only_when_asked():
    """World text by default (the largest namesake with the name as its own); --theatre reads
    names as a war report of data/theatre.toml is read."""
    world, war = run_cli("geocode", "Odessa"), run_cli("geocode", "--theatre", "Odessa")
    assert (json.loads(world.stdout)["country"], json.loads(war.stdout)["country"]) == ("US", "UA")


def test_unknown_name_gives_error_object_and_status_1():
    out = run_cli("geocode", "Kyiv", "Xqzzyvillekh")
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[0]["name"] == "Kyiv"
    assert rows[1] == {"query": "Xqzzyvillekh", "error": "no such place in the gazetteer"}


def test_resolve_reads_and_writes_json_lines():
    docs = [
        {"id": "a", "text": "Shelling hit Kharkiv and Sumy.", "spans": [[13, 20], [25, 29]]},
        {"id": "b", "text": "Xqzzyvillekh was quiet.", "spans": [[0, 12]]},
    ]
    out = run_cli("resolve", stdin="\n".join(json.dumps(d) for d in docs) + "\n")
    assert out.returncode == 0, out.stderr
    a, b = (json.loads(line) for line in out.stdout.splitlines())
    assert a["id"] == "a" and [p["name"] for p in a["places"]] == ["Kharkiv", "Sumy"]
    assert a["places"][0]["start"] == 13 and a["places"][0]["end"] == 20
    assert b == {"id": "b", "places": [None]}


def test_bad_input_is_one_line_and_status_2():
    cases = [
        (("frobnicate",), None, "invalid choice"),
        (("geocode", "--frob", "x"), None, "unrecognized arguments: --frob"),
        (("geocode", " "), None, "empty place name"),
        (("resolve",), "not json\n", "stdin line 1"),
        (
            ("resolve",),
            '{"id": 1, "text": "abc", "spans": [[1, 99]]}\n',
            "'spans' should lie within",
        ),
        (("resolve",), '{"id": 1}\n', "missing field 'text'"),
        # a span of a fraction or a truth value is refused, not rounded
        (("resolve",), '{"text": "Kyiv is big", "spans": [[0.5, 4]]}\n', "two whole numbers"),
        (("resolve",), '{"text": "Kyiv is big", "spans": [[true, 4]]}\n', "two whole numbers"),
        (("resolve",), '{"text": "Kyiv is big", "spans": [[0, 4, 7]]}\n', "two whole numbers"),
        (("resolve",), "[" * 100_000 + "]" * 100_000 + "\n", "nests arrays or objects"),
        ((), None, "no command given"),
    ]
    for args, stdin, message in cases:
        out = run_cli(*args, stdin=stdin)
        assert out.returncode == 2, (args, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], (args, out.stderr)
        assert "Traceback" not in out.stderr


def test_missing_gazetteer_is_a_clear_error(tmp_path):
    out = run_cli("geocode", "Kyiv", env={"SITREP_CACHE": str(tmp_path)})
    assert out.returncode == 2
    assert "build-gazetteer" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_building_the_parser_loads_no_heavy_module():
    """Every command, even --help, builds the whole parser: it must not pull in pandas & co."""
    import subprocess
    import sys

    heavy = ("geopandas", "pandas", "pyogrio", "dask", "distributed", "folium", "shapely")
    code = (
        "import sys; from geo.__main__ import build_parser; build_parser().format_help(); "
        f"print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [], f"building the parser imported {out.stdout.strip()}"
    assert run_cli("--help").returncode == 0


def test_extract_reads_a_report_from_standard_input():
    """`extract -` reads the report piped in, as `-o -` writes to standard output."""
    report = "KYIV, March 3 (Agency) - A drone struck Odessa's port overnight.\n"
    out = run_cli("extract", "-", "--published", "2025-03-03", stdin=report)
    assert out.returncode == 0, out.stderr
    (event,) = json.loads(out.stdout)["features"]
    assert (event["properties"]["place"], event["properties"]["source"]) == ("Odesa", "stdin")
    empty = run_cli("extract", "-", stdin="")
    assert empty.returncode == 2 and len(empty.stderr.strip().splitlines()) == 1


def test_export_names_an_unknown_weapon(tmp_path, monkeypatch):
    """`geo export --weapon Shahedd` still writes (0 events, exit 0) and says on stderr which
    word is unknown and what it may have meant; a known word says nothing."""
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "store.gpkg"))
    out = tmp_path / "x.geojson"
    typo = run_cli("export", "--weapon", "Shahedd", "-o", str(out))
    assert typo.returncode == 0
    assert 'warning: unknown weapon "Shahedd" (nearest: Shahed' in typo.stderr
    assert "no event matches it" in typo.stderr
    known = run_cli("export", "--weapon", "drones", "-o", str(out))
    assert known.returncode == 0 and "unknown weapon" not in known.stderr


def test_resolve_refuses_a_line_longer_than_an_archive_line_without_holding_it(tmp_path):
    """A 300 MB line on standard input was read whole before json said it was no JSON (622 MB
    at peak; a line of gigabytes as many gigabytes). A line over the 60 MB an ingest line may
    have is refused in one line, status 2, read in pieces (attack31)."""
    import subprocess
    import sys

    from conftest import ROOT

    size = 250 * 2**20
    # the child's peak memory, measured by a parent of its own (not this test's process)
    measure = (
        "import resource, subprocess, sys\n"
        "p = subprocess.Popen([sys.executable, '-m', 'geo', 'resolve'], stdin=subprocess.PIPE,"
        " stderr=subprocess.PIPE)\n"
        "chunk = b'a' * 2**20\n"
        f"try:\n    for _ in range({size // 2**20}):\n        p.stdin.write(chunk)\n"
        "    p.stdin.write(b'\\n')\n    p.stdin.close()\nexcept BrokenPipeError:\n    pass\n"
        "err = p.stderr.read().decode()\np.wait()\n"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(err, end='')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", measure], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    status, peak_kb = done.stdout.splitlines()[0].split()
    err = done.stdout.splitlines()[1:]
    assert status == "2", done.stdout + done.stderr
    assert len(err) == 1 and "stdin line 1 is more than 60 MB" in err[0], err
    assert int(peak_kb) * 1024 < size, f"peak {int(peak_kb) // 1024} MB for a {size >> 20} MB line"
