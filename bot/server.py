"""Serving the bot: an HTTP endpoint for Slack's requests (waitress, a production WSGI
server with a thread pool) with ``/healthz``, and Socket Mode for networks Slack cannot
reach in."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from waitress.server import create_server

from bot.config import ConfigError
from bot.payloads import has_request_time, is_well_formed

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from slack_bolt.adapter.socket_mode import SocketModeHandler

logger = logging.getLogger(__name__)

#: Slack's payloads are a few kilobytes; anything far larger is not Slack.
MAX_BODY_BYTES = 1024 * 1024


class _SlackEndpoint(SlackRequestHandler):
    """Bolt's WSGI adapter, but a body that is not well-formed gets a 400, not a 500.

    The shape check runs before Bolt's signature check, and reveals nothing: a request of
    the right shape with a bad signature still gets Bolt's 401."""

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        try:
            bolt_request = BoltRequest(
                body=request.get_body(), query=request.query_string, headers=request.get_headers()
            )
        except (ValueError, AttributeError, TypeError):
            # JSON or form encoding that does not parse, or JSON that is not an object
            # (Bolt's parser assumes one): not a request Slack sent.
            return BoltResponse(status=400, body="malformed request")
        if bolt_request.body and not is_well_formed(bolt_request.body):
            return BoltResponse(status=400, body="malformed request")
        if not has_request_time(bolt_request.headers):
            # Bolt's signature check would fail to read it (a 500); it is no signature.
            return BoltResponse(status=401, body="invalid request")
        return self.app.dispatch(bolt_request)


def wsgi_app(app: App, engine: Engine, events: bool = True) -> WSGIApplication:
    """``GET /healthz`` for load balancers and probes and, with ``events``, ``POST
    /slack/events`` for Slack (left out in Socket Mode without a signing secret, where
    nothing could verify that a request came from Slack)."""
    slack = _SlackEndpoint(app, path="/slack/events")

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            status, body = _health(engine)
        elif events:
            return slack(environ, start_response)
        else:
            status, body = "404 Not Found", b"not found\n"
        start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
        return [body]

    return application


def _health(engine: Engine) -> tuple[str, bytes]:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return "503 Service Unavailable", b"database unavailable\n"
    return "200 OK", b"ok\n"


class HttpServer:
    """A waitress server for the bot: ``serve()`` blocks until ``stop()`` is called."""

    def __init__(
        self, app: App, engine: Engine, host: str, port: int, *, events: bool, threads: int = 8
    ) -> None:
        self._server = create_server(
            wsgi_app(app, engine, events),
            host=host,
            port=port,
            threads=threads,
            max_request_body_size=MAX_BODY_BYTES,
            ident="safeguarding-bot",
        )
        self._stopping = threading.Event()
        #: Set once the server takes requests (the scheduler's first tick waits for it).
        self.serving = threading.Event()

    @property
    def port(self) -> int:
        """The port it listens on (useful when asked for port 0)."""
        return int(self._server.effective_port)  # type: ignore[union-attr]  # one socket

    def serve(self) -> None:
        try:
            # What start-up built lives as long as the process: kept out of the collector's
            # full passes, which would otherwise stall every request for tens of ms.
            gc.freeze()
            self.serving.set()
            self._server.run()
        except OSError:
            if not self._stopping.is_set():  # a closed socket is how a stop ends the loop
                raise

    def stop(self) -> None:
        """Let requests in flight finish (up to 5 s), then close the listening socket."""
        self._stopping.set()
        self._server.task_dispatcher.shutdown(timeout=5)
        self._server.close()


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A Socket Mode connection to Slack, connected: the bot dials out (no inbound URL is
    needed) and slack_sdk's built-in client reconnects by itself when Slack asks it to or
    closes the connection. A token Slack refuses is a ``ConfigError`` naming SLACK_APP_TOKEN.

    The first websocket URL is asked for here rather than inside the client, whose own
    failure is a multi-line log entry and then a traceback. Imported only here: an HTTP
    deployment never loads Socket Mode."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token)
    try:
        opened = app.client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        handler.close()  # type: ignore[no-untyped-call]
        error = exc.response.get("error") or "no reason given"
        raise ConfigError(
            f"SLACK_APP_TOKEN: Slack refused it ({error}); generate an app-level token with "
            "the connections:write scope under Basic Information > App-Level Tokens"
        ) from None
    handler.client.wss_uri = str(opened["url"])
    handler.connect()  # type: ignore[no-untyped-call]
    return handler
