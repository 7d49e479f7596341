"""A scratch PostgreSQL database: created empty, dropped afterwards (tests, benchmarks)."""

from __future__ import annotations

import logging
import queue
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

from storage.db import normalize_url

log = logging.getLogger(__name__)


def _on_server(server_url: str, statement: str) -> None:
    """Run ``statement`` outside a transaction (as CREATE and DROP DATABASE must be)."""
    url = make_url(normalize_url(server_url))
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(statement)
    finally:
        admin.dispose()


def drop_database(server_url: str, name: str) -> None:
    """Drop the database ``name`` on the server of ``server_url``, even if clients are
    still connected."""
    _on_server(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class BackgroundDrops:
    """Drops databases one after another on a thread of its own: a drop takes a few
    hundred milliseconds of the server's disk, which no test needs to wait for."""

    def __init__(self) -> None:
        self._waiting: queue.SimpleQueue[tuple[str, str] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="database-drops", daemon=True)
        self._thread.start()

    def drop(self, server_url: str, name: str) -> None:
        self._waiting.put((server_url, name))

    def close(self) -> None:
        """Wait until every database handed over is dropped."""
        self._waiting.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (job := self._waiting.get()) is not None:
            try:
                drop_database(*job)
            except Exception:  # one database left behind must not stop the others' drops
                log.exception("could not drop the scratch database %s", job[1])


@contextmanager
def scratch_postgresql_database(
    server_url: str,
    prefix: str,
    *,
    template: str | None = None,
    drop: Callable[[str, str], None] = drop_database,
) -> Iterator[str]:
    """Create a database named ``prefix_<random>`` on the server of ``server_url``, empty
    or as a copy of the database ``template`` (which must have no connections meanwhile),
    yield its URL, then hand its name to ``drop``."""
    url = make_url(normalize_url(server_url))
    name = f"{prefix}_{secrets.token_hex(6)}"
    copied = f' TEMPLATE "{template}"' if template else ""
    _on_server(server_url, f'CREATE DATABASE "{name}"{copied}')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        drop(server_url, name)
