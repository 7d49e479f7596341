"""A scratch PostgreSQL database: created empty, dropped afterwards (tests, benchmarks)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

from storage.db import normalize_url


@contextmanager
def scratch_postgresql_database(
    server_url: str, prefix: str, *, template: str | None = None
) -> Iterator[str]:
    """Create a database named ``prefix_<random>`` on the server of ``server_url``, empty
    or as a copy of the database ``template`` (which must have no connections meanwhile),
    yield its URL, then drop it (even if clients are still connected)."""
    url = make_url(normalize_url(server_url))
    name = f"{prefix}_{secrets.token_hex(6)}"
    copied = f' TEMPLATE "{template}"' if template else ""
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copied}')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()
