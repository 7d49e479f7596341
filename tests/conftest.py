"""Shared fixtures: every storage-backed test runs on SQLite and on PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server we may create databases on; each
test gets its own freshly created database, dropped afterwards. Unset, those tests are
skipped; set but unreachable, they error, so CI can never pass without running them.
"""

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.pool import NullPool

from storage.db import make_engine, migrate, normalize_url

# The running bot and the fake Slack API, for the end-to-end tests.
pytest_plugins = ("tests.running_bot",)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgres: runs against PostgreSQL (needs TEST_DATABASE_URL)"
    )


def _fresh_postgresql_database(server_url: str) -> Iterator[str]:
    """Create an empty database on the server, yield its URL, then drop it."""
    url = make_url(normalize_url(server_url))
    name = f"sgtest_{secrets.token_hex(6)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty, unmigrated database of the parametrized backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server_url = os.environ.get("TEST_DATABASE_URL")
    if not server_url:
        pytest.skip(
            "PostgreSQL tests need TEST_DATABASE_URL, "
            "e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"
        )
    yield from _fresh_postgresql_database(server_url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated engine on the parametrized backend."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()
