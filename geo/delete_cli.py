"""``python -m geo delete EVENT_ID... | --report NAME | --undo``: stored events taken back.

Deleting touches only the events named (or those one report or file added); each is logged
whole in the history, so ``--undo`` puts back the last delete. A bad id says so in one line and
nothing is deleted.
"""

from __future__ import annotations

import argparse

from geo.words import counted


class DeleteError(ValueError):
    """Nothing was deleted; the message (one line) says why and what to give instead."""


def configure(parser: argparse.ArgumentParser) -> None:
    """The ``delete`` command's arguments: ids, or ``--report``, or ``--undo``."""
    parser.add_argument("event_ids", nargs="*", metavar="EVENT_ID", help="stored events' ids")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--report",
        metavar="NAME",
        help="every event the saves of this report or imported file added (its name as the "
        "History page shows it, e.g. my.csv)",
    )
    which.add_argument("--undo", action="store_true", help="put back the last delete's events")


def run(args: argparse.Namespace) -> int:
    """Delete (or undo); :class:`DeleteError` for bad input, with nothing changed."""
    from geo import store

    if args.undo or args.report:
        if args.event_ids:
            raise DeleteError("give event ids, --report or --undo, not ids with them")
    elif not args.event_ids:
        raise DeleteError("no event given: give EVENT_ID..., --report NAME or --undo")
    if args.undo:
        return _undo()
    ids = list(args.event_ids)
    if args.report:
        ids = store.report_event_ids(args.report)
        if not ids:
            raise DeleteError(f"no saved report or file is named {args.report!r}: {_names()}")
    else:
        held = store.versions(ids)
        unknown = [eid for eid in ids if eid not in held]
        if unknown:  # nothing half-done: every id is checked before any is deleted
            raise DeleteError(
                f"the store holds no event {', '.join(map(repr, unknown[:5]))}"
                f"{' ...' if len(unknown) > 5 else ''}: nothing was deleted (ids as "
                "'python -m geo export --no-sample' gives them)"
            )
    result = store.delete(ids)
    if not result.deleted:
        raise DeleteError(f"the events {args.report!r} added are deleted already: nothing to do")
    print(
        f"deleted {counted(len(result.deleted), 'event')}"
        f"{f' of {args.report}' if args.report else ''}; {result.total:,} events in the store "
        "(python -m geo delete --undo puts them back)"
    )
    return 0


def _undo() -> int:
    from geo import store

    done = store.undo_delete()
    if done is None:
        raise DeleteError("nothing to undo: the store's last delete was undone, or it has none")
    print(
        f"restored {counted(len(done.restored), 'event')} deleted by {done.deleted_by} at "
        f"{done.deleted_at}"
        + (f"; {len(done.skipped)} left as they are (saved again since)" if done.skipped else "")
    )
    return 0


def _names() -> str:
    from geo import store

    names = list(dict.fromkeys(store.saved_reports()["source"].astype(str)))[::-1]
    if not names:
        return "the store has no saved report"
    return "saved: " + ", ".join(names[:8]) + (" ..." if len(names) > 8 else "")
