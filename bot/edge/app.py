"""Builds the Bolt app: the Slack client, the partnership's runtime, the listeners."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from sqlalchemy.engine import Engine

from bot import listeners
from bot.config import Settings
from bot.edge.ack_first import AckFirst
from bot.edge.metrics import ACK_SECONDS, REQUESTS, outcome, request_kind
from bot.flows.access import Access
from bot.logs import about_request
from bot.rules import Rules
from bot.runtime import Runtime, utc_now


def slack_client(
    settings: Settings, *, ride_out: bool = True, logger: logging.Logger | None = None
) -> WebClient:
    """A Web API client for SLACK_API_URL that rides out brief outages and rate limits.

    Without ``ride_out`` a failure is raised at once: the scheduler retries from the
    database with a backoff instead, so one failing reminder never holds up the others.
    """
    assert settings.slack_bot_token is not None
    handlers = [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=2),
        ServerErrorRetryHandler(max_retry_count=2),
    ]
    return WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=handlers if ride_out else [],
        logger=logger,
    )


class BotApp(App):
    """Bolt's app, measured (requests by kind and outcome, time to the ack), each request's
    log lines naming it, and drained on stop: once :meth:`drain` is called a new request
    gets a 503 while those already in and the work after their acks are let finish."""

    def __init__(self, *, ack_first: AckFirst, runtime: Runtime, **options: Any) -> None:
        super().__init__(**options)
        #: What the HTTP server's calendar feeds read (the listeners' own runtime).
        self.runtime = runtime
        self._ack_first = ack_first
        self._answering = 0
        self._stopping = False
        self._quiet = threading.Condition()

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        kind = request_kind(req.body)
        with self._quiet:
            if self._stopping:
                REQUESTS.labels(kind, "stopping").inc()
                return BoltResponse(status=503, body="stopping")
            self._answering += 1
        started = time.perf_counter()
        try:
            with about_request(kind), self._ack_first.answering(req.body):
                response = super().dispatch(req)
        finally:
            with self._quiet:
                self._answering -= 1
                self._quiet.notify_all()
        answer = outcome(response.status)
        if answer == "ok":  # a refusal (a forged signature, say) is no ack
            ACK_SECONDS.labels(kind).observe(time.perf_counter() - started)
        REQUESTS.labels(kind, answer).inc()
        return response

    def drain(self, timeout: float) -> bool:
        """Refuse new requests; wait up to ``timeout`` seconds for the requests being
        answered and the work after their acks. False if some were still running."""
        give_up = time.monotonic() + timeout
        with self._quiet:
            self._stopping = True
            while self._answering and (left := give_up - time.monotonic()) > 0:
                self._quiet.wait(left)
            answered = self._answering == 0
        return self.wait_idle(max(give_up - time.monotonic(), 0.0)) and answered

    def wait_idle(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the work after the acks so far. False if
        some was still running."""
        return self._ack_first.executor.wait_idle(timeout)


def build_app(
    settings: Settings,
    engine: Engine,
    rules: Rules,
    clock: Callable[[], datetime] = utc_now,
) -> BotApp:
    """The bot's Bolt app. Bolt checks no signatures: over HTTP the endpoint has checked
    each request before Bolt parses it (:mod:`bot.edge.server`), and Socket Mode has none.

    Each request is answered from its own thread as soon as its ack function has run
    (``process_before_response``); the work behind the answer runs after it on Bolt's
    listener executor (:func:`bot.listeners.guard.after_ack`), held back while other
    requests are being answered (``AckFirst``), so acks do not queue behind other
    requests' work."""
    assert settings.safeguarding_channel is not None
    client = slack_client(settings)
    access = Access(
        client,
        settings.safeguarding_channel,
        settings.safeguarding_usergroup,
        external_teams=settings.external_teams(),
    )
    runtime = Runtime(
        engine,
        rules,
        settings.safeguarding_channel,
        access,
        clock,
        year_start=settings.reporting_year_start(),
        public_url=settings.safeguarding_public_url,
        calendar_pseudonyms=settings.safeguarding_calendar_pseudonyms,
    )
    ack_first = AckFirst()
    app = BotApp(
        ack_first=ack_first,
        runtime=runtime,
        # Named, as Bolt would otherwise name it by inspect.stack(): a look-up of every
        # loaded module's path, tenths of a second at start.
        name="safeguarding-bot",
        client=client,
        request_verification_enabled=False,
        process_before_response=True,
        listener_executor=ack_first.executor,
    )
    listeners.register(app, runtime)
    return app
