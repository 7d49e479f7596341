"""PostgreSQL stopped and started under a running bot: while it is down, requests fail
cleanly (an answer saying so, nothing half-written); once it is back, the bot carries on
without a restart of its own. The server stopped is a throw-away one of the test's own,
never the machine's shared server."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from sqlmodel import Session, func, select

from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.forms import form, open_form, text_of
from tests.support.own_postgresql import BINDIR, OwnPostgreSQL, own_postgresql
from tests.support.running_bot import RunningBot

pytestmark = pytest.mark.skipif(
    BINDIR is None, reason="needs PostgreSQL's server binaries (initdb, pg_ctl)"
)


@pytest.fixture
def server() -> Iterator[OwnPostgreSQL]:
    """A PostgreSQL server of this test's own, to stop under the bot: never the shared one."""
    with own_postgresql() as own:
        yield own


@pytest.fixture
def database_url(server: OwnPostgreSQL) -> str:
    """The bot's database: on the test's own server (overrides the shared fixture)."""
    return server.url


def _status(running: RunningBot, probe: str) -> int:
    try:
        with urllib.request.urlopen(f"{running.base_url}/{probe}", timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _metrics(running: RunningBot) -> dict[str, float]:
    """The samples of ``/metrics`` without labels, by name."""
    with urllib.request.urlopen(f"{running.base_url}/metrics", timeout=10) as response:
        lines = response.read().decode().splitlines()
    return {
        name: float(value)
        for name, value in (line.rsplit(" ", 1) for line in lines if line and line[0] != "#")
        if "{" not in name
    }


def _counts(running: RunningBot) -> tuple[int, int, int, int]:
    with Session(running.engine) as session:
        return tuple(  # type: ignore[return-value]
            session.exec(select(func.count()).select_from(model)).one()
            for model in (Incident, Step, ChecklistItem, AuditEvent)
        )


def test_requests_fail_cleanly_while_the_database_is_down(
    running: RunningBot, server: OwnPostgreSQL
) -> None:
    view = open_form(running)
    running.slack.slash_command("list")
    running.fake.wait_for("response_url")
    before = _counts(running)
    up = _metrics(running)
    assert (up["safeguarding_database_up"], up["safeguarding_outbox_depth"]) == (1, 0)
    server.stop()
    try:
        assert _status(running, "readyz") == 503  # out of rotation
        assert _status(running, "healthz") == 200  # but alive: not to be restarted
        down = _metrics(running)  # the backlog keeps its last value; database_up says why
        assert (down["safeguarding_database_up"], down["safeguarding_outbox_depth"]) == (0, 0)
        answer = running.slack.view_submission(view=view, state_values=form()).json()
        assert answer["response_action"] == "errors"
        assert "nothing was stored" in text_of(answer["errors"])
        assert running.slack.slash_command("list").status == 200
        told = running.fake.wait_for("response_url", count=2, timeout=20)[1]
        assert "database" in text_of(told.params)
    finally:
        server.start()
    deadline = time.monotonic() + 30
    while _status(running, "readyz") != 200:
        assert time.monotonic() < deadline, "the bot did not reconnect"
        time.sleep(0.5)
    assert _counts(running) == before  # nothing half-written
    answer = running.slack.view_submission(view=view, state_values=form()).json()
    assert answer["response_action"] == "update"  # the same form, submitted again, works
    running.fake.wait_for("views.update", timeout=20)
    assert _counts(running)[0] == before[0] + 1
