"""``LOG_FORMAT=json``: every line the process writes, on standard output and standard
error, is one JSON object -- ours, the libraries', Python's warnings and an exception no
one catches -- so a log collector drops or misparses none."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.edge.scheduler import _Ticks
from bot.flows.access import Access
from bot.logs import configure
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import Incident, Reminder
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import form, open_form
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, SlackRequests
from tests.test_operations import _free_port, get_quietly

ROOT = Path(__file__).resolve().parent.parent
PSEUDONYM = "Child Juniper"


def json_lines(text: str, stream: str) -> list[dict[str, object]]:
    """Each line of ``text`` as the JSON object it must be."""
    lines = []
    for number, line in enumerate(text.splitlines(), 1):
        try:
            parsed = json.loads(line)
        except ValueError:
            pytest.fail(f"{stream} line {number} is not JSON: {line!r}")
        assert isinstance(parsed, dict), f"{stream} line {number} is not an object: {line!r}"
        lines.append(parsed)
    return lines


def test_every_line_the_running_bot_writes_is_json(tmp_path: Path) -> None:
    """The bot started on an empty database (so the migrations log), answering a command
    and refusing a forged one, meeting a warning, an unraisable error and an exception in a
    thread, stopped by SIGTERM, then an exception in the main thread: every line of both
    streams parses, and each of those is a line of its own."""
    port = _free_port()
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
        LOG_FORMAT="json",
        LOG_LEVEL="INFO",
    )
    env.pop("SLACK_APP_TOKEN", None)
    with FakeSlackAPI() as fake, out.open("w") as stdout, err.open("w") as stderr:
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        env["SLACK_API_URL"] = fake.url
        command = [sys.executable, "-m", "tests.support.noisy_bot", "run", "--host", "127.0.0.1"]
        process = subprocess.Popen(
            [*command, "--port", str(port)], cwd=ROOT, env=env, stdout=stdout, stderr=stderr
        )
        try:
            deadline = time.monotonic() + 20
            while "raised in a thread" not in err.read_text():
                assert process.poll() is None, err.read_text()
                assert time.monotonic() < deadline, err.read_text()
                time.sleep(0.1)
            assert get_quietly(f"http://127.0.0.1:{port}/healthz") == 200
            slack = SlackRequests(
                f"http://127.0.0.1:{port}/slack/events", "secret", response_url_base=fake.hooks_url
            )
            assert slack.slash_command("help").status == 200
            assert slack.slash_command("help", forge=True).status == 401
            fake.wait_for("response_url")
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=25)
        finally:
            if process.poll() is None:
                process.kill()
    assert code == 1, err.read_text()  # the exception after the stop
    assert json_lines(out.read_text(), "stdout") == []
    lines = json_lines(err.read_text(), "stderr")
    said = {(line["logger"], line["message"]) for line in lines}
    assert (
        "bot.edge.cli",
        f"Taking Slack's requests at http://127.0.0.1:{port}/slack/events",
    ) in said
    assert ("bot.edge.cli", "Sending reminders from this process.") in said
    assert any(str(logger).startswith("alembic") for logger, _ in said)
    assert ("apscheduler.scheduler", "Scheduler started") in said  # a library's line
    warned = [line for line in lines if line["logger"] == "py.warnings"]
    assert len(warned) == 1 and "UserWarning: a library's warning" in str(warned[0]["message"])
    uncaught = {str(line["exception"]).splitlines()[-1] for line in lines if "exception" in line}
    assert uncaught == {
        "RuntimeError: raised in a finaliser",
        "RuntimeError: raised in a thread",
        "RuntimeError: raised after the stop",
    }


@pytest.fixture
def json_logs() -> Iterator[None]:
    configure("INFO", "json")
    yield
    configure("INFO", "text")


def _raise_in_thread(exc: BaseException) -> None:
    def fail() -> None:
        raise exc

    thread = threading.Thread(target=fail, name="worker")
    thread.start()
    thread.join()


def test_a_warning_and_uncaught_exceptions_are_one_record_each(
    json_logs: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("going away\nsoon", DeprecationWarning, stacklevel=1)
    try:
        raise ValueError("in the main thread\nsecond line")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    _raise_in_thread(KeyError("in a thread"))
    _raise_in_thread(SystemExit(3))  # a thread's exit, silent as Python has it
    warned, main, thread = json_lines(capsys.readouterr().err, "stderr")
    assert (warned["level"], warned["logger"]) == ("WARNING", "py.warnings")
    assert "DeprecationWarning: going away\nsoon" in str(warned["message"])
    assert (main["level"], main["message"]) == ("CRITICAL", "uncaught exception")
    assert str(main["exception"]).endswith("ValueError: in the main thread\nsecond line")
    assert thread["message"] == "uncaught exception in thread worker"
    assert str(thread["exception"]).endswith("KeyError: 'in a thread'")


def test_the_text_format_gives_python_its_own_hooks_back() -> None:
    """Text logs leave warnings and tracebacks as Python writes them (and a test runner's
    hooks in place), however many times JSON was set up before."""
    hooks = (sys.excepthook, threading.excepthook, sys.unraisablehook, warnings.showwarning)
    configure("INFO", "json")
    configure("INFO", "json")
    assert sys.excepthook is not hooks[0] and warnings.showwarning is not hooks[3]
    configure("INFO", "text")
    assert (sys.excepthook, threading.excepthook, sys.unraisablehook, warnings.showwarning) == hooks


def test_lines_about_a_case_or_reminders_name_them_and_nothing_more(
    json_logs: None, running: RunningBot, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case whose card Slack refuses (in the work after the form's ack), posted by the
    next tick with the reminders then due: each of those lines names the case by its
    reference, or the reminders by their ids, and the pseudonym appears nowhere."""
    running.fake.fail("chat.postMessage", error="internal_error", times=1)
    running.slack.view_submission(view=open_form(running), state_values=form(pseudonym=PSEUDONYM))
    running.fake.wait_for("views.update")
    with Session(running.engine) as session:
        reference = session.exec(select(Incident.reference)).one()
    running.clock.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # a Tuesday, in hours
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    access = Access(client, CHANNEL_ID)
    _Ticks(Runtime(running.engine, load_rules(), CHANNEL_ID, access, running.clock), client, None)()
    with Session(running.engine) as session:
        sent = session.exec(select(Reminder.id).where(Reminder.status == "sent")).all()

    written = capsys.readouterr().err
    lines = json_lines(written, "stderr")
    refused = [line for line in lines if "to Slack failed" in str(line["message"])]
    assert [(line["case"], line["request"]) for line in refused] == [(reference, "view_submission")]
    ticked = [line for line in lines if line["logger"] == "bot.edge.scheduler"]
    posted = [line for line in ticked if str(line["message"]).startswith("posted")]
    assert [line["case"] for line in posted] == [reference]
    carried = [line["reminder"] for line in ticked if str(line["message"]).startswith("sent")]
    assert carried and sorted(i for ids in carried for i in ids) == sorted(sent)
    assert "reminder" not in ticked[-1] and "case" not in ticked[-1]  # the tick's summary
    assert PSEUDONYM not in written
