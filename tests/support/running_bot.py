"""The real bot behind its real HTTP endpoint, talking to the fake Slack Web API.

Tests send it signed requests exactly as Slack would (``running.slack``) and read what it
did from the fake (``running.fake``) and the database (``running.engine``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.edge.app import BotApp, build_app
from bot.edge.server import HttpServer, socket_mode
from bot.rules import load_rules
from tests.support.fake_slack import FakeSlackAPI
from tests.support.fake_socket_mode import FakeSocketMode, SocketModeRequests, app_token
from tests.support.slack_requests import CHANNEL_ID, USER_ID, SlackRequests

SIGNING_SECRET = "test-signing-secret-0001"
OWNER_ID = "U0LEADPOL1"  # the police lead, a channel member
OUTSIDER_ID = "U0OUTSIDE1"  # in the workspace, not in the partnership channel


class Clock:
    """A clock the test moves by hand; the bot reads it for "now" and "today"."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class RunningBot:
    fake: FakeSlackAPI
    slack: SlackRequests  # SocketModeRequests for a bot in Socket Mode
    engine: Engine
    clock: Clock
    base_url: str
    app: BotApp


def _until_waiting(server: HttpServer) -> None:
    """Until waitress's worker threads have all started and wait for work: a request before
    then is queued and waitress logs "Task queue depth is 1", a line the tests of what a
    request logs do not expect (seen with the machine busy, as with the suite in parallel).
    """
    dispatcher = server._server.task_dispatcher  # waitress 3.0's, as bot/edge/server.py uses
    deadline = time.monotonic() + 5
    while dispatcher.active_count and time.monotonic() < deadline:
        time.sleep(0.001)


@pytest.fixture
def fake() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI() as fake:
        fake.add_user(OWNER_ID, name="police.lead")
        fake.add_user(OUTSIDER_ID, name="someone.else")
        fake.add_channel(CHANNEL_ID, "lscp-incidents", is_private=True, members=[USER_ID, OWNER_ID])
        yield fake


def http_settings(fake: FakeSlackAPI, **given: Any) -> Settings:
    """The settings of a bot taking Slack's requests over HTTP from ``fake``."""
    return Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=fake.url,
        safeguarding_channel=CHANNEL_ID,
        **given,
    )


@pytest.fixture
def running(
    fake: FakeSlackAPI, engine: Engine, request: pytest.FixtureRequest
) -> Iterator[RunningBot]:
    """The bot on the shipped rules; settings beyond the usual, and other rules (``rules``),
    come from indirect parametrization, e.g.
    ``@pytest.mark.parametrize("running", [{"safeguarding_usergroup": "S1"}], indirect=True)``.
    """
    given = dict(getattr(request, "param", {}))
    rules = given.pop("rules", None) or load_rules()
    settings = http_settings(fake, **given)
    clock = Clock(datetime(2026, 11, 23, 10, 30, tzinfo=UTC))  # a Monday
    app = build_app(settings, engine, rules, clock)
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    _until_waiting(server)
    base_url = f"http://127.0.0.1:{server.port}"
    slack = SlackRequests(
        f"{base_url}/slack/events", SIGNING_SECRET, response_url_base=fake.hooks_url
    )
    yield RunningBot(fake, slack, engine, clock, base_url, app)
    # The work after the acks ends before the fake Slack does: else it would go on calling
    # a stopped fake, and log its failures into the next test's output.
    server.stop(app.drain)
    thread.join(timeout=5)


@pytest.fixture
def socket_running(fake: FakeSlackAPI, engine: Engine) -> Iterator[RunningBot]:
    """The bot in Socket Mode, as ``safeguarding-bot run`` starts it with SLACK_APP_TOKEN
    and no signing secret: connected out to a fake Socket Mode server whose URL the fake
    Web API hands out, and serving only ``/healthz`` over HTTP. ``running.slack`` sends
    each request as an envelope and returns the bot's ack."""
    server = FakeSocketMode().start()
    fake.socket_mode = server
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_app_token=app_token(),
        slack_api_url=fake.url,
        safeguarding_channel=CHANNEL_ID,
    )
    assert settings.slack_app_token is not None
    clock = Clock(datetime(2026, 11, 23, 10, 30, tzinfo=UTC))  # a Monday
    app = build_app(settings, engine, load_rules(), clock)
    http = HttpServer(app, engine, "127.0.0.1", 0, signing_secret=None)
    thread = threading.Thread(target=http.serve, daemon=True)
    thread.start()
    _until_waiting(http)
    handler = socket_mode(app, settings.slack_app_token.get_secret_value())
    server.wait_connected()
    slack = SocketModeRequests(server, response_url_base=fake.hooks_url)
    yield RunningBot(fake, slack, engine, clock, f"http://127.0.0.1:{http.port}", app)
    # The server closes first (the client's own close waits out a 3 s receive timeout),
    # and the client is told not to take that for a close to reconnect from.
    handler.client.auto_reconnect_enabled = False
    server.stop()
    deadline = time.monotonic() + 5
    while handler.client.is_connected() and time.monotonic() < deadline:
        time.sleep(0.01)  # the client's reader closes its end when it reads the close
    handler.close()  # type: ignore[no-untyped-call]
    http.stop(app.drain)
    thread.join(timeout=5)
