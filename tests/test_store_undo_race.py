"""An undo of the last delete checks which of its events are still absent and puts those back
in one transaction (GeoPackage and PostGIS): a teammate who writes one of them again while the
undo runs is not overwritten by the deleted record."""

from __future__ import annotations

import threading

import pytest

from conftest import BASE_EVENT
from geo import events as ev
from geo import store
from geo.events import to_frame


def _event(eid: str, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": eid,
        "place": "Kupiansk",
        "lat": 49.71,
        "lon": 37.61,
        "event_date": "2026-12-01",
        "source": "undo race",
        **fields,
    }


def test_a_teammate_adding_an_event_again_during_the_undo_keeps_their_version(
    any_store, monkeypatch
):
    store.save(to_frame([_event("u-1", fatalities=1), _event("u-2")]), user="anna")
    store.delete(["u-1", "u-2"], user="anna")
    teammate_done = threading.Event()
    failures: list[BaseException] = []

    def teammate() -> None:  # boris reads the report again and re-adds u-1 with his figure
        try:
            again = to_frame([_event("u-1", fatalities=4)])
            store.save(again, user="boris", readd_deleted=True)
        except BaseException as error:  # noqa: BLE001 (told by the assertion below)
            failures.append(error)
        finally:
            teammate_done.set()

    real_to_frame = ev.to_frame
    started: list[threading.Thread] = []

    def to_frame_with_a_teammate(records, *args, **kwargs):
        # the undo has found which events are absent and builds the frame it will put back:
        # the teammate writes now (and waits for the undo's transaction, if there is one)
        if not started and any(r.get("event_id") == "u-1" for r in records):
            started.append(threading.Thread(target=teammate))
            started[0].start()
            teammate_done.wait(2.0)
        return real_to_frame(records, *args, **kwargs)

    monkeypatch.setattr(ev, "to_frame", to_frame_with_a_teammate)
    undone = store.undo_delete(user="anna")
    started[0].join()
    assert failures == []
    assert undone is not None and set(undone.restored) | set(undone.skipped) == {"u-1", "u-2"}
    stored = store.load().set_index("event_id")
    assert sorted(stored.index) == ["u-1", "u-2"]
    assert stored.loc["u-1", "fatalities"] == 4  # the teammate's figure, not the deleted one
    rows = store.history()
    restores = rows[(rows["action"] == "restore") & (rows["event_id"] == "u-1")]
    boris = rows[(rows["user"] == "boris") & (rows["event_id"] == "u-1")]
    # either the undo put u-1 back and boris's save came after it, or boris's came first and the
    # undo left u-1 alone
    assert len(restores) + len(boris) >= 1
    if len(restores):
        assert restores.index[-1] < boris.index[-1]
    else:
        assert "u-1" in undone.skipped


def test_an_undo_offered_for_another_delete_puts_nothing_back(any_store):
    store.save(to_frame([_event("u-3")]), user="anna")
    store.delete(["u-3"], user="anna")
    when = str(store.history().iloc[-1]["changed_at"])
    with pytest.raises(store.ConflictError):
        store.undo_delete(user="anna", expected=(when, "boris"))
    assert "u-3" not in set(store.load()["event_id"])
