"""A local fake of Slack's Socket Mode server, and requests sent through it.

Why: Socket Mode is the manifest's default and the usual set-up inside a council network,
so the real bot's real Socket Mode client (slack_sdk's built-in one, which Bolt's
``SocketModeHandler`` uses) must be driven the way Slack drives it: the bot asks the Web
API's ``apps.connections.open`` for a one-time ``ws://`` URL (answered by
:class:`tests.support.fake_slack.FakeSlackAPI` from :meth:`FakeSocketMode.issue_url`), opens a
websocket to it, is greeted with ``hello``, and receives each request as an envelope
(``slash_commands``, ``interactive``, ``events_api``) with an ``envelope_id`` it must ack
on the same socket within 3 seconds, the ack carrying any response payload.

:class:`SocketModeRequests` builds every request exactly as
:class:`tests.support.slack_requests.SlackRequests` does (same fields, same ids), then sends it as
an envelope instead of a signed HTTP POST, and returns the ack as a ``Response``, so a
test written against the HTTP endpoint runs unchanged in Socket Mode.
"""

from __future__ import annotations

import itertools
import json
import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Unpack

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request
from websockets.http11 import Response as HandshakeResponse
from websockets.sync.server import Server, ServerConnection, serve

from tests.support.slack_requests import APP_ID, NO_HOOKS_URL, Response, SendOptions, SlackRequests

#: Seconds Slack waits for an envelope's ack before it gives up on it (and retries events).
ACK_TIMEOUT = 3.0


class EnvelopeType(StrEnum):
    """The ``type`` of the envelopes Slack sends over a Socket Mode connection."""

    HELLO = "hello"
    DISCONNECT = "disconnect"
    SLASH_COMMANDS = "slash_commands"
    INTERACTIVE = "interactive"
    EVENTS_API = "events_api"


@dataclass(frozen=True)
class Ack:
    """What the bot sent back for one envelope."""

    envelope_id: str
    payload: dict[str, Any] | None
    connection: int  # which connection (1, 2, …) it came over


class NoAck(AssertionError):
    """The bot did not ack an envelope in time: Slack would show the person an error."""


