"""Nothing lost: saves killed at random points, concurrent savers, damaged stores."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame

KILLS = 200


def _event(i: int) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"crash-{i:04d}",
        "place": f"Test place {i}",
        "lat": 48.0 + (i % 100) / 100,
        "lon": 35.0 + (i // 100) / 100,
        "source": "crash test",
    }


def _save_window(path, saved: set[str]) -> float:
    """Median seconds from fork to the end of one save in the child (5 saves, not killed)."""
    times = []
    for i in range(KILLS + 10, KILLS + 15):
        frame = to_frame([_event(i)])
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                store.save(frame, path)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        times.append(time.perf_counter() - start)
        saved.add(f"crash-{i:04d}")
    return sorted(times)[len(times) // 2]


def test_kill_during_save_never_loses_saved_events(tmp_path, any_store):
    """Fork a saver, SIGKILL it at a random moment, check the store; 200 times, each backend."""
    path = any_store
    store.save(to_frame([_event(0)]), path)
    saved = {"crash-0000"}
    rng = random.Random(20241126)
    completed = killed = 0
    # How long a forked save takes on this machine: kills are spread over that window, so that
    # most land mid-save whether saves take 5 ms or 500 ms.
    window = _save_window(path, saved)
    for i in range(1, KILLS + 1):
        frame = to_frame([_event(i)])
        pid = os.fork()
        if pid == 0:  # child: one save, then leave without cleanup handlers
            try:
                store.save(frame, path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, window))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            saved.add(f"crash-{i:04d}")
            completed += 1
        else:
            killed += 1
        ids = set(store.load(path)["event_id"])  # readable after every kill
        assert saved <= ids, f"lost {saved - ids} after kill {i}"
    print(f"kill test: {KILLS} kills, {completed} saves finished first, {killed} killed mid-save")
    assert killed >= KILLS // 4, (completed, killed)  # the kills really land mid-save
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    store.save(to_frame([_event(KILLS + 1)]), path)
    ids = list(store.load(path)["event_id"])
    assert len(ids) == len(set(ids)) and saved | {f"crash-{KILLS + 1:04d}"} <= set(ids)
    assert (store.history(path)["action"] == "insert").sum() == len(ids)  # consistent
    if not store.is_postgres(path):
        assert sorted(p.name for p in tmp_path.iterdir()) == ["store.gpkg"], leftovers


def test_orphans_of_killed_saves_are_cleaned(tmp_path):
    """Temporary files and journals that killed saves of earlier versions left beside the store
    (their process is gone) go at the next save; a live process's file stays."""
    path = tmp_path / "store.gpkg"
    store.save(to_frame([_event(1)]), path)
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    orphans = [f".store.gpkg.{dead}.tmp.gpkg", f".store.gpkg.{dead}.tmp.gpkg-journal"]
    live = tmp_path / f".store.gpkg.{os.getpid()}.tmp.gpkg"
    for name in [*orphans, live.name]:
        (tmp_path / name).write_bytes(b"partial")
    store.save(to_frame([_event(2)]), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "store.gpkg"])


def _save_range(path: str, start: int, count: int) -> None:
    for i in range(start, start + count):
        store.save(to_frame([_event(i)]), path)


def test_two_savers_at_once_keep_both(any_store):
    path = any_store
    ctx = multiprocessing.get_context("fork")
    a = ctx.Process(target=_save_range, args=(str(path), 1000, 15))
    b = ctx.Process(target=_save_range, args=(str(path), 2000, 15))
    a.start(), b.start()
    a.join(120), b.join(120)
    assert a.exitcode == 0 and b.exitcode == 0
    ids = set(store.load(path)["event_id"])
    assert {f"crash-{i:04d}" for i in [*range(1000, 1015), *range(2000, 2015)]} <= ids
    assert (store.history(path)["action"] == "insert").sum() == 30


def test_damaged_store_is_refused_and_kept(tmp_path):
    path = tmp_path / "store.gpkg"
    store.save(to_frame([_event(1)]), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # cut short, as by a full disk
    damaged = path.read_bytes()
    with pytest.raises(store.StoreError) as info:
        store.save(to_frame([_event(2)]), path)
    assert "damaged" in str(info.value) or "not a GeoPackage" in str(info.value)
    assert path.read_bytes() == damaged


def test_a_store_locked_too_long_is_said_to_be_busy_not_damaged(tmp_path, monkeypatch):
    """Another process holding the store past the wait (a long save, a tool with the file open
    in a transaction) is no damage: saying "damaged" invites deleting a good store. The save is
    refused as busy, in one line, and the store and its events are kept."""
    import sqlite3

    from geo.store import gpkg_file

    path = tmp_path / "store.gpkg"
    store.save(to_frame([_event(1)]), path)
    monkeypatch.setattr(gpkg_file, "LOCK_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(store.StoreError) as info:
            store.save(to_frame([_event(2)]), path)
    finally:
        holder.rollback()
        holder.close()
    said = str(info.value)
    assert "busy" in said and "damaged" not in said and "\n" not in said, said
    assert set(store.load(path)["event_id"]) == {_event(1)["event_id"]}
