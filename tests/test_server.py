"""The HTTP endpoint's routes, apart from the Slack flows tested end to end elsewhere."""

from __future__ import annotations

import signal
import threading
import time
import urllib.error
import urllib.request
from typing import NoReturn

import pytest
from slack_bolt import App
from sqlalchemy.engine import Engine

from bot.edge.server import HttpServer
from tests.support.fake_slack import FakeSlackAPI
from tests.support.running_bot import http_settings


@pytest.mark.parametrize("events", [True, False])
def test_slack_events_are_served_only_when_they_can_be_verified(
    engine: Engine, events: bool
) -> None:
    app = App(signing_secret="secret", token_verification_enabled=False, token="xoxb-test")
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret="secret" if events else None)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
            assert response.status == 200
        request = urllib.request.Request(f"{base}/slack/events", data=b"payload=%7B%7D")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == (401 if events else 404)
    finally:
        server.stop()
        thread.join(timeout=5)


def test_liveness_stays_up_and_readiness_goes_down_without_the_database() -> None:
    """A database outage takes every replica out of rotation, but restarts none of them."""
    from storage.db import make_engine

    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = App(signing_secret="secret", token_verification_enabled=False, token="xoxb-test")
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret="secret")
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        with urllib.request.urlopen(f"{base}/healthz", timeout=10) as live:
            assert (live.status, live.read()) == (200, b"ok\n")
        with pytest.raises(urllib.error.HTTPError) as unavailable:
            urllib.request.urlopen(f"{base}/readyz", timeout=10)
        assert unavailable.value.code == 503
        assert b"database: unavailable" in unavailable.value.read()
    finally:
        server.stop()
        thread.join(timeout=5)


@pytest.mark.parametrize("work", [0.5, 5.0])
def test_serving_ends_after_the_stop_has_let_the_work_finish_or_given_up(
    engine: Engine, work: float
) -> None:
    """``serve()`` returns (and ``run`` logs "stopped") only once the stop is done: the
    work after the acks finished (True), or the grace period ran out on it (False). Served
    from the main thread and stopped from a signal handler, as ``run`` does: the signal
    cuts the server's wait on its sockets short as the stop closes one of them."""
    app = App(signing_secret="secret", token_verification_enabled=False, token="xoxb-test")
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret="secret")
    drained: list[float] = []

    def drain(timeout: float) -> bool:
        time.sleep(min(work, timeout))
        drained.append(time.monotonic())
        return work <= timeout

    def stop(_signum: int, _frame: object) -> None:
        threading.Thread(target=server.stop, args=(drain, 1.0), daemon=True).start()

    previous = signal.signal(signal.SIGALRM, stop)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        started = time.monotonic()
        finished = server.serve()
        ended = time.monotonic()
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert finished is (work < 1.0)
    assert drained and ended >= drained[0]  # not while the work was still running
    assert ended - started < 0.3 + 1.5  # the grace period bounds the wait


def test_building_the_app_walks_no_stack(
    fake: FakeSlackAPI, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bolt names an unnamed app by ``inspect.stack()``, which looks up the path of every
    loaded module: tenths of a second of the start. The bot's app is named."""
    import inspect

    from bot.edge.app import build_app
    from bot.rules import load_rules

    def walked(*_: object) -> NoReturn:
        raise AssertionError("inspect.stack() at start")

    monkeypatch.setattr(inspect, "stack", walked)
    assert build_app(http_settings(fake), engine, load_rules()).name == "safeguarding-bot"
