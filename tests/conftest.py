"""Shared fixtures: every storage-backed test runs on SQLite and on PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server we may create databases on; each
test gets its own database, dropped afterwards. Unset, those tests are skipped; set but
unreachable, they error, so CI can never pass without running them.

Migrating takes most of a storage test's time, so each backend is migrated once per run
(per xdist worker) into a template, and a test that uses ``engine`` gets its own copy of
it: a copied file on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL. The reporting
year of ``tests.support.yearly_seed`` is seeded once the same way, for tests that use
``seeded_year``.
"""

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url

from storage.db import make_engine, migrate
from tests.support.scratch_database import BackgroundDrops, scratch_postgresql_database

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


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: three workers a CPU, at most eight. A test spends most of its time
    waiting on the running bot's threads, the fake Slack and the database, not computing
    (its summed time is about four times the suite's CPU time), so one worker a CPU
    leaves the CPUs idle; eight keeps a big machine within PostgreSQL's connections."""
    return min(8, 3 * (os.cpu_count() or 1))


def _server_url() -> str:
    server_url = os.environ.get("TEST_DATABASE_URL")
    if not server_url:
        pytest.skip(
            "PostgreSQL tests need TEST_DATABASE_URL, "
            "e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"
        )
    return server_url


def _prepared(url: str, seed: Callable[[Engine], None] | None) -> None:
    engine = make_engine(url)
    try:
        migrate(engine)
        if seed is not None:
            seed(engine)
    finally:
        engine.dispose()  # a PostgreSQL template cannot be copied while connected to


def _seed_year(engine: Engine) -> None:
    from tests.support.yearly_seed import seed_year  # a plugin: imported once registered

    seed_year(engine)


def _sqlite_template(
    factory: pytest.TempPathFactory, seed: Callable[[Engine], None] | None
) -> Path:
    """A migrated (and seeded) SQLite file, one journal file and all, to copy per test."""
    path = factory.mktemp("template") / "template.db"
    _prepared(f"sqlite:///{path}", seed)
    with sqlite3.connect(path) as connection:  # fold the WAL back into the file
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return path


@contextmanager
def _postgresql_template(prefix: str, seed: Callable[[Engine], None] | None) -> Iterator[str]:
    """The name of a migrated (and seeded) database on the test server, this xdist
    worker's own to copy: no other worker's test can be connected to it while it is
    copied."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with scratch_postgresql_database(_server_url(), f"{prefix}_{worker}") as url:
        _prepared(url, seed)
        name = make_url(url).database
        assert name is not None
        yield name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _sqlite_template(tmp_path_factory, None)


@pytest.fixture(scope="session")
def sqlite_year_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reporting year of ``tests.support.yearly_seed``, seeded once per run."""
    return _sqlite_template(tmp_path_factory, _seed_year)


@pytest.fixture(scope="session")
def postgresql_template() -> Iterator[str]:
    with _postgresql_template("sgtemplate", None) as name:
        yield name


@pytest.fixture(scope="session")
def postgresql_year_template() -> Iterator[str]:
    """The reporting year of ``tests.support.yearly_seed``, seeded once per run."""
    with _postgresql_template("sgyear", _seed_year) as name:
        yield name


@pytest.fixture(scope="session")
def background_drops() -> Iterator[BackgroundDrops]:
    """Test databases dropped on a thread of their own, so no test waits for the last."""
    drops = BackgroundDrops()
    yield drops
    drops.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of this test's own database on the parametrized backend: migrated (a copy
    of the template, or of the seeded year's when the test uses ``seeded_year``) when the
    test uses ``engine`` and is not marked ``migrates``, else empty and unmigrated."""
    copy = "engine" in request.fixturenames and not request.node.get_closest_marker("migrates")
    year = "_year" if "seeded_year" in request.fixturenames else ""
    template = request.getfixturevalue(f"{request.param}{year}_template") if copy else None
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        if template is not None:
            shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    drops = request.getfixturevalue("background_drops")
    with scratch_postgresql_database(
        _server_url(), "sgtest", template=template, drop=drops.drop
    ) as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated engine on the parametrized backend (migrating a copy is a quick no-op)."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()
