"""A local PostgreSQL server with PostGIS for team mode, tests and benchmarks (Debian's packages).

``python -m geo.store.server start DIR [--port P]`` makes a cluster in DIR (``initdb``) the first
time, starts it on 127.0.0.1 and prints the ``postgresql://`` address to give ``SITREP_STORE``;
``stop DIR`` stops it. Run as root, the server runs as the ``postgres`` system user, which
PostgreSQL requires.
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "sitrep"  # the cluster's superuser
DATABASE = "sitrep"


class ServerError(RuntimeError):
    """PostgreSQL or PostGIS is missing or would not start; the message says what to install."""


def bindir() -> Path:
    """The newest ``/usr/lib/postgresql/N/bin`` whose version also has the PostGIS extension."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    for initdb in reversed(versions):
        version = initdb.parent.parent.name
        if Path(f"/usr/share/postgresql/{version}/extension/postgis.control").exists():
            return initdb.parent
    raise ServerError(
        "PostgreSQL with PostGIS not found: install Debian's packages "
        "(apt-get install -y postgresql postgis)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user() -> dict:
    """Run the server as ``postgres`` when we are root (PostgreSQL refuses to run as root)."""
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam("postgres")

    def drop() -> None:
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)

    return {"preexec_fn": drop, "env": {**os.environ, "HOME": entry.pw_dir}}


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        shutil.chown(path, entry.pw_uid, entry.pw_gid)


@dataclass(frozen=True, slots=True)
class Server:
    """A running local server: its data folder, port, and the address of its database."""

    datadir: Path
    port: int

    def url(self, user: str = USER, database: str = DATABASE) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server (fast shutdown: open sessions are ended)."""
        stop(self.datadir)


def _run(args: list, **extra) -> None:
    done = subprocess.run(args, capture_output=True, text=True, **_as_server_user(), **extra)
    if done.returncode != 0:
        said = " ".join((done.stderr or done.stdout).split())  # (initdb says it in lines)
        raise ServerError(f"{Path(args[0]).name} failed: {said}")


def start(datadir: Path, port: int | None = None) -> Server:
    """Create the cluster in ``datadir`` if needed, start it, and make the PostGIS database."""
    bins = bindir()
    datadir = Path(datadir).resolve()
    port = port or free_port()
    if not (datadir / "PG_VERSION").exists():
        _check_new(datadir)
        datadir.mkdir(parents=True, exist_ok=True)
        os.chmod(datadir, 0o700)
        _own(datadir)
        _run(
            [
                bins / "initdb",
                "-D",
                datadir,
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]  # fmt: skip
        )
    options = f"-p {port} -k {datadir} -c listen_addresses=127.0.0.1"
    log = datadir / "server.log"
    _run([bins / "pg_ctl", "-D", datadir, "-l", log, "-o", options, "-w", "-t", "60", "start"])
    server = Server(datadir, port)
    _database(server)
    return server


def _check_new(datadir: Path) -> None:
    """Refuse a ``datadir`` that holds no cluster yet but is a file or a folder of other files,
    before it is made the server's (``start ~`` or ``make db DBDIR=/tmp`` gave the folder to the
    ``postgres`` user, mode 0700, and only then did initdb refuse it)."""
    if datadir.exists() and not datadir.is_dir():
        raise ServerError(f"{datadir} is a file, not a database folder: give a new or empty folder")
    if datadir.is_dir() and any(datadir.iterdir()):
        raise ServerError(
            f"{datadir} holds other files and no database: give a new or empty folder "
            "(it was left as it is)"
        )


def _database(server: Server) -> None:
    import psycopg

    with psycopg.connect(server.url(database="postgres"), autocommit=True) as con:
        exists = con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
        if exists.fetchone() is None:
            con.execute(f"CREATE DATABASE {DATABASE}")
    with psycopg.connect(server.url(), autocommit=True) as con:
        con.execute("CREATE EXTENSION IF NOT EXISTS postgis")


def stop(datadir: Path) -> None:
    """Stop the server whose cluster is in ``datadir`` (nothing if it is not running)."""
    bins = bindir()
    datadir = Path(datadir).resolve()
    if (datadir / "postmaster.pid").exists():
        _run([bins / "pg_ctl", "-D", datadir, "-m", "fast", "-w", "stop"])


def scratch(prefix: str = "sitrep-pg-") -> Server:
    """A throw-away server in a new temporary folder (for tests and benchmarks)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.chmod(folder, 0o755)
    return start(folder / "data")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo.store.server", description=__doc__)
    ap.add_argument("action", choices=["start", "stop"])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("--port", type=int, default=5432)
    args = ap.parse_args(argv)
    try:
        if args.action == "start":
            print(start(args.datadir, args.port).url())
        else:
            stop(args.datadir)
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
