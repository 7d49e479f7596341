"""A local fake of the Slack Web API that the real bot talks to in tests.

Why: the bot must be tested through real HTTP with the real ``slack_sdk.WebClient``
(``WebClient(base_url=fake.url)``), so that encoding, auth headers, pagination, retries
and error handling are exercised as in production, without touching the internet. The
fake records every call, answers with Slack-shaped responses, keeps just enough state
(messages, views, members) for assertions, and injects faults on demand.

It refuses what Slack refuses where a bot could get it wrong: a trigger_id used twice,
not issued by ``tests.support.slack_requests`` or more than 3 seconds old; views.update of a view
it never opened; a duplicate external_id; and blocks over any Block Kit limit (see
:func:`block_errors`), in messages, views and response_url replies alike.
"""

from __future__ import annotations

import base64
import bisect
import contextlib
import copy
import itertools
import json
import re
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from tests.support.slack_requests import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    BOT_USER_NAME,
    CHANNEL_ID,
    CHANNEL_NAME,
    TEAM_DOMAIN,
    TEAM_ID,
    TEAM_NAME,
    TRIGGER_TTL,
    USER_ID,
    USER_NAME,
    dm_channel_id,
    new_view_hash,
    trigger_issued_at,
)

if TYPE_CHECKING:
    from tests.support.fake_socket_mode import FakeSocketMode

JSON_FIELDS = ("blocks", "attachments", "view", "metadata", "user_auth_blocks")
"""Params slack_sdk sends JSON-encoded when it uses a form body."""

ALL = "*"
"""Fault target meaning every method."""

Responder = Callable[[dict[str, Any]], Mapping[str, Any]]


@dataclass(frozen=True)
class Call:
    """One request the fake received, as parsed; ``fault`` names any injected fault."""

    method: str  # "chat.postMessage"; "response_url" for posts to a response_url
    params: dict[str, Any]
    headers: dict[str, str]  # lower-case names
    fault: str | None = None  # "status:500", "error:channel_not_found", "ratelimited"
    delayed: float = 0.0  # seconds an injected delay held the response
    status: int = 200
    response: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""

    def json_param(self, name: str, default: Any = None) -> Any:
        """A param decoded if slack_sdk sent it JSON-encoded (form bodies), else as is."""
        return _maybe_json(self.params.get(name, default))

    @property
    def decoded(self) -> dict[str, Any]:
        """``params`` with blocks/attachments/view/metadata decoded from JSON strings."""
        return {k: self.json_param(k) if k in JSON_FIELDS else v for k, v in self.params.items()}

    @property
    def view(self) -> dict[str, Any] | None:
        return self.json_param("view")

    @property
    def blocks(self) -> list[dict[str, Any]] | None:
        return self.json_param("blocks")

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))

    @property
    def token(self) -> str | None:
        auth = self.headers.get("authorization", "")
        if auth.startswith("Bearer "):
            return auth[len("Bearer ") :]
        return self.params.get("token")