class FakeSocketMode:
    """Slack's Socket Mode endpoint on 127.0.0.1: ``ws://127.0.0.1:PORT/link/?ticket=…``.

    Each URL :meth:`issue_url` hands out is good for one connection, as Slack's are.
    :meth:`send` delivers an envelope over the newest open connection and waits for its
    ack; :meth:`refresh` asks the bot to reconnect as Slack does every few hours, and
    :meth:`close` closes the connection from Slack's side.
    """

    def __init__(self, *, app_id: str = APP_ID) -> None:
        self.app_id = app_id
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._tickets: set[str] = set()
        self._open: list[tuple[int, ServerConnection]] = []
        self._numbers = itertools.count(1)
        self._acks: dict[str, Ack] = {}
        self._connections = 0  # connections ever opened (each one greeted with hello)
        self.refused = 0  # handshakes refused: no ticket, or one already used
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> FakeSocketMode:
        self._server = serve(
            self._connection,
            "127.0.0.1",
            0,
            process_request=self._check_ticket,
            compression=None,
            # Slack pings too; the bot's client answers pings and sends its own.
            ping_interval=None,
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-socket-mode", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() it first"
        return int(self._server.socket.getsockname()[1])

    def issue_url(self) -> str:
        """A one-time websocket URL, as ``apps.connections.open`` answers with."""
        ticket = str(uuid.uuid4())
        with self._lock:
            self._tickets.add(ticket)
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={self.app_id}"

    # -- the server side of a connection -------------------------------------------------

    def _check_ticket(self, connection: ServerConnection, request: Request) -> Any:
        """Refuse a handshake whose ticket this server did not issue, or issued and saw used."""
        query = request.path.partition("?")[2]
        ticket = dict(part.partition("=")[::2] for part in query.split("&")).get("ticket", "")
        with self._lock:
            if ticket in self._tickets:
                self._tickets.discard(ticket)
                return None
            self.refused += 1
        refusal: HandshakeResponse = connection.respond(401, "invalid ticket\n")
        return refusal

    def _connection(self, connection: ServerConnection) -> None:
        with self._changed:
            number = next(self._numbers)
            self._open.append((number, connection))
            self._connections += 1
            self._changed.notify_all()
        try:
            connection.send(json.dumps(self._hello()))
            for message in connection:
                self._received(number, message)
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                self._open = [(n, c) for n, c in self._open if n != number]
                self._changed.notify_all()

    def _hello(self) -> dict[str, Any]:
        return {
            "type": EnvelopeType.HELLO,
            "num_connections": len(self._open),
            "debug_info": {
                "host": "applink-fake-0",
                "build_number": 1,
                "approximate_connection_time": 18060,
            },
            "connection_info": {"app_id": self.app_id},
        }

    def _received(self, number: int, message: str | bytes) -> None:
        try:
            ack = json.loads(message)
        except ValueError:
            return  # Slack ignores what it cannot read; the envelope then goes unacked
        if not isinstance(ack, dict) or not isinstance(ack.get("envelope_id"), str):
            return
        payload = ack.get("payload")
        with self._changed:
            self._acks[ack["envelope_id"]] = Ack(
                ack["envelope_id"], payload if isinstance(payload, dict) else None, number
            )
            self._changed.notify_all()

    # -- what tests do -------------------------------------------------------------------

    @property
    def connections(self) -> int:
        """How many connections the bot has opened so far."""
        with self._lock:
            return self._connections

    def wait_connected(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until the bot has opened ``count`` connections and closed all but the
        newest (a reconnecting client closes the old one once the new one is open)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not (self._connections >= count and len(self._open) == 1):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected connection {count} within {timeout}s; "
                        f"{self._connections} opened, {len(self._open)} open"
                    )
                self._changed.wait(left)

    def send(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        accepts_response_payload: bool,
        retry_attempt: int = 0,
        retry_reason: str = "",
        timeout: float = ACK_TIMEOUT,
    ) -> Ack:
        """Deliver one envelope over the newest connection and wait for its ack."""
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": dict(payload),
            "type": kind,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == EnvelopeType.EVENTS_API:
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        with self._lock:
            if not self._open:
                raise AssertionError("the bot has no Socket Mode connection open")
            connection = self._open[-1][1]
        connection.send(json.dumps(envelope))
        deadline = time.monotonic() + timeout
        with self._changed:
            while envelope_id not in self._acks:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise NoAck(f"no ack for the {kind} envelope {envelope_id} within {timeout}s")
                self._changed.wait(left)
            return self._acks[envelope_id]

    def refresh(self) -> None:
        """Slack's ``disconnect`` message (``refresh_requested``): reconnect elsewhere."""
        with self._lock:
            connection = self._open[-1][1]
        message = {
            "type": EnvelopeType.DISCONNECT,
            "reason": "refresh_requested",
            "debug_info": {"host": "applink-fake-0"},
        }
        connection.send(json.dumps(message))

    def close(self) -> None:
        """Close the connection as Slack does when one of its servers goes away (1001)."""
        with self._lock:
            connection = self._open[-1][1]
        connection.close(1001, "going away")


class SocketModeRequests(SlackRequests):
    """:class:`SlackRequests`, delivered as Socket Mode envelopes through ``server``.

    The answer is a ``Response`` made from the ack: status 200 and the ack's payload as
    its JSON body (empty when the ack has none). There is no signature in Socket Mode:
    the connection itself is authenticated by the app-level token.
    """

    def __init__(
        self, server: FakeSocketMode, *, response_url_base: str = NO_HOOKS_URL, **kwargs: Any
    ) -> None:
        super().__init__("ws://socket-mode", "", response_url_base=response_url_base, **kwargs)
        self.server = server

    def raw(self, body: bytes | str, *args: Any, **kwargs: Any) -> Response:
        raise TypeError("Socket Mode carries JSON envelopes, not raw HTTP bodies")

    def _form(self, fields: Mapping[str, str], **opts: Unpack[SendOptions]) -> Response:
        # A slash command's fields arrive as a JSON object, not form-encoded.
        return self._deliver(EnvelopeType.SLASH_COMMANDS, dict(fields), True, opts)

    def _interactive(self, payload: dict[str, Any], **opts: Unpack[SendOptions]) -> Response:
        # Only a modal's submission (and options requests) may be answered in the ack.
        answers = payload.get("type") in ("view_submission", "block_suggestion")
        return self._deliver(EnvelopeType.INTERACTIVE, payload, answers, opts)

    def _json(self, payload: dict[str, Any], **opts: Unpack[SendOptions]) -> Response:
        if payload.get("type") == "url_verification":
            raise TypeError("Slack sends no url_verification in Socket Mode")
        return self._deliver(EnvelopeType.EVENTS_API, payload, False, opts)

    def _deliver(
        self, kind: str, payload: dict[str, Any], answers: bool, opts: SendOptions
    ) -> Response:
        ack = self.server.send(
            kind,
            payload,
            accepts_response_payload=answers,
            retry_attempt=opts.get("retry_num") or 0,
            retry_reason=opts.get("retry_reason") or "",
        )
        body = json.dumps(ack.payload) if ack.payload is not None else ""
        headers = {"content-type": "application/json"} if body else {}
        return Response(status=200, headers=headers, body=body, sent=payload)


def app_token() -> str:
    """An app-level token shaped like Slack's (``xapp-1-A…-…-…``)."""
    return f"xapp-1-{APP_ID}-{secrets.randbelow(10**13)}-{secrets.token_hex(32)}"
