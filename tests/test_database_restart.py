"""PostgreSQL stopped and started under a running bot: while it is down, requests fail
cleanly (an answer saying so, nothing half-written); once it is back, the bot carries on
without a restart of its own."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import RunningBot

pytestmark = pytest.mark.skipif(
    shutil.which("pg_ctlcluster") is None, reason="needs a local PostgreSQL cluster to restart"
)


def _cluster(action: str) -> None:
    version = next(Path("/etc/postgresql").iterdir()).name
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action, "-m", "fast"]
        if action == "stop"
        else ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
        check=True,
        capture_output=True,
    )


def _health(running: RunningBot) -> int:
    try:
        with urllib.request.urlopen(f"{running.base_url}/healthz", timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _counts(running: RunningBot) -> tuple[int, int, int, int]:
    with Session(running.engine) as session:
        return tuple(  # type: ignore[return-value]
            session.exec(select(func.count()).select_from(model)).one()
            for model in (Incident, Step, ChecklistItem, AuditEvent)
        )


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_requests_fail_cleanly_while_the_database_is_down(running: RunningBot) -> None:
    view = open_form(running)
    running.slack.slash_command("list")
    running.fake.wait_for("response_url")
    before = _counts(running)
    _cluster("stop")
    try:
        assert _health(running) == 503
        answer = running.slack.view_submission(view=view, state_values=form()).json()
        assert answer["response_action"] == "errors"
        assert "nothing was stored" in text_of(answer["errors"])
        assert running.slack.slash_command("list").status == 200
        told = running.fake.wait_for("response_url", count=2, timeout=20)[1]
        assert "database" in text_of(told.params)
    finally:
        _cluster("start")
    deadline = time.monotonic() + 30
    while _health(running) != 200:
        assert time.monotonic() < deadline, "the bot did not reconnect"
        time.sleep(0.5)
    assert _counts(running) == before  # nothing half-written
    answer = running.slack.view_submission(view=view, state_values=form()).json()
    assert answer["response_action"] == "update"  # the same form, submitted again, works
    running.fake.wait_for("views.update", timeout=20)
    assert _counts(running)[0] == before[0] + 1
