"""Taking events back out of the store: one event, or all one report or file added; each delete
in the history (who, when, what), the last one undone; nothing else touched; a bad id said in
one line on the command line, with nothing deleted."""

from __future__ import annotations

from conftest import BASE_EVENT, run_cli
from geo import changes, store
from geo.events import to_frame
from geo.store import Report


def _event(eid: str, place: str, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": eid,
        "place": place,
        "lat": 48.5,
        "lon": 35.5,
        "event_date": "2026-11-28",
        "source": "delete test",
        **fields,
    }


def _ids() -> list[str]:
    return sorted(store.load()["event_id"])


def _two_saves() -> None:
    """A paste of two events, then a file of two more."""
    store.save(
        to_frame([_event("p-1", "Izium"), _event("p-2", "Balakliia")]),
        report=Report("morning paste", "two strikes were told"),
        user="anna",
    )
    store.save(
        to_frame([_event("f-1", "Kupiansk"), _event("f-2", "Chuhuiv", fatalities=3)]),
        report=Report("my.csv", "import of my.csv (csv)"),
        user="anna",
    )


def test_one_event_deleted_leaves_the_others_and_is_told_in_the_history(any_store):
    _two_saves()
    done = store.delete(["f-2", "no-such-id"], user="boris")
    assert done.deleted == ("f-2",) and done.missing == ("no-such-id",) and done.total == 3
    assert _ids() == ["f-1", "p-1", "p-2"]
    last = store.history().iloc[-1]
    assert (last["user"], last["action"], last["event_id"]) == ("boris", "delete", "f-2")
    lines = changes.readable(store.history(), store.load())
    assert lines.iloc[0]["changes"] == "deleted: strike at Chuhuiv"
    assert lines.iloc[0]["who"] == "boris"


def test_undo_puts_back_the_last_delete_as_it_was_and_only_once(any_store):
    _two_saves()
    store.delete(["p-1"], user="boris")
    store.delete(["f-1", "f-2"], user="boris")
    undone = store.undo_delete(user="boris")
    assert undone is not None and undone.restored == ("f-1", "f-2") and undone.skipped == ()
    assert _ids() == ["f-1", "f-2", "p-2"]  # p-1's delete was not the last
    back = store.load().set_index("event_id").loc["f-2"]
    assert back["fatalities"] == 3 and back["place"] == "Chuhuiv"
    assert store.history().iloc[-1]["action"] == "restore"
    assert store.undo_delete() is None  # the last delete is undone already


def test_every_event_of_one_report_and_only_those(any_store):
    _two_saves()
    assert store.report_event_ids("my.csv") == ["f-1", "f-2"]
    assert store.report_event_ids("no such file") == []
    store.delete(store.report_event_ids("my.csv"))
    assert _ids() == ["p-1", "p-2"]


def test_the_command_line_deletes_by_id_or_report_and_undoes(scratch_store):
    _two_saves()
    bad = run_cli("delete", "p-1", "nonsense-id")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "nonsense-id" in bad.stderr and "nothing was deleted" in bad.stderr
    assert _ids() == ["f-1", "f-2", "p-1", "p-2"]  # not even the good one
    one = run_cli("delete", "p-1")
    assert one.returncode == 0 and "deleted 1 event;" in one.stdout
    file = run_cli("delete", "--report", "my.csv")
    assert file.returncode == 0 and "deleted 2 events of my.csv" in file.stdout
    assert _ids() == ["p-2"]
    unknown = run_cli("delete", "--report", "their.csv")
    assert unknown.returncode == 2 and "saved: my.csv, morning paste" in unknown.stderr
    undo = run_cli("delete", "--undo")
    assert undo.returncode == 0 and "restored 2 events" in undo.stdout
    assert _ids() == ["f-1", "f-2", "p-2"]
    again = run_cli("delete", "--undo")
    assert again.returncode == 2 and "nothing to undo" in again.stderr


def test_a_deleted_event_stays_deleted_when_its_report_is_saved_again(any_store):
    _two_saves()
    store.delete(["p-1"], user="boris")
    again = store.save(
        to_frame([_event("p-1", "Izium"), _event("p-2", "Balakliia"), _event("p-3", "Lozova")]),
        report=Report("morning paste", "two strikes were told, and a third"),
        user="anna",
    )
    assert again.withheld == ("p-1",) and again.added == 1
    assert _ids() == ["f-1", "f-2", "p-2", "p-3"]
    # an updated copy: another id (a weapon named now), the same report, place, day and type
    updated = store.save(to_frame([_event("p-1b", "Izium", weapon="Shahed")]), user="anna")
    assert updated.withheld == ("p-1b",) and updated.added == 0
    # another day at that place is another event
    other = store.save(to_frame([_event("p-9", "Izium", event_date="2026-11-29")]))
    assert other.withheld == () and other.added == 1


def test_the_analyst_may_add_a_deleted_event_again_or_undo_the_delete(any_store):
    _two_saves()
    store.delete(["f-2"], user="boris")
    frame = to_frame([_event("f-2", "Chuhuiv", source="my.csv")])
    assert store.save(frame, readd_deleted=True).added == 1
    store.delete(["f-2"], user="boris")
    assert store.undo_delete() is not None and "f-2" in _ids()
