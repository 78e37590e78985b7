"""Connections to a PostgreSQL store, kept open and reused within a process.

Opening a connection (TCP, authentication, backend start) costs several milliseconds, more than
a save of one event; so a finished block hands its connection back instead of closing it, and
the next block of the same process takes it after a one-round-trip check that the server still
answers. At most :data:`IDLE_MAX` idle connections are kept in a process, the oldest closed first
(a test suite that makes a database per test must not hold the server's connections). A connection is
never shared between two blocks at once (threads each take their own), nor across ``fork``: the
cache is keyed by process id, so a child opens its own.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.pq import TransactionStatus

IDLE_MAX = 4
_idle: list[
    tuple[int, str, psycopg.Connection]
] = []  # (process id, address, connection), oldest first
_lock = threading.Lock()


class Unreachable(RuntimeError):
    """The server cannot be reached; the message is the first line of the driver's reason."""


def _open(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, connect_timeout=10)
    except psycopg.OperationalError as exc:
        text = str(exc).strip()
        raise Unreachable(text.splitlines()[0] if text else "no answer") from None
    except psycopg.ProgrammingError:  # "postgresql://[::1", spaces in the address
        # the driver's words quote the address, password and all: not repeated
        raise Unreachable(
            "not a PostgreSQL address: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE, "
            "with spaces and other special characters percent-encoded"
        ) from None


def _take(url: str) -> psycopg.Connection:
    """An idle connection that still answers, or a new one."""
    while True:
        with _lock:
            con = _pop(os.getpid(), url)
        if con is None:
            return _open(url)
        try:
            con.execute("SELECT 1")  # opens the block's transaction: one round trip
            return con
        except psycopg.Error:
            con.close()  # the server went away or restarted: try the next one


def _pop(pid: int, url: str) -> psycopg.Connection | None:
    for i in range(len(_idle) - 1, -1, -1):
        if _idle[i][:2] == (pid, url):
            return _idle.pop(i)[2]
    return None


def _give_back(url: str, con: psycopg.Connection) -> None:
    if con.closed or con.info.transaction_status != TransactionStatus.IDLE:
        con.close()
        return
    pid = os.getpid()
    with _lock:
        _idle.append((pid, url, con))
        mine = [i for i, entry in enumerate(_idle) if entry[0] == pid]
        oldest = _idle.pop(mine[0])[2] if len(mine) > IDLE_MAX else None
    if oldest is not None:
        oldest.close()


@contextmanager
def connection(url: str) -> Iterator[psycopg.Connection]:
    """A connection to ``url`` for one block: committed at its end, rolled back on an error
    (as ``with psycopg.connect(...)`` does), then kept for the next block. Raises
    :class:`Unreachable` when the server does not answer."""
    con = _take(url)
    try:
        yield con
        con.commit()
    except BaseException:
        try:
            con.rollback()
        except psycopg.Error:
            con.close()  # broken: not kept
        raise
    finally:
        _give_back(url, con)


def close_all() -> None:
    """Close this process's idle connections (before a server they point to is stopped)."""
    pid = os.getpid()
    with _lock:
        mine = [entry[2] for entry in _idle if entry[0] == pid]
        _idle[:] = [entry for entry in _idle if entry[0] != pid]
    for con in mine:
        con.close()
