"""A throw-away PostgreSQL server of a test's own, for tests that stop and start one: the
machine's shared server is never stopped or restarted by a test.

:func:`own_postgresql` runs ``initdb`` into a temporary directory and starts ``postgres``
on a free port on 127.0.0.1 (trust authentication, nothing written to disk for safety's
sake); :class:`OwnPostgreSQL` stops and starts it; it is removed afterwards. As root it
runs as the ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: on PATH, or Debian's versioned directory."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


BINDIR = _bindir()


@dataclass(frozen=True)
class OwnPostgreSQL:
    """A running throw-away server: its URL, and stop/start as a failing server would."""

    data: Path
    port: int
    user: str | None  # the user it runs as, when the tests run as root

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        self._pg_ctl("stop", "-m", "fast")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("start", "-o", options, "-l", str(self.data / "log"))

    def _pg_ctl(self, *args: str) -> None:
        _run(self.user, str(_tool("pg_ctl")), "-D", str(self.data), "-w", *args)


@contextmanager
def own_postgresql() -> Iterator[OwnPostgreSQL]:
    """Start a throw-away server; stop and remove it afterwards."""
    user = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="own-postgresql-"))
    data = root / "data"
    data.mkdir()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (root, data):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    server = OwnPostgreSQL(data, _free_port(), user)
    try:
        _run(
            user,
            str(_tool("initdb")),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
        )
        server.start()
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # never started, or stopped
            server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _tool(name: str) -> Path:
    assert BINDIR is not None, "no PostgreSQL server binaries (initdb, pg_ctl) here"
    return BINDIR / name


def _run(user: str | None, *command: str) -> None:
    prefix = ["runuser", "-u", user, "--"] if user else []
    subprocess.run([*prefix, *command], check=True, capture_output=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
