"""Socket Mode, as the manifest sets the bot up: every kind of request arrives as an
envelope over the bot's own websocket to Slack, is acked on it, and is answered; the
connection comes back when Slack refreshes it or the network drops it; and a rejected
app token stops the bot at start with one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cases import choose, items_of, log_case, message
from tests.support.fake_slack import FakeSlackAPI
from tests.support.fake_socket_mode import FakeSocketMode, SocketModeRequests, app_token
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID


def test_a_slash_command_is_acked_and_opens_the_form(socket_running: RunningBot) -> None:
    view = open_form(socket_running)  # views.open with the trigger of the envelope
    assert view["callback_id"] == "incident_form"
    assert socket_running.fake.calls("apps.connections.open")[0].token.startswith("xapp-")


def test_a_slash_command_reply_goes_to_its_response_url(socket_running: RunningBot) -> None:
    answer = socket_running.slack.slash_command("list")
    assert answer.status == 200 and answer.body == ""  # acked at once, empty
    reply = socket_running.fake.wait_for("response_url")[0]
    assert "There are no open cases." in text_of(reply.params)


def test_a_form_submission_is_answered_in_its_ack(socket_running: RunningBot) -> None:
    view = open_form(socket_running)
    answer = socket_running.slack.view_submission(view=view, state_values=form())
    assert answer.json()["response_action"] == "update"
    assert "Received and kept safely" in text_of(answer.json()["view"])
    updated = socket_running.fake.wait_for("views.update")[0]
    assert "Logged as *SI-2026-0001*" in text_of(updated.view)
    assert any(
        "SI-2026-0001 · Child K" in text_of(m.get("blocks"))
        for m in socket_running.fake.messages(CHANNEL_ID)
    )


def test_a_menu_choice_is_acked_and_redraws_the_checklist(socket_running: RunningBot) -> None:
    incident = log_case(socket_running)
    first = items_of(socket_running)[0]
    answer = choose(socket_running, "checklist_item", f"done:{first.id}")
    assert answer.status == 200 and answer.body == ""
    assert socket_running.fake.wait_for("chat.update")[0].params["ts"] == incident.checklist_ts
    assert f"done by <@{USER_ID}>" in message(socket_running, incident.checklist_ts)
    assert items_of(socket_running)[0].status == "done"


def test_an_app_home_event_is_acked_and_publishes_the_home(socket_running: RunningBot) -> None:
    answer = socket_running.slack.app_home_opened(USER_ID)
    assert answer.status == 200 and answer.body == ""
    socket_running.fake.wait_for("views.publish")
    home = socket_running.fake.home_view(USER_ID)
    assert home is not None and "Open cases" in text_of(home)


def _command_still_answered(running: RunningBot, server: FakeSocketMode, count: int) -> None:
    server.wait_connected(count, timeout=20)
    # A fresh URL for each connection: each one Slack hands out is good once.
    assert len(running.fake.calls("apps.connections.open")) == count
    assert server.refused == 0
    running.slack.slash_command("help")
    assert "/incident list" in text_of(running.fake.wait_for("response_url")[-1].params)


def test_a_refreshed_connection_is_replaced(socket_running: RunningBot) -> None:
    assert isinstance(socket_running.slack, SocketModeRequests)
    server = socket_running.slack.server
    server.refresh()  # Slack's "disconnect" message, sent every few hours
    _command_still_answered(socket_running, server, 2)


def test_a_dropped_connection_is_re_established(socket_running: RunningBot) -> None:
    assert isinstance(socket_running.slack, SocketModeRequests)
    server = socket_running.slack.server
    server.close()  # Slack's end of the connection went away (the client takes ~10 s)
    _command_still_answered(socket_running, server, 2)


@pytest.fixture
def socket_slack() -> Iterator[tuple[FakeSlackAPI, FakeSocketMode]]:
    with FakeSlackAPI() as fake, FakeSocketMode() as server:
        fake.socket_mode = server
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        yield fake, server


def _run_command(tmp_path: Path, fake: FakeSlackAPI) -> subprocess.Popen[str]:
    """``safeguarding-bot run`` as a partnership runs it in Socket Mode: an app token and
    no signing secret."""
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_APP_TOKEN=app_token(),
        SLACK_API_URL=fake.url,
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
    )
    env.pop("SLACK_SIGNING_SECRET", None)
    return subprocess.Popen(
        [shutil.which("safeguarding-bot") or "", "run", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_run_command_answers_over_socket_mode(
    tmp_path: Path, socket_slack: tuple[FakeSlackAPI, FakeSocketMode]
) -> None:
    fake, server = socket_slack
    process = _run_command(tmp_path, fake)
    try:
        deadline = time.monotonic() + 30
        while server.connections < 1:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the bot did not connect"
            time.sleep(0.1)
        server.wait_connected()
        slack = SocketModeRequests(server, response_url_base=fake.hooks_url)
        assert slack.slash_command("help").status == 200
        assert "/incident list" in text_of(fake.wait_for("response_url")[0].params)
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_rejected_app_token_is_one_line_at_start(
    tmp_path: Path, socket_slack: tuple[FakeSlackAPI, FakeSocketMode]
) -> None:
    fake, server = socket_slack
    fake.fail("apps.connections.open", error="invalid_auth")
    process = _run_command(tmp_path, fake)
    try:
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 2, err
    assert "Traceback" not in err and "Failed to retrieve" not in err
    assert err.splitlines()[-1] == (
        "safeguarding-bot: SLACK_APP_TOKEN: Slack refused the app-level token (invalid_auth): "
        "generate one with the connections:write scope (Basic Information → App-Level Tokens) "
        "and set it again"
    )
    assert server.connections == 0
