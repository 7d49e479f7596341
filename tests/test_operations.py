"""Running it as a council's IT team does: readiness, metrics, logs they can read, and a
stop that lets the work in flight finish."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy import update
from sqlmodel import Session, col, func, select

from bot import release
from bot.edge.cli import GRACE
from bot.edge.server import HttpServer, Readiness
from bot.logs import about_request, configure
from storage.db import MIGRATIONS_DIR, make_engine, migrate, session_scope
from storage.models import Reminder
from tests.support.due_reminders import seed_due_cases
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import form
from tests.support.running_bot import SIGNING_SECRET, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, SlackRequests
from tests.support.travelled_bot import ROOT, command, working_hours_now


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def sample(metrics: str, name: str) -> float:
    """The value of one sample line of Prometheus text, e.g. ``name{label="x"}``."""
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_metrics_say_how_many_requests_wait_for_a_worker_thread(running: RunningBot) -> None:
    """With the one worker held by a form whose membership check waits on Slack, a scrape
    queued next reads the two requests queued behind it."""
    server = HttpServer(
        running.app, running.engine, "127.0.0.1", 0, signing_secret=SIGNING_SECRET, threads=1
    )
    serving = threading.Thread(target=server.serve, daemon=True)
    serving.start()
    slack = SlackRequests(
        f"http://127.0.0.1:{server.port}/slack/events",
        SIGNING_SECRET,
        response_url_base=running.fake.hooks_url,
    )
    running.fake.delay("conversations.members", 1.0, times=1)
    scraped: list[str] = []
    senders = [
        threading.Thread(target=lambda: slack.view_submission("incident_form", form())),
        threading.Thread(
            target=lambda: scraped.append(get(f"http://127.0.0.1:{server.port}/metrics")[1])
        ),
        threading.Thread(target=lambda: slack.slash_command("help")),
        threading.Thread(target=lambda: slack.slash_command("help")),
    ]
    try:
        for sender in senders:
            sender.start()
            time.sleep(0.2)  # each queued behind the one before
        for sender in senders:
            sender.join(10)
        assert running.app.wait_idle(10)  # the form logged and the help replied
        assert sample(scraped[0], "safeguarding_http_queue_depth") == 2
        _, idle = get(f"http://127.0.0.1:{server.port}/metrics")
        assert "safeguarding_http_queue_depth 0.0" in idle
    finally:
        server.stop()
        serving.join(5)


def test_metrics_count_requests_and_acks_and_read_the_backlog(running: RunningBot) -> None:
    _, before = get(f"{running.base_url}/metrics")
    ok = 'safeguarding_requests_total{kind="command",outcome="ok"}'
    assert running.slack.slash_command("help").status == 200
    assert running.slack.slash_command("help", forge=True).status == 401
    running.fake.wait_for("response_url")
    status, after = get(f"{running.base_url}/metrics")
    assert status == 200
    assert sample(after, ok) == sample(before, ok) + 1
    count = 'safeguarding_ack_seconds_count{kind="command"}'
    assert sample(after, count) == sample(before, count) + 1
    # A forged request is refused before it is read: it is of no kind the bot knows.
    refused = 'safeguarding_requests_total{kind="other",outcome="refused"}'
    assert sample(after, refused) == sample(before, refused) + 1
    assert "safeguarding_ack_seconds_bucket" in after
    assert sample(after, "safeguarding_outbox_depth") == 0
    assert "safeguarding_received_reports_waiting 0.0" in after
    for name in ("safeguarding_reminders_total", "safeguarding_tick_seconds"):
        assert f"# TYPE {name.removesuffix('_total')}" in after
    # What an operator's dashboards expect of any process, and which release it runs.
    assert sample(after, "safeguarding_database_up") == 1
    assert sample(after, f'safeguarding_build_info{{version="{release()}"}}') == 1
    assert sample(after, "process_resident_memory_bytes") > 0
    assert sample(after, "process_open_fds") > 0
    assert "python_info{" in after


def test_readyz_reports_database_scheduler_and_socket_mode(running: RunningBot) -> None:
    status, body = get(f"{running.base_url}/readyz")
    assert (status, body) == (200, "database: ok\nscheduler: not run by this process\n")
    assert get(f"{running.base_url}/healthz") == (200, "ok\n")


def test_readyz_is_not_ready_without_the_database_or_a_connection() -> None:
    class Disconnected:
        class client:
            @staticmethod
            def is_connected() -> bool:
                return False

    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = App(signing_secret="secret", token_verification_enabled=False, token="xoxb-test")
    readiness = Readiness(scheduler=True)
    readiness.socket_mode = Disconnected()  # type: ignore[assignment]
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret=None, readiness=readiness)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        status, body = get(f"http://127.0.0.1:{server.port}/readyz")
        assert status == 503
        lines = body.splitlines()
        assert lines[0] == "database: unavailable"
        assert lines[1].startswith("scheduler: ")
        assert lines[2] == "socket mode: not connected"
        status, metrics = get(f"http://127.0.0.1:{server.port}/metrics")
        assert status == 200 and "safeguarding_requests" in metrics  # served without a database
        assert sample(metrics, "safeguarding_database_up") == 0
        assert "safeguarding_outbox_depth NaN" in metrics  # never read: not a made-up 0
    finally:
        server.stop()
        thread.join(timeout=5)


def test_json_logs_carry_the_request_and_never_other_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure("INFO", "json")
    try:
        log = logging.getLogger("bot.test")
        with about_request("command"):
            log.info("answered %s", "SI-2026-0001", extra={"case": "SI-2026-0001"})
            log.warning("typed text", extra={"summary": "Ella Walsh, 12 Acacia Road"})
        log.debug("not at INFO")
        try:
            raise ValueError("boom\nsecond line")
        except ValueError:
            log.exception("failed")
    finally:
        configure("INFO", "text")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3  # one object a line, a traceback included
    first, second, third = map(json.loads, lines)
    assert set(first) == {"time", "level", "logger", "message", "request", "request_id", "case"}
    assert (first["level"], first["logger"], first["message"]) == (
        "INFO",
        "bot.test",
        "answered SI-2026-0001",
    )
    assert first["request"] == "command" and first["request_id"] == second["request_id"]
    assert "Acacia" not in lines[1]  # a field outside the list is never written
    assert "request" not in third and "ValueError: boom" in third["exception"]


def test_text_logs_keep_a_message_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    configure("INFO", "text")
    with about_request("block_actions"):
        logging.getLogger("slack_sdk").error("The request failed.\nThe server responded: x")
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "The request failed. The server responded: x [request=block_actions request_id=" in err


def test_a_start_at_the_current_schema_logs_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(engine)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="storage.db"):  # whatever an earlier test set
        migrate(engine)
    head = sorted(p.stem[:4] for p in MIGRATIONS_DIR.joinpath("versions").glob("0*.py"))[-1]
    assert [r.getMessage() for r in caplog.records] == [
        f"database schema up to date (revision {head})"
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(database_url: str, fake: FakeSlackAPI, port: int) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        SLACK_API_URL=fake.url,
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
        LOG_FORMAT="json",
    )
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen(  # on the test's clock, perhaps moved into working hours
        command(datetime.now(UTC), "run", "--host", "127.0.0.1", "--port", str(port)),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    while get_quietly(f"http://127.0.0.1:{port}/healthz") != 200:
        assert process.poll() is None, process.stderr and process.stderr.read()
        assert time.monotonic() < deadline, "the bot did not start"
        time.sleep(0.1)
    return process


def get_quietly(url: str) -> int | None:
    try:
        return get(url)[0]
    except OSError:
        return None


@pytest.mark.parametrize("held", [2.0, GRACE + 20])
def test_sigterm_lets_the_request_in_flight_finish_then_exits_0(
    tmp_path: Path, held: float
) -> None:
    """A request acked, its work (asking Slack for the members, then answering by the
    response_url) still under way when SIGTERM comes: new requests are refused, the answer
    still goes out if Slack takes it within the grace period (else it is given up), then
    "stopped" is logged and the process exits 0, within the grace period either way."""
    database_url = f"sqlite:///{tmp_path / 'bot.db'}"
    port = _free_port()
    with FakeSlackAPI() as fake:
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        process = _start(database_url, fake, port)
        slack = SlackRequests(
            f"http://127.0.0.1:{port}/slack/events", "secret", response_url_base=fake.hooks_url
        )
        deadline = time.monotonic() + 10  # the scheduler's first tick, as /readyz sees it
        while "scheduler: last tick" not in (ready := get(f"http://127.0.0.1:{port}/readyz"))[1]:
            assert time.monotonic() < deadline, ready
            time.sleep(0.1)
        assert ready[0] == 200 and ready[1].startswith("database: ok\nscheduler: last tick ")
        fake.delay("response_url", held)
        assert slack.slash_command("list").status == 200  # acked; the answer is in flight
        time.sleep(0.3)
        process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        time.sleep(0.3)
        assert get_quietly(f"http://127.0.0.1:{port}/healthz") is None  # no longer listening
        code = process.wait(timeout=GRACE + 10)
        took = time.monotonic() - signalled
        log = process.stderr.read() if process.stderr else ""
        answered = [call for call in fake.calls("response_url") if call.ok]
    assert code == 0, log
    messages = [json.loads(line)["message"] for line in log.splitlines()]
    assert "SIGTERM: stopping" in messages and messages[-1] == "stopped", messages
    if held < GRACE:
        assert len(answered) == 1 and answered[0].delayed == held
        assert took > held - 0.6  # it waited for the answer
    else:
        assert answered == []
        assert f"stopping with work still running after {GRACE:.0f} s" in messages
        assert took < GRACE + 3  # Python did not wait at exit for the work given up


def test_sigint_hands_back_the_reminders_claimed_and_not_sent(tmp_path: Path) -> None:
    """A tick sending a batch of due reminders, Slack slow: SIGINT ends it after the send
    under way; the rest are handed back (no claim held) and the process exits 0. In working
    hours (the clocks are moved there if need be), as reminders leave only then."""
    database_url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = make_engine(database_url)
    migrate(engine)
    port = _free_port()
    with time_machine.travel(working_hours_now(), tick=True), FakeSlackAPI() as fake:
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        due = seed_due_cases(engine, WebClient(token="xoxb-test", base_url=fake.url), 10)
        with session_scope(engine) as session:  # due a minute ago, by the test's clock
            session.exec(  # type: ignore[call-overload]
                update(Reminder)
                .where(col(Reminder.id).in_(due))
                .values(due_at=datetime.now(UTC) - timedelta(minutes=1))
            )
        fake.clear()
        fake.delay("chat.postMessage", 0.5)
        process = _start(database_url, fake, port)
        fake.wait_for("chat.postMessage", timeout=20)  # the tick is sending
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=25)
        sent = len([c for c in fake.calls("chat.postMessage") if c.ok])
    assert code == 0, process.stderr and process.stderr.read()
    with Session(engine) as session:
        held = session.exec(
            select(func.count()).select_from(Reminder).where(col(Reminder.claimed_by).is_not(None))
        ).one()
        done = session.exec(
            select(func.count()).select_from(Reminder).where(Reminder.status == "sent")
        ).one()
    assert held == 0
    assert sent >= 1 and 1 <= done < len(due)  # it stopped long before sending all it had due
    engine.dispose()
