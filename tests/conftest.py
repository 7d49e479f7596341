"""Shared fixtures: every storage-backed test runs on SQLite and on PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server we may create databases on; each
test gets its own database, dropped afterwards. Unset, those tests are skipped; set but
unreachable, they error, so CI can never pass without running them.

Migrating takes most of a storage test's time, so each backend is migrated once per run
(per xdist worker) into a template, and a test that uses ``engine`` gets its own copy of
it: a copied file on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL.
"""

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url

from storage.db import make_engine, migrate
from tests.support.scratch_database import scratch_postgresql_database

# The running bot and the fake Slack API, for the end-to-end tests; the scheduler's world;
pytest_plugins = (
    "tests.support.running_bot",
    "tests.support.scheduler_world",
    "tests.support.yearly_seed",  # the seeded reporting year the command line reads
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgres: runs against PostgreSQL (needs TEST_DATABASE_URL)"
    )
    config.addinivalue_line(
        "markers", "migrates: its ``engine`` is migrated from empty, not copied from a template"
    )


def _server_url() -> str:
    server_url = os.environ.get("TEST_DATABASE_URL")
    if not server_url:
        pytest.skip(
            "PostgreSQL tests need TEST_DATABASE_URL, "
            "e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"
        )
    return server_url


def _migrated(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()  # a PostgreSQL template cannot be copied while connected to


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, one journal file and all, to copy for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    _migrated(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:  # fold the WAL back into the file
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return path


@pytest.fixture(scope="session")
def postgresql_template() -> Iterator[str]:
    """The name of a migrated database on the test server, this xdist worker's own to copy:
    no other worker's test can be connected to it while it is copied."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with scratch_postgresql_database(_server_url(), f"sgtemplate_{worker}") as url:
        _migrated(url)
        name = make_url(url).database
        assert name is not None
        yield name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of this test's own database on the parametrized backend: migrated (a copy
    of the template) when the test uses ``engine`` and is not marked ``migrates``, else
    empty and unmigrated."""
    copy = "engine" in request.fixturenames and not request.node.get_closest_marker("migrates")
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        if copy:
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgresql_template") if copy else None
    with scratch_postgresql_database(_server_url(), "sgtest", template=template) as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated engine on the parametrized backend (migrating a copy is a quick no-op)."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()
