"""Shared fixtures: every storage-backed test runs on SQLite and on PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server we may create databases on; each
test gets its own freshly created database, dropped afterwards. Unset, those tests are
skipped; set but unreachable, they error, so CI can never pass without running them.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

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
    with scratch_postgresql_database(server_url, "sgtest") as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated engine on the parametrized backend."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()
