"""A deleted event stays deleted when its report comes again, through every command that saves
(ingest, extract --save, import): the command says how many it left out and how to bring them
back (--readd-deleted, or undo)."""

from __future__ import annotations

import json

from geo import store
from geo.__main__ import main

REPORT = (
    "Kyiv, 3 March 2026. A Russian drone struck a warehouse in Kharkiv overnight, the regional "
    "governor said. Separately, shelling damaged houses in Nikopol.\n"
)
UPDATED = REPORT + "Later the governor added that two people were injured in Kharkiv.\n"


def _ingest(tmp_path, text: str, *flags: str) -> str:
    path = tmp_path / f"batch{len(list(tmp_path.glob('*.jsonl')))}.jsonl"
    line = {"id": "morning", "text": text, "published": "2026-03-03", "source": "morning"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return str(path)


def test_ingest_leaves_out_a_deleted_event_and_says_how_to_add_it_again(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "store.gpkg"))
    assert main(["ingest", "--workers", "0", _ingest(tmp_path, REPORT)]) == 0
    capsys.readouterr()
    stored = store.load()
    kharkiv = stored[stored["place"] == "Kharkiv"]["event_id"].tolist()
    assert len(kharkiv) == 1 and len(stored) >= 2
    assert main(["delete", *kharkiv]) == 0
    assert main(["ingest", "--workers", "0", _ingest(tmp_path, UPDATED)]) == 0
    out = capsys.readouterr().out
    assert "1 event deleted earlier was not re-added" in out and "--readd-deleted" in out, out
    assert "Kharkiv" not in set(store.load()["place"])
    assert (
        main(["ingest", "--workers", "0", "--readd-deleted", _ingest(tmp_path, UPDATED + " ")]) == 0
    )
    assert "not re-added" not in capsys.readouterr().out
    assert "Kharkiv" in set(store.load()["place"])


def test_extract_save_and_import_leave_a_deleted_event_out(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "store.gpkg"))
    report = tmp_path / "morning.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "events.geojson"
    assert main(["extract", str(report), "--save", "-o", str(out)]) == 0
    first = store.load()["event_id"].tolist()
    assert main(["delete", first[0]]) == 0
    capsys.readouterr()
    assert main(["extract", str(report), "--save", "-o", str(out)]) == 0
    assert "1 event deleted earlier was not re-added" in capsys.readouterr().err
    assert first[0] not in set(store.load()["event_id"])
    assert main(["import", str(out)]) == 0  # the same events from a file
    assert "not re-added" in capsys.readouterr().err
    assert main(["import", str(out), "--readd-deleted"]) == 0
    assert first[0] in set(store.load()["event_id"])
