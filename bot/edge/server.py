"""Serving the bot: an HTTP endpoint for Slack's requests (waitress, a production WSGI
server with a thread pool) with ``/healthz``, ``/readyz`` and ``/metrics``, and Socket Mode
for networks Slack cannot reach in (the HTTP server still serves the three, and the
calendar feeds)."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import make_wsgi_app
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.request import BoltRequest
from slack_bolt.request.internals import (
    build_normalized_headers,
    extract_content_type,
    parse_body,
)
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from waitress import wasyncore
from waitress.server import create_server

from bot.config import ConfigError
from bot.edge.ack_first import URGENT_WORKERS, WORKERS
from bot.edge.app import BotApp
from bot.edge.feed_server import CalendarEndpoint
from bot.edge.metrics import REQUESTS, TICKS, registry, request_kind
from bot.edge.payloads import malformed, readable_signature
from bot.edge.scheduler import INTERVAL
from bot.usecases.read_models import FEED_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from slack_bolt.adapter.socket_mode import SocketModeHandler


logger = logging.getLogger(__name__)

#: A scheduler whose last tick started longer ago than this is not ready.
STALE_TICK = 3 * INTERVAL.total_seconds()

#: Worker threads answering requests. Python runs one at a time, so more do not answer
#: faster: at 20 and 40 clients 20 threads gave no better acks than 8 beyond the noise
#: (benchmarks/ack_latency.py). A request waiting for one is not yet in the ack histogram:
#: ``safeguarding_http_queue_depth`` shows it, and says when a replica is short of threads.
THREADS = 8

#: Database connections a serving process keeps: one for each thread that may need one at
#: once (the request threads, the work after acks, the work that opens forms, and the
#: scheduler's tick), so none waits for a connection: SQLAlchemy's 5, and 10 more at a
#: peak, were fewer than those threads. In Socket Mode its client's 10 threads answer Slack
#: beside these (which then serve only the probes): the 10 more at a peak are theirs.
CONNECTIONS = THREADS + WORKERS + URGENT_WORKERS + 1

#: Slack's payloads are a few kilobytes; anything far larger is not Slack.
MAX_BODY_BYTES = 1024 * 1024


class _SlackEndpoint(SlackRequestHandler):
    """Bolt's WSGI adapter, verifying and checking a request before Bolt reads it.

    The signature is checked first (slack_sdk's verifier; Bolt's own is left off): anyone
    on the internet can post here, so nothing they send is parsed until it is known to be
    Slack's (a 401). A signed body that does not parse, or is not of a shape the bot takes, is a
    400 (:func:`bot.edge.payloads.malformed`). Each refusal is one log line, naming no value."""

    def __init__(self, app: App, signing_secret: str) -> None:
        super().__init__(app, path="/slack/events")
        self._verifier = SignatureVerifier(signing_secret)

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        headers = build_normalized_headers(request.get_headers())
        timestamp = headers.get("x-slack-request-timestamp", [""])[0]
        signature = headers.get("x-slack-signature", [""])[0]
        environ = request.environ
        raw: bytes = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        try:
            text = raw.decode()
        except UnicodeDecodeError:  # not Slack's, and the verifier cannot read it
            return _refused(400, "a request whose body is not UTF-8")
        signed = readable_signature(timestamp, signature)
        if not (signed and self._verifier.is_valid(text, timestamp, signature)):
            return _refused(401, "a request without a valid signature", level=logging.INFO)
        try:
            body = parse_body(text, extract_content_type(headers))
        except (ValueError, RecursionError):  # not JSON or a form, or nested too deep
            return _refused(400, "a signed request whose body does not parse")
        if (problem := malformed(body)) is not None:
            kind = request_kind(body) if isinstance(body, dict) else "other"
            return _refused(400, f"a malformed signed request ({problem})", kind)
        return self.app.dispatch(
            BoltRequest(body=text, query=request.query_string, headers=dict(headers))
        )


def _refused(
    status: int, what: str, kind: str = "other", level: int = logging.WARNING
) -> BoltResponse:
    logger.log(level, "refused %s", what)
    REQUESTS.labels(kind, "refused").inc()
    answer = "invalid request" if status == 401 else "malformed request"
    return BoltResponse(status=status, body=answer)


class Readiness:
    """What ``/readyz`` reports besides the database: this process's scheduler (if it
    ticks) and the Socket Mode connection (if there is one)."""

    def __init__(self, *, scheduler: bool = False) -> None:
        self.scheduler = scheduler
        self.socket_mode: SocketModeHandler | None = None

    def lines(self) -> Iterator[tuple[bool, str]]:
        if self.scheduler:
            age, waited = TICKS.age(), TICKS.waited()
            fresh = waited < STALE_TICK
            if age is None:
                yield fresh, f"scheduler: no tick yet ({waited:.0f} s since start)"
            else:
                yield fresh, f"scheduler: last tick {age:.0f} s ago"
        else:
            yield True, "scheduler: not run by this process"
        if self.socket_mode is not None:
            connected = self.socket_mode.client.is_connected()
            yield connected, f"socket mode: {'connected' if connected else 'not connected'}"


def wsgi_app(
    app: App,
    engine: Engine,
    signing_secret: str | None,
    readiness: Readiness | None = None,
    queue_depth: Callable[[], int] | None = None,
) -> WSGIApplication:
    """``GET /healthz`` (liveness: the process answers; a database outage must not have
    every replica restarted at once), ``/readyz`` (the database, the scheduler's last tick,
    the Socket Mode connection: whether this replica can work), ``/metrics`` (Prometheus
    text), people's calendar feeds (:mod:`bot.edge.feed_server`) and, given the
    ``signing_secret`` that verifies them, ``POST /slack/events`` for Slack (left out in
    Socket Mode without one, where nothing could verify that a request came from Slack).
    ``queue_depth`` reads the server's queue of requests waiting for a thread, for
    /metrics."""
    slack = _SlackEndpoint(app, signing_secret) if signing_secret else None
    feeds = CalendarEndpoint(app.runtime) if isinstance(app, BotApp) else None
    ready = readiness or Readiness()
    metrics = make_wsgi_app(registry(engine, queue_depth))

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == "/metrics":
            scraped: Iterable[bytes] = metrics(environ, start_response)
            return scraped
        if feeds is not None and str(path).startswith(FEED_PATH):
            return feeds(environ, start_response)
        if path == "/healthz":
            status, body = "200 OK", b"ok\n"
        elif path == "/readyz":
            status, body = _ready(engine, ready)
        elif slack is not None:
            return slack(environ, start_response)
        else:
            status, body = "404 Not Found", b"not found\n"
        start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
        return [body]

    return application


def _database_answers(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


def _ready(engine: Engine, readiness: Readiness) -> tuple[str, bytes]:
    database = _database_answers(engine)
    checks = [(database, f"database: {'ok' if database else 'unavailable'}")]
    checks += readiness.lines()
    ok = all(good for good, _ in checks)
    body = "".join(f"{line}\n" for _, line in checks)
    return ("200 OK" if ok else "503 Service Unavailable"), body.encode()


class HttpServer:
    """A waitress server for the bot: ``serve()`` blocks until ``stop()`` is called."""

    def __init__(
        self,
        app: App,
        engine: Engine,
        host: str,
        port: int,
        *,
        signing_secret: str | None,
        threads: int = THREADS,
        readiness: Readiness | None = None,
    ) -> None:
        self.readiness = readiness or Readiness()
        self._server = create_server(
            wsgi_app(app, engine, signing_secret, self.readiness, self._queue_depth),
            host=host,
            port=port,
            threads=threads,
            max_request_body_size=MAX_BODY_BYTES,
            ident="safeguarding-bot",
        )
        self._stopping = threading.Event()
        self._finished = True  # until a stop leaves work running
        self._stopped = threading.Event()
        #: Set once the server takes requests (the scheduler's first tick waits for it).
        self.serving = threading.Event()

    def _queue_depth(self) -> int:
        """Requests read and waiting for a worker thread (waitress's task queue)."""
        return len(self._server.task_dispatcher.queue)

    @property
    def port(self) -> int:
        """The port it listens on (useful when asked for port 0)."""
        return int(self._server.effective_port)  # type: ignore[union-attr]  # one socket

    def serve(self) -> bool:
        """Serve until :meth:`stop` has ended; False if it left work still running."""
        try:
            # What start-up built lives as long as the process: kept out of the collector's
            # full passes, which would otherwise stall every request for tens of ms.
            gc.freeze()
            self.serving.set()
            self._server.run()
        except OSError:
            if not self._stopping.is_set():  # a closed socket is how a stop ends the loop
                raise
        if self._stopping.is_set():
            # The loop may end once the listening socket is closed, before the requests in
            # flight and the work after their acks have: stop() waits for those (bounded).
            self._stopped.wait()
        return self._finished

    def stop(self, drain: Callable[[float], bool] | None = None, timeout: float = 5) -> None:
        """Stop listening; let the requests in flight (and, given ``drain``, the work
        after their acks) finish, up to ``timeout`` seconds; then close every connection.
        ``serve()`` returns once this has.

        Waitress (3.0) has no public way to stop gracefully, hence its internals here and
        the upper bound on its version in pyproject.toml."""
        self._stopping.set()
        try:
            self._stop(drain, timeout)
        finally:
            self._stopped.set()

    def _stop(self, drain: Callable[[float], bool] | None, timeout: float) -> None:
        give_up = time.monotonic() + timeout
        server: Any = self._server
        wasyncore.dispatcher.close(server)  # new connections are refused from now on
        if drain is not None and not drain(timeout):
            self._finished = False
            logger.warning("stopping with work still running after %.0f s", timeout)
        server.task_dispatcher.shutdown(timeout=max(give_up - time.monotonic(), 0.1))
        # The answers handed to waitress go out before their connections close.
        while time.monotonic() < give_up and any(
            getattr(channel, "total_outbufs_len", 0) for channel in list(server._map.values())
        ):
            time.sleep(0.01)
        for channel in list(server._map.values()):
            channel.close()


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A Socket Mode connection to Slack, connected: the bot dials out (no inbound URL is
    needed) and slack_sdk's built-in client reconnects by itself when Slack asks it to or
    closes the connection. A token Slack refuses is a ``ConfigError`` naming SLACK_APP_TOKEN.

    The first websocket URL is asked for here rather than inside the client, whose own
    failure is a multi-line log entry and then a traceback. Imported only here: an HTTP
    deployment never loads Socket Mode."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.edge.preflight import app_token_error

    handler = SocketModeHandler(app, app_token)
    try:
        opened = app.client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        handler.close()  # type: ignore[no-untyped-call]
        raise app_token_error(exc) from None
    handler.client.wss_uri = str(opened["url"])
    try:
        handler.connect()  # type: ignore[no-untyped-call]
    except (SlackClientError, OSError) as exc:
        handler.close()  # type: ignore[no-untyped-call]
        raise ConfigError(
            f"SLACK_APP_TOKEN: could not open the Socket Mode connection ({exc}): check that "
            "this server can reach Slack through the network, proxy or firewall"
        ) from None
    return handler