@dataclass
class _Fault:
    method: str
    kind: str  # "status" | "error" | "ratelimited" | "delay"
    status: int = 200
    error: str = ""
    retry_after: int = 1
    seconds: float = 0.0
    remaining: int | None = None  # None: until cleared
    token: str | None = None  # None: whichever token calls

    def label(self) -> str:
        if self.kind == "status":
            return f"status:{self.status}"
        if self.kind == "error":
            return f"error:{self.error}"
        return self.kind


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, port: int, fake: FakeSlackAPI) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # clients hanging up mid-delay are expected, not noise
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "FakeSlack/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_POST(self) -> None:
        self.server.fake._handle(self)

    do_GET = do_POST

    def reply(self, status: int, body: Mapping[str, Any], headers: Mapping[str, str]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _now() -> int:
    return int(time.time())


class FakeSlackAPI:
    """Slack's Web API on 127.0.0.1, for ``WebClient(base_url=fake.url)``.

    Use as a context manager or with start()/stop(). Configure the workspace with
    add_user/add_channel/set_channel_members/set_usergroup, override any method with
    set_response, inject faults with fail/rate_limit/delay/down, and read what the bot
    sent with calls/wait_for/messages/last_view.
    """

    def __init__(self, *, validate: bool = True, trigger_ttl: float = TRIGGER_TTL) -> None:
        self.validate = validate  # Slack's block/view limits
        self.trigger_ttl = trigger_ttl  # seconds from issue to views.open/push
        self._lock = threading.RLock()
        self._arrived = threading.Condition(self._lock)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._seq = itertools.count()  # arrival order
        self._calls: list[tuple[int, Call]] = []
        self._faults: list[_Fault] = []
        self._responders: dict[str, Responder | Mapping[str, Any]] = {}
        self._next_ts = 1_700_000_000_000_100  # microseconds; +100 per message
        self._next_id = 0
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any]] = {}
        self.members: dict[str, list[str]] = {}
        self.usergroups: dict[str, list[str]] = {}
        self._messages: dict[tuple[str, str], dict[str, Any]] = {}
        self._views: dict[str, dict[str, Any]] = {}
        self._last_view_id: str | None = None
        self._home: dict[str, str] = {}
        self._used_triggers: set[str] = set()
        #: Files uploaded with files_upload_v2, by file id (content in bytes once sent).
        self.files: dict[str, dict[str, Any]] = {}
        #: The Socket Mode server apps.connections.open hands out URLs of, if any.
        self.socket_mode: FakeSocketMode | None = None
        self.add_user(BOT_USER_ID, name=BOT_USER_NAME, real_name="Safeguarding bot", is_bot=True)
        self.add_user(USER_ID, name=USER_NAME, real_name="Partnership Manager")
        self.add_channel(CHANNEL_ID, name=CHANNEL_NAME)

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> FakeSlackAPI:
        if self._server is None:
            self._serve(self._port)
        return self

    def stop(self) -> None:
        self.down()

    def __enter__(self) -> FakeSlackAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self, port: int) -> None:
        server = _Server(port, self)
        self._port = server.server_address[1]
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"fake-slack-{self._port}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread

    def down(self) -> None:
        """Close the listening socket: clients now get connection refused."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def up(self) -> None:
        """Listen again on the same port, so the bot's base_url still works."""
        if self._server is None:
            self._serve(self._port)

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """Base URL for ``WebClient(base_url=...)``; slack_sdk needs the trailing slash."""
        return f"http://127.0.0.1:{self._port}/api/"

    @property
    def hooks_url(self) -> str:
        """Base for response_urls (``SlackRequests(response_url_base=...)``)."""
        return f"http://127.0.0.1:{self._port}"

    # -- workspace configuration -------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str | None = None,
        *,
        real_name: str | None = None,
        deleted: bool = False,
        is_bot: bool = False,
        email: str | None = None,
        tz: str = "Europe/London",
        team_id: str = TEAM_ID,
    ) -> dict[str, Any]:
        """Add (or replace) a member of the workspace; returns the users.info user.

        ``team_id`` other than the workspace's makes a Slack Connect guest: someone of
        another organisation, who can be in a shared channel; users.info says their team."""
        name = name or user_id.lower()
        real = real_name if real_name is not None else name.replace(".", " ").title()
        profile: dict[str, Any] = {
            "real_name": real,
            "real_name_normalized": real,
            "display_name": name,
            "display_name_normalized": name,
            "team": team_id,
            "image_72": f"https://avatars.example.invalid/{user_id}.png",
        }
        if email:
            profile["email"] = email
        if is_bot:
            profile["bot_id"] = BOT_ID
        user = {
            "id": user_id,
            "team_id": team_id,
            "name": name,
            "deleted": deleted,
            "real_name": real,
            "tz": tz,
            "tz_label": "Greenwich Mean Time" if tz == "Europe/London" else tz,
            "tz_offset": 0,
            "profile": profile,
            "is_admin": False,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": _now(),
        }
        with self._lock:
            self.users[user_id] = user
        return user

    def add_channel(
        self,
        channel_id: str,
        name: str | None = None,
        *,
        is_private: bool = False,
        is_archived: bool = False,
        members: Iterable[str] | None = None,
    ) -> dict[str, Any]:
        """Add (or replace) a channel for conversations.info/members."""
        channel = {
            "id": channel_id,
            "name": name or channel_id.lower(),
            "is_channel": not is_private,
            "is_group": False,
            "is_im": False,
            "is_mpim": False,
            "is_private": is_private,
            "is_archived": is_archived,
            "is_general": False,
            "is_member": True,
            "is_shared": False,
            "is_ext_shared": False,
            "is_org_shared": False,
            "created": 1_690_000_000,
            "creator": USER_ID,
            "context_team_id": TEAM_ID,
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
        }
        with self._lock:
            self.channels[channel_id] = channel
            if members is not None:
                self.members[channel_id] = list(members)
            else:
                self.members.setdefault(channel_id, [])
        return channel

    def set_channel_members(self, channel: str, user_ids: Iterable[str]) -> None:
        with self._lock:
            if channel not in self.channels:
                self.add_channel(channel)
            self.members[channel] = list(user_ids)

    def set_usergroup(self, group_id: str, user_ids: Iterable[str]) -> None:
        with self._lock:
            self.usergroups[group_id] = list(user_ids)

    def set_response(self, method: str, response: Responder | Mapping[str, Any] | None) -> None:
        """Answer ``method`` with a fixed body or ``response(params)``; None restores."""
        with self._lock:
            if response is None:
                self._responders.pop(method, None)
            else:
                self._responders[method] = response

    # -- fault injection ---------------------------------------------------------------

    def _add_fault(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def fail(
        self,
        method: str | None = None,
        *,
        status: int | None = None,
        error: str | None = None,
        times: int | None = None,
    ) -> None:
        """Fail ``method`` (None: all methods) for the next ``times`` calls or until cleared.

        With ``error`` only: HTTP 200 ``{"ok": false, "error": ...}`` like Slack's API
        errors. With a ``status`` (default 500): that HTTP status.
        """
        target = method or ALL
        if error is not None and status in (None, 200):
            self._add_fault(_Fault(target, "error", error=error, remaining=times))
        else:
            code = status or 500
            err = error or ("internal_error" if code >= 500 else "invalid_request")
            self._add_fault(_Fault(target, "status", status=code, error=err, remaining=times))

    def rate_limit(
        self, method: str | None = None, *, retry_after: int = 1, times: int | None = None
    ) -> None:
        """HTTP 429 with Retry-After, as Slack answers when a method's tier is exceeded."""
        self._add_fault(
            _Fault(
                method or ALL, "ratelimited", status=429, retry_after=retry_after, remaining=times
            )
        )

    def delay(
        self,
        method: str | None = None,
        seconds: float = 1.0,
        *,
        times: int | None = None,
        token: str | None = None,
    ) -> None:
        """Hold responses for ``seconds`` (then answer normally, or with another fault);
        with ``token``, only that caller's (one client on a slow network)."""
        self._add_fault(
            _Fault(method or ALL, "delay", seconds=seconds, remaining=times, token=token)
        )

    def clear_faults(self, method: str | None = None) -> None:
        """Remove faults for ``method``, or all faults."""
        with self._lock:
            self._faults = [f for f in self._faults if method is not None and f.method != method]

    def _take_fault(self, method: str, token: str, delay: bool) -> _Fault | None:
        """The fault this call meets: one set for its token before any set for every
        caller, then the first added."""
        with self._lock:
            matching = [
                f
                for f in self._faults
                if (f.kind == "delay") == delay
                and f.method in (method, ALL)
                and f.token in (None, token)
            ]
            fault = min(matching, key=lambda f: f.token is None, default=None)
            if fault is not None and fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
            return fault

    # -- what the bot sent ---------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """Answered calls in arrival order, optionally only one method's."""
        with self._lock:
            return [c for _, c in self._calls if method in (None, c.method)]

    def clear(self) -> None:
        """Forget recorded calls (not workspace state or faults); calls still in flight
        are recorded when answered."""
        with self._lock:
            self._calls = []

    def wait_for(
        self, method: str | None = None, count: int = 1, timeout: float = 5.0
    ) -> list[Call]:
        """Wait until ``count`` calls of ``method`` were answered; the bot acks first and
        calls the Web API after, so tests must wait rather than look straight away."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(found := self.calls(method)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls()]
                    raise AssertionError(
                        f"expected {count} {method or 'any'} call(s) within {timeout}s;"
                        f" got {len(found)}. All calls: {seen}"
                    )
                self._arrived.wait(left)
            return found

    def wait_quiet(self, quiet: float = 0.5, timeout: float = 30.0) -> None:
        """Wait until no call has arrived for ``quiet`` seconds: the bot's work after its
        acks is done, so a test may end without that work meeting a stopped fake."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while time.monotonic() < deadline:
                seen = len(self._calls)
                self._arrived.wait(quiet)
                if len(self._calls) == seen:
                    return
        raise AssertionError(f"the bot was still calling Slack after {timeout}s")

    def messages(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages as they now stand (after chat.update/delete), oldest first."""
        with self._lock:
            return [
                copy.deepcopy(m) for (ch, _), m in self._messages.items() if channel in (None, ch)
            ]

    def view(self, view_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._views.get(view_id)
            return copy.deepcopy(found) if found else None

    def last_view(self) -> dict[str, Any] | None:
        """The modal most recently opened, pushed or updated (what the user sees)."""
        with self._lock:
            return self.view(self._last_view_id) if self._last_view_id else None

    def home_view(self, user_id: str) -> dict[str, Any] | None:
        with self._lock:
            view_id = self._home.get(user_id)
            return self.view(view_id) if view_id else None

    # -- request handling -----------------------------------------------------------------

    def _handle(self, req: _Handler) -> None:
        url = urllib.parse.urlsplit(req.path)
        headers = {k.lower(): v for k, v in req.headers.items()}
        length = int(headers.get("content-length") or 0)
        body = req.rfile.read(length) if length else b""
        if url.path.startswith("/upload/v1/"):
            self._upload(req, url.path.rsplit("/", 1)[-1], body, headers)
            return
        if url.path.startswith("/api/"):
            method = url.path[len("/api/") :]
        elif url.path.startswith(("/commands/", "/actions/")):
            method = "response_url"
        else:
            req.reply(404, {"ok": False, "error": "not_found"}, {})
            return
        with self._lock:
            seq = next(self._seq)
        params, parse_error = self._parse(body, headers.get("content-type", ""), url.query)
        token = "xoxb-hook" if method == "response_url" else self._token_of(params, headers)
        delayed = 0.0
        if (slow := self._take_fault(method, token, delay=True)) is not None:
            time.sleep(slow.seconds)
            delayed = slow.seconds
        status, extra_headers, fault = 200, {}, None
        if not token:
            response: dict[str, Any] = {"ok": False, "error": "not_authed"}
        elif not token.startswith(("xox", "xapp-")):
            response = {"ok": False, "error": "invalid_auth"}
        elif (method == "apps.connections.open") != token.startswith("xapp-"):
            # Only an app-level token opens a Socket Mode connection, and it does nothing else.
            response = {"ok": False, "error": "not_allowed_token_type"}
        elif (bad := self._take_fault(method, token, delay=False)) is not None:
            fault, status = bad.label(), bad.status
            response = {
                "ok": False,
                "error": "ratelimited" if bad.kind == "ratelimited" else bad.error,
            }
            if bad.kind == "ratelimited":
                extra_headers = {"Retry-After": str(bad.retry_after)}
        elif parse_error:
            response = {"ok": False, "error": parse_error}
        else:
            try:
                response = self._respond(method, params)
            except Exception as exc:  # a bug in the fake must not hang wait_for()
                status, response = 500, {"ok": False, "error": f"fake_slack_bug: {exc!r}"}
        call = Call(method, params, headers, fault, delayed, status, response, url.path)
        with self._arrived:
            bisect.insort(self._calls, (seq, call), key=lambda item: item[0])
            self._arrived.notify_all()
        with contextlib.suppress(OSError):  # the client gave up (e.g. timed out in a delay)
            req.reply(status, response, extra_headers)

    def _upload(self, req: _Handler, file_id: str, body: bytes, headers: dict[str, str]) -> None:
        """Step 2 of files_upload_v2: the file's bytes POSTed to the URL step 1 issued
        (no token: the URL is the credential). Slack answers in plain text."""
        with self._lock:
            seq = next(self._seq)
            upload = self.files.get(file_id)
            if upload is not None and upload["content"] is None:
                upload["content"] = body
                status, text = 200, f"OK - {len(body)}"
            else:
                status, text = 404, "not found"
        call = Call("file_upload", {"file_id": file_id}, headers, status=status, path=req.path)
        with self._arrived:
            bisect.insort(self._calls, (seq, call), key=lambda item: item[0])
            self._arrived.notify_all()
        data = text.encode()
        with contextlib.suppress(OSError):
            req.send_response(status)
            req.send_header("Content-Type", "text/plain; charset=utf-8")
            req.send_header("Content-Length", str(len(data)))
            req.end_headers()
            req.wfile.write(data)

    @staticmethod
    def _token_of(params: Mapping[str, Any], headers: Mapping[str, str]) -> str:
        auth = headers.get("authorization", "")
        if auth.startswith("Bearer "):
            return auth[len("Bearer ") :].strip()
        # Slack reads a token param from form bodies and query strings, never from JSON.
        if "application/json" in headers.get("content-type", "") and "token" in params:
            return ""
        return str(params.get("token") or "")

    @staticmethod
    def _parse(body: bytes, content_type: str, query: str) -> tuple[dict[str, Any], str | None]:
        params: dict[str, Any] = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        kind = content_type.split(";")[0].strip().lower()
        if not body.strip():
            return params, None
        if kind == "application/json":
            try:
                decoded = json.loads(body)
            except ValueError:
                return params, "invalid_json"
            if not isinstance(decoded, dict):
                return params, "invalid_json"
            params.update(decoded)
        elif kind == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))
        else:
            return params, "invalid_form_data"
        return params, None

    def _respond(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            custom = self._responders.get(method)
            if custom is not None:
                out = custom(params) if callable(custom) else custom
                return copy.deepcopy(dict(out))
            handler = _METHODS.get(method)
            if handler is None:
                return {"ok": False, "error": "unknown_method"}
            return handler(self, _Params(params))

    # -- ids -------------------------------------------------------------------------------

    def _new_ts(self) -> str:
        micros, self._next_ts = self._next_ts, self._next_ts + 100
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _new_id(self, prefix: str) -> str:
        self._next_id += 1
        return f"{prefix}0FAKE{self._next_id:04d}"

    # -- method implementations (called with the lock held) ------------------------------

    def _resolve_channel(self, channel: str) -> str | None:
        if channel.startswith(("U", "W")):
            return dm_channel_id(channel)
        if channel.startswith("#"):
            named = [c for c, info in self.channels.items() if info["name"] == channel[1:]]
            return named[0] if named else None
        return channel or None

    def _message(self, p: _Params, ts: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "text": p.get("text", ""),
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": ts,
        }
        for key in ("blocks", "attachments", "metadata", "thread_ts"):
            if p.get(key) is not None:
                message[key] = p.json(key)
        return message

    def _block_errors(self, blocks: Any, limit: int) -> list[str]:
        if not self.validate or blocks is None:
            return []
        return block_errors(blocks, limit)

    def view_errors(self, view: Any) -> list[str]:
        """Why Slack would refuse ``view`` (views.open/push/update/publish, or a view a
        listener answers with); empty if it would take it."""
        if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
            return ["[ERROR] view.type must be modal or home [json-pointer:/view/type]"]
        if not self.validate:
            return []
        errors = [
            e.replace("json-pointer:/", "json-pointer:/view/")
            for e in self._block_errors(view.get("blocks", []), 100)
        ]
        if view["type"] == "modal":
            title = view.get("title")
            if not isinstance(title, dict) or not title.get("text"):
                errors.append("[ERROR] missing required field: title [json-pointer:/view/title]")
            elif len(title["text"]) > 24:
                errors.append(
                    "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"
                )
            for button in ("submit", "close"):
                label = view.get(button)
                if isinstance(label, dict) and len(label.get("text") or "") > 24:
                    errors.append(
                        f"[ERROR] must be less than 25 characters"
                        f" [json-pointer:/view/{button}/text]"
                    )
        if len(view.get("private_metadata") or "") > 3000:
            errors.append(
                "[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]"
            )
        if len(view.get("callback_id") or "") > 255:
            errors.append(
                "[ERROR] must be less than 256 characters [json-pointer:/view/callback_id]"
            )
        return errors

    def _store_view(
        self, view: dict[str, Any], view_id: str, *, root_view_id: str | None = None
    ) -> dict[str, Any]:
        stored = {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": view["type"],
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": new_view_hash(),
            "title": view.get("title"),
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "close": view.get("close"),
            "submit": view.get("submit"),
            "previous_view_id": None,
            "root_view_id": root_view_id or view_id,
            "app_id": APP_ID,
            "external_id": view.get("external_id", ""),
            "app_installed_team_id": TEAM_ID,
            "bot_id": BOT_ID,
        }
        self._views[view_id] = stored
        if stored["type"] == "modal":
            self._last_view_id = view_id
        return {"ok": True, "view": copy.deepcopy(stored)}

    def _use_trigger(self, p: _Params) -> dict[str, Any] | None:
        trigger = p.get("trigger_id") or p.get("interactivity_pointer")
        if not trigger:
            return _invalid("[ERROR] missing required field: trigger_id")
        issued = trigger_issued_at(str(trigger))
        if issued is None:
            return {"ok": False, "error": "invalid_trigger_id"}
        if trigger in self._used_triggers:
            return {"ok": False, "error": "exchanged_trigger_id"}
        if time.time() - issued > self.trigger_ttl:
            return {"ok": False, "error": "expired_trigger_id"}
        self._used_triggers.add(trigger)
        return None

    def _new_view_id(self, p: _Params) -> tuple[str | None, dict[str, Any] | None]:
        """A new view's id, unless its external_id is one another view already has."""
        external = p.json("view").get("external_id")
        if external and any(v["external_id"] == external for v in self._views.values()):
            return None, {"ok": False, "error": "duplicate_external_id"}
        return self._new_id("V"), None

    def _check_view(self, p: _Params) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        view = p.json("view")
        errors = self.view_errors(view)
        if errors:
            return None, _invalid(*errors)
        return view, None

    def _files_get_upload_url_external(self, p: _Params) -> dict[str, Any]:
        """Step 1 of files_upload_v2: a file id and the URL to send its bytes to."""
        filename, length = p.get("filename"), str(p.get("length", ""))
        if not filename or not length.isdigit() or int(length) < 1:
            return _invalid("[ERROR] missing required field: filename or length")
        file_id = self._new_id("F")
        self.files[file_id] = {
            "id": file_id,
            "name": filename,
            "length": int(length),
            "content": None,
            "title": None,
            "channels": [],
            "initial_comment": None,
        }
        upload_url = f"http://127.0.0.1:{self._port}/upload/v1/{file_id}"
        return {"ok": True, "upload_url": upload_url, "file_id": file_id}

    def _files_complete_upload_external(self, p: _Params) -> dict[str, Any]:
        """Step 3: share uploaded files in a channel; each must have all its bytes."""
        listed = p.json("files")
        if not isinstance(listed, list) or not listed:
            return _invalid("[ERROR] missing required field: files")
        channel = p.get("channel_id")
        if channel and self._resolve_channel(channel) is None:
            return {"ok": False, "error": "channel_not_found"}
        done = []
        for entry in listed:
            upload = self.files.get(entry.get("id", "")) if isinstance(entry, dict) else None
            if upload is None or upload["content"] is None:
                return {"ok": False, "error": "file_not_found"}
            if len(upload["content"]) != upload["length"]:
                return {"ok": False, "error": "file_upload_size_mismatch"}
            upload["title"] = entry.get("title") or upload["name"]
            if channel:
                upload["channels"].append(channel)
                upload["initial_comment"] = p.get("initial_comment")
            done.append({k: v for k, v in upload.items() if k != "content"})
        return {"ok": True, "files": copy.deepcopy(done)}

    def _apps_connections_open(self, p: _Params) -> dict[str, Any]:
        """A one-time websocket URL of the Socket Mode server the test attached."""
        if self.socket_mode is None:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": self.socket_mode.issue_url()}

    def _auth_test(self, p: _Params) -> dict[str, Any]:
        return {
            "ok": True,
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": TEAM_NAME,
            "user": BOT_USER_NAME,
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, p: _Params) -> dict[str, Any]:
        channel = self._resolve_channel(p.get("channel", ""))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.channels and self.channels[channel]["is_archived"]:
            return {"ok": False, "error": "is_archived"}
        if not (p.get("text") or p.get("blocks") or p.get("attachments")):
            return {"ok": False, "error": "no_text"}
        if errors := self._block_errors(p.json("blocks"), 50):
            return _invalid_blocks(errors)
        if p.get("metadata") is not None and not _metadata_ok(p.json("metadata")):
            return {"ok": False, "error": "invalid_metadata_format"}
        ts = self._new_ts()
        message = self._message(p, ts)
        self._messages[(channel, ts)] = {**message, "channel": channel}
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, p: _Params) -> dict[str, Any]:
        channel = self._resolve_channel(p.get("channel", ""))
        ts = p.get("ts")
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if not ts:
            return {"ok": False, "error": "message_not_found"}
        if errors := self._block_errors(p.json("blocks"), 50):
            return _invalid_blocks(errors)
        message = self._message(p, ts)
        # Lenient: updating a message this fake never saw still succeeds.
        old = self._messages.get((channel, ts), {})
        for key in ("blocks", "attachments", "metadata"):
            if key not in message and key in old:
                message[key] = old[key]
        if "text" not in p and "text" in old:
            message["text"] = old["text"]
        message["edited"] = {"user": BOT_USER_ID, "ts": self._new_ts()}
        self._messages[(channel, ts)] = {**message, "channel": channel}
        return {
            "ok": True,
            "channel": channel,
            "ts": ts,
            "text": message["text"],
            "message": message,
        }

    def _chat_delete(self, p: _Params) -> dict[str, Any]:
        channel = self._resolve_channel(p.get("channel", "")) or ""
        ts = p.get("ts", "")
        if self._messages.pop((channel, ts), None) is None:
            return {"ok": False, "error": "message_not_found"}
        return {"ok": True, "channel": channel, "ts": ts}

    def _chat_post_ephemeral(self, p: _Params) -> dict[str, Any]:
        channel = self._resolve_channel(p.get("channel", ""))
        user = p.get("user")
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if not user:
            return {"ok": False, "error": "user_not_found"}
        if self.members.get(channel) and user not in self.members[channel]:
            return {"ok": False, "error": "user_not_in_channel"}
        if not (p.get("text") or p.get("blocks") or p.get("attachments")):
            return {"ok": False, "error": "no_text"}
        if errors := self._block_errors(p.json("blocks"), 50):
            return _invalid_blocks(errors)
        return {"ok": True, "message_ts": self._new_ts()}

    def _chat_get_permalink(self, p: _Params) -> dict[str, Any]:
        channel, ts = p.get("channel", ""), p.get("message_ts", "")
        if not channel or not ts:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        return {"ok": True, "channel": channel, "permalink": link}

    def _views_open(self, p: _Params) -> dict[str, Any]:
        view, error = self._check_view(p)
        if error or (error := self._use_trigger(p)):
            return error
        view_id, error = self._new_view_id(p)
        if error:
            return error
        return self._store_view(view, view_id)  # type: ignore[arg-type]

    def _views_push(self, p: _Params) -> dict[str, Any]:
        view, error = self._check_view(p)
        if error or (error := self._use_trigger(p)):
            return error
        view_id, error = self._new_view_id(p)
        if error:
            return error
        below = self._views.get(self._last_view_id or "")
        root = below["root_view_id"] if below else None
        return self._store_view(view, view_id, root_view_id=root)  # type: ignore[arg-type]

    def _views_update(self, p: _Params) -> dict[str, Any]:
        view, error = self._check_view(p)
        if error:
            return error
        view_id = p.get("view_id")
        if not view_id and p.get("external_id"):
            ids = [v for v, s in self._views.items() if s["external_id"] == p.get("external_id")]
            view_id = ids[-1] if ids else None
        if not view_id:
            return {"ok": False, "error": "not_found"}
        current = self._views.get(view_id)
        if current is None:
            return {"ok": False, "error": "not_found"}  # only a view Slack opened is updated
        if p.get("hash") and p.get("hash") != current["hash"]:
            return {"ok": False, "error": "hash_conflict"}
        external = view.get("external_id")  # type: ignore[union-attr]
        if external and any(
            v["external_id"] == external for k, v in self._views.items() if k != view_id
        ):
            return {"ok": False, "error": "duplicate_external_id"}
        return self._store_view(view, view_id, root_view_id=current["root_view_id"])  # type: ignore[arg-type]

    def _views_publish(self, p: _Params) -> dict[str, Any]:
        view, error = self._check_view(p)
        if error:
            return error
        user_id = p.get("user_id")
        if not _looks_like_user(user_id):
            return {"ok": False, "error": "user_not_found"}
        view_id = self._home.get(user_id)
        if view_id and p.get("hash") and p.get("hash") != self._views[view_id]["hash"]:
            return {"ok": False, "error": "hash_conflict"}
        view_id = view_id or self._new_id("V")
        self._home[user_id] = view_id
        return self._store_view(view, view_id)  # type: ignore[arg-type]

    def _conversations_open(self, p: _Params) -> dict[str, Any]:
        if p.get("channel"):
            return {
                "ok": True,
                "no_op": True,
                "already_open": True,
                "channel": {"id": p["channel"]},
            }
        users = [u for u in str(p.get("users", "")).split(",") if u]
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        if not all(_looks_like_user(u) for u in users):
            return {"ok": False, "error": "user_not_found"}
        if len(users) == 1:
            channel_id = dm_channel_id(users[0])
        else:
            channel_id = "G" + base64.b32encode(",".join(sorted(users)).encode()).decode()[:9]
        return {"ok": True, "no_op": True, "already_open": True, "channel": {"id": channel_id}}

    def _conversations_info(self, p: _Params) -> dict[str, Any]:
        channel = p.get("channel", "")
        if channel in self.channels:
            return {"ok": True, "channel": copy.deepcopy(self.channels[channel])}
        dm_users = [u for u in self.users if dm_channel_id(u) == channel]
        if dm_users:
            im = {"id": channel, "is_im": True, "user": dm_users[0], "created": 1_690_000_000}
            return {"ok": True, "channel": im}
        return {"ok": False, "error": "channel_not_found"}

    def _conversations_history(self, p: _Params) -> dict[str, Any]:
        """Top-level messages of a channel, newest first; like Slack, message metadata
        only with include_all_metadata (paging is not modelled: everything, has_more
        false)."""
        channel = self._resolve_channel(p.get("channel", ""))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        found = [
            m
            for (ch, _), m in self._messages.items()
            if ch == channel and m.get("thread_ts", m["ts"]) == m["ts"]
        ]
        found.sort(key=lambda m: float(m["ts"]), reverse=True)
        return self._listing(found, p)

    def _conversations_replies(self, p: _Params) -> dict[str, Any]:
        """A thread: its parent, then its replies, oldest first."""
        channel = self._resolve_channel(p.get("channel", ""))
        ts = p.get("ts", "")
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if (channel, ts) not in self._messages:
            return {"ok": False, "error": "thread_not_found"}
        found = [
            m
            for (ch, _), m in self._messages.items()
            if ch == channel and m.get("thread_ts", m["ts"]) == ts
        ]
        found.sort(key=lambda m: float(m["ts"]))
        return self._listing(found, p)

    @staticmethod
    def _listing(messages: list[dict[str, Any]], p: _Params) -> dict[str, Any]:
        with_metadata = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        listed = [
            {k: v for k, v in m.items() if k != "channel" and (with_metadata or k != "metadata")}
            for m in messages
        ]
        return {
            "ok": True,
            "messages": copy.deepcopy(listed),
            "has_more": False,
            "response_metadata": {"next_cursor": ""},
        }

    def _conversations_members(self, p: _Params) -> dict[str, Any]:
        channel = p.get("channel", "")
        if channel not in self.members:
            return {"ok": False, "error": "channel_not_found"}
        members = self.members[channel]
        limit = int(p.get("limit") or 100)
        start = 0
        if cursor := p.get("cursor"):
            try:
                start = members.index(base64.b64decode(cursor).decode().removeprefix("user:"))
            except ValueError:
                return {"ok": False, "error": "invalid_cursor"}
        page = members[start : start + limit]
        rest = members[start + limit :]
        next_cursor = base64.b64encode(f"user:{rest[0]}".encode()).decode() if rest else ""
        return {
            "ok": True,
            "members": page,
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _users_info(self, p: _Params) -> dict[str, Any]:
        user = self.users.get(p.get("user", ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": copy.deepcopy(user)}

    def _users_lookup_by_email(self, p: _Params) -> dict[str, Any]:
        email = p.get("email", "")
        for user in self.users.values():
            if email and user["profile"].get("email") == email:
                return {"ok": True, "user": copy.deepcopy(user)}
        return {"ok": False, "error": "users_not_found"}

    def _usergroups_users_list(self, p: _Params) -> dict[str, Any]:
        group = p.get("usergroup", "")
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": list(self.usergroups[group])}

    def _response_url(self, p: _Params) -> dict[str, Any]:
        if errors := self._block_errors(p.json("blocks"), 50):
            return _invalid_blocks(errors)
        return {"ok": True}


class _Params(dict[str, Any]):
    """Request params; ``json(key)`` decodes JSON-encoded form fields."""

    def json(self, key: str) -> Any:
        return _maybe_json(self.get(key))


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _looks_like_user(user_id: Any) -> bool:
    # Lenient: any Slack-shaped user id is a member, so tests need not add every owner.
    return isinstance(user_id, str) and re.fullmatch(r"[UW][A-Z0-9]{2,}", user_id) is not None


# -- Block Kit limits, as Slack enforces them ----------------------------------------------

#: Characters a block's or element's text may hold, by block or element type.
_TEXT_MAX = {"section": 3000, "header": 150, "button": 75}
_FIELDS_MAX, _FIELD_TEXT_MAX = 10, 2000
_ELEMENTS_MAX = {"actions": 25, "context": 10}
_OPTIONS_MAX = {
    "overflow": 5,
    "static_select": 100,
    "multi_static_select": 100,
    "radio_buttons": 10,
    "checkboxes": 10,
}
#: (where, what, most characters) for the strings every block or element may carry.
_STRING_MAX = (
    ("block_id", 255),
    ("action_id", 255),
    ("value", 2000),
    ("url", 3000),
)
_OPTION_MAX = (("text", 75), ("description", 75))
_OPTION_VALUE_MAX = 150
_PLACEHOLDER_MAX = 150
_LABEL_MAX = 2000  # an input block's label and hint


def _metadata_ok(metadata: Any) -> bool:
    """Message metadata as Slack takes it: an event type, and a payload whose values are
    strings, numbers, booleans, objects or lists of objects (not lists of plain values)."""

    def value_ok(value: Any) -> bool:
        if isinstance(value, (str, int, float, bool)):
            return True
        if isinstance(value, dict):
            return all(isinstance(k, str) and value_ok(v) for k, v in value.items())
        return isinstance(value, list) and all(isinstance(v, dict) and value_ok(v) for v in value)

    return (
        isinstance(metadata, dict)
        and isinstance(metadata.get("event_type"), str)
        and isinstance(metadata.get("event_payload"), dict)
        and value_ok(metadata["event_payload"])
    )


def block_errors(blocks: Any, limit: int) -> list[str]:
    """Why Slack would refuse ``blocks`` (at most ``limit`` of them): Slack's own
    messages, each with a json-pointer, as in its ``invalid_blocks`` answers."""
    if not isinstance(blocks, list):
        return ["[ERROR] must provide an array [json-pointer:/blocks]"]
    errors = []
    if len(blocks) > limit:
        errors.append(f"[ERROR] no more than {limit} items allowed [json-pointer:/blocks]")
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        where = f"/blocks/{i}"
        if not isinstance(block, dict) or "type" not in block:
            errors.append(f"[ERROR] missing required field: type [json-pointer:{where}]")
            continue
        block_id = block.get("block_id")
        if block_id is not None:
            if block_id in seen:
                errors.append(f"[ERROR] duplicate block_id {block_id!r} [json-pointer:{where}]")
            seen.add(block_id)
        errors += _block_limit_errors(block, where)
    return errors


def _too_long(where: str, cap: int) -> str:
    return f"[ERROR] must be less than {cap + 1} characters [json-pointer:{where}]"


def _too_many(where: str, cap: int) -> str:
    return f"[ERROR] no more than {cap} items allowed [json-pointer:{where}]"


def _text_of(value: Any) -> str:
    text = value.get("text") if isinstance(value, dict) else value
    return text if isinstance(text, str) else ""


def _block_limit_errors(block: dict[str, Any], where: str) -> list[str]:
    kind = block["type"]
    errors = _string_errors(block, where)
    if (cap := _TEXT_MAX.get(kind)) and len(_text_of(block.get("text"))) > cap:
        errors.append(_too_long(f"{where}/text", cap))
    fields = block.get("fields")
    if isinstance(fields, list):
        if len(fields) > _FIELDS_MAX:
            errors.append(_too_many(f"{where}/fields", _FIELDS_MAX))
        errors += [
            _too_long(f"{where}/fields/{n}/text", _FIELD_TEXT_MAX)
            for n, item in enumerate(fields)
            if len(_text_of(item)) > _FIELD_TEXT_MAX
        ]
    if kind == "input":
        errors += [
            _too_long(f"{where}/{key}/text", _LABEL_MAX)
            for key in ("label", "hint")
            if len(_text_of(block.get(key))) > _LABEL_MAX
        ]
    elements = block.get("elements")
    if isinstance(elements, list) and kind in _ELEMENTS_MAX:
        if len(elements) > _ELEMENTS_MAX[kind]:
            errors.append(_too_many(f"{where}/elements", _ELEMENTS_MAX[kind]))
        for n, element in enumerate(elements):
            if isinstance(element, dict) and kind == "actions":
                errors += _element_errors(element, f"{where}/elements/{n}")
    for key in ("accessory", "element"):
        if isinstance(block.get(key), dict):
            errors += _element_errors(block[key], f"{where}/{key}")
    return errors


def _string_errors(item: dict[str, Any], where: str) -> list[str]:
    return [
        _too_long(f"{where}/{key}", cap)
        for key, cap in _STRING_MAX
        if isinstance(item.get(key), str) and len(item[key]) > cap
    ]


def _element_errors(element: dict[str, Any], where: str) -> list[str]:
    kind = element.get("type", "")
    errors = _string_errors(element, where)
    if (cap := _TEXT_MAX.get(kind)) and len(_text_of(element.get("text"))) > cap:
        errors.append(_too_long(f"{where}/text", cap))
    if len(_text_of(element.get("placeholder"))) > _PLACEHOLDER_MAX:
        errors.append(_too_long(f"{where}/placeholder/text", _PLACEHOLDER_MAX))
    options = element.get("options")
    if isinstance(options, list):
        if kind == "overflow" and len(options) < 2:  # Slack: "minimum is 2"
            errors.append(f"[ERROR] must provide at least 2 items [json-pointer:{where}/options]")
        if (cap := _OPTIONS_MAX.get(kind)) and len(options) > cap:
            errors.append(_too_many(f"{where}/options", cap))
        for n, option in enumerate(options):
            if isinstance(option, dict):
                errors += _option_errors(option, f"{where}/options/{n}")
    if isinstance(element.get("initial_option"), dict):
        errors += _option_errors(element["initial_option"], f"{where}/initial_option")
    return errors


def _option_errors(option: dict[str, Any], where: str) -> list[str]:
    errors = [
        _too_long(f"{where}/{key}/text", cap)
        for key, cap in _OPTION_MAX
        if len(_text_of(option.get(key))) > cap
    ]
    value = option.get("value")
    if isinstance(value, str) and len(value) > _OPTION_VALUE_MAX:
        errors.append(_too_long(f"{where}/value", _OPTION_VALUE_MAX))
    return errors


def _invalid(*messages: str) -> dict[str, Any]:
    return {
        "ok": False,
        "error": "invalid_arguments",
        "response_metadata": {"messages": list(messages)},
    }


def _invalid_blocks(errors: list[str]) -> dict[str, Any]:
    return {
        "ok": False,
        "error": "invalid_blocks",
        "errors": errors,
        "response_metadata": {"messages": errors},
    }


_METHODS: dict[str, Callable[[FakeSlackAPI, _Params], dict[str, Any]]] = {
    "apps.connections.open": FakeSlackAPI._apps_connections_open,
    "auth.test": FakeSlackAPI._auth_test,
    "files.getUploadURLExternal": FakeSlackAPI._files_get_upload_url_external,
    "files.completeUploadExternal": FakeSlackAPI._files_complete_upload_external,
    "chat.postMessage": FakeSlackAPI._chat_post_message,
    "chat.update": FakeSlackAPI._chat_update,
    "chat.delete": FakeSlackAPI._chat_delete,
    "chat.postEphemeral": FakeSlackAPI._chat_post_ephemeral,
    "chat.getPermalink": FakeSlackAPI._chat_get_permalink,
    "views.open": FakeSlackAPI._views_open,
    "views.push": FakeSlackAPI._views_push,
    "views.update": FakeSlackAPI._views_update,
    "views.publish": FakeSlackAPI._views_publish,
    "conversations.open": FakeSlackAPI._conversations_open,
    "conversations.info": FakeSlackAPI._conversations_info,
    "conversations.members": FakeSlackAPI._conversations_members,
    "conversations.history": FakeSlackAPI._conversations_history,
    "conversations.replies": FakeSlackAPI._conversations_replies,
    "users.info": FakeSlackAPI._users_info,
    "users.lookupByEmail": FakeSlackAPI._users_lookup_by_email,
    "usergroups.users.list": FakeSlackAPI._usergroups_users_list,
    "response_url": FakeSlackAPI._response_url,
}
