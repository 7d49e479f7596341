"""A serving process keeps a database connection for each of its threads that may need
one at once, so that none of them waits for a connection another holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.config import ConfigError, Settings
from bot.edge import database
from bot.edge.ack_first import AckFirst
from bot.edge.server import CONNECTIONS, THREADS
from storage.db import OVERFLOW, POOL_SIZE, make_engine
from tests.test_bad_settings import one_line


def test_the_pool_has_a_connection_for_each_thread() -> None:
    gate = AckFirst()  # as bot.edge.app builds it
    after_ack = gate.executor._max_workers + gate.executor._urgent._max_workers
    gate.executor.shutdown()
    threads = THREADS + after_ack + 1  # and the scheduler's tick
    assert threads == CONNECTIONS
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", pool_size=CONNECTIONS)
    assert engine.pool.size() == CONNECTIONS  # type: ignore[attr-defined]
    offline = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert offline.pool.size() == POOL_SIZE  # type: ignore[attr-defined]


def test_the_deployment_guide_says_how_many_connections_a_replica_opens() -> None:
    guide = (Path(__file__).parent.parent / "docs" / "deploy.md").read_text()
    assert f"opens up to {CONNECTIONS + OVERFLOW} connections" in guide
    assert f"each of its {CONNECTIONS} threads" in guide
    assert f"the other commands use up to {POOL_SIZE + OVERFLOW}." in guide


def test_run_opens_the_database_with_that_pool(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for name, value in {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SAFEGUARDING_CHANNEL": "C0PARTNERS",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    asked: list[int] = []

    def open_database(settings: Settings, *, pool_size: int = POOL_SIZE) -> Engine:
        asked.append(pool_size)
        raise ConfigError("DATABASE_URL: stopped here")

    monkeypatch.setattr(database, "open_database", open_database)
    assert one_line(capsys, "run") == "safeguarding-bot: DATABASE_URL: stopped here"
    assert asked == [CONNECTIONS]
