"""The HTTP endpoint's routes, apart from the Slack flows tested end to end elsewhere."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
from slack_bolt import App
from sqlalchemy.engine import Engine

from bot.server import HttpServer


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
