"""Signed requests to the bot's HTTP endpoint, built and signed the way Slack sends them.

Why: integration tests must drive the real Bolt app through its real HTTP endpoint,
signature check included, so each body here has the fields, encoding and headers of
Slack's own. Standard library only, so the sender cannot share a bug with the code under
test. All ids are fictional but Slack-shaped; children appear only as pseudonyms.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import itertools
import json
import re
import secrets
import string
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as time_of_day
from typing import Any, TypedDict, Unpack

# The fictional workspace the tests live in (shared with tests.support.fake_slack).
TEAM_ID = "T0LSCP0001"
TEAM_DOMAIN = "northshire-lscp"
TEAM_NAME = "Northshire LSCP"
APP_ID = "A0SAFEBOT1"
BOT_ID = "B0SAFEBOT1"
BOT_USER_ID = "U0SAFEBOT1"
BOT_USER_NAME = "safeguarding_bot"
USER_ID = "U0MANAGER1"
USER_NAME = "partnership.manager"
CHANNEL_ID = "C0INCIDENT"
CHANNEL_NAME = "lscp-incidents"
# The deprecated verification token Slack still puts in every payload.
VERIFICATION_TOKEN = "vErIfIcAtIoNtOkEn0001"
# Where response_urls point unless told otherwise: a closed local port, never the
# internet. Pass FakeSlackAPI.hooks_url to capture respond() calls instead.
NO_HOOKS_URL = "http://127.0.0.1:9"
SLACK_USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)"

_counter = itertools.count(1)
_ALNUM = string.ascii_uppercase + string.digits


def dm_channel_id(user_id: str) -> str:
    """The bot's DM channel with a user; the fake answers conversations.open the same way."""
    return "D" + user_id[1:]


def slack_ts(at: float | None = None) -> str:
    """A message/event timestamp as Slack writes it: seconds with six decimals."""
    return f"{time.time() if at is None else at:.6f}"


def stale_timestamp(seconds_old: int = 6 * 60) -> int:
    """A request timestamp older than the 5 minutes signature checks accept."""
    return int(time.time()) - seconds_old


#: Seconds a trigger_id can be exchanged for a modal; Slack answers expired_trigger_id after.
TRIGGER_TTL = 3.0

_TRIGGER = re.compile(r"(\d{10})\.(\d{6})\d{6}\.[0-9a-f]{32}")


def new_trigger_id(issued_at: float | None = None) -> str:
    """A trigger_id shaped like Slack's (``1234567890.123456789012.<32 hex>``) that says
    when it was issued: epoch seconds, then microseconds and a counter. The fake reads the
    time back (:func:`trigger_issued_at`) to refuse it once expired, in any process."""
    at = time.time() if issued_at is None else issued_at
    seconds, micros = divmod(int(at * 1_000_000), 1_000_000)
    return f"{seconds}.{micros:06d}{next(_counter) % 1_000_000:06d}.{secrets.token_hex(16)}"


def trigger_issued_at(trigger_id: str) -> float | None:
    """When :func:`new_trigger_id` issued ``trigger_id``; None if it did not make it."""
    found = _TRIGGER.fullmatch(trigger_id)
    return int(found[1]) + int(found[2]) / 1_000_000 if found else None


def new_view_id() -> str:
    return "V0" + "".join(secrets.choice(_ALNUM) for _ in range(9))


def new_view_hash() -> str:
    return f"{int(time.time())}.{secrets.token_hex(4)}"


def _random_block_id() -> str:
    # Slack gives blocks without a block_id a short random one.
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(5))


def sign(signing_secret: str, timestamp: int | str, body: bytes | str) -> str:
    """Slack's v0 signature: HMAC-SHA256 of ``v0:{timestamp}:{raw body}``."""
    raw = body.encode() if isinstance(body, str) else body
    base = b"v0:" + str(timestamp).encode() + b":" + raw
    return "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()


# ---------------------------------------------------------------------------------------
# view.state.values and actions


Option = str | tuple[str, str] | Mapping[str, Any]
"""An option: its value, (value, label), or Slack's own option object."""
Field = tuple[str, str, Any]
"""One input: (action_id, element type, value)."""

_VALUE_KEY = {
    "plain_text_input": "value",
    "email_text_input": "value",
    "url_text_input": "value",
    "number_input": "value",
    "rich_text_input": "rich_text_value",
    "datepicker": "selected_date",
    "timepicker": "selected_time",
    "datetimepicker": "selected_date_time",
    "static_select": "selected_option",
    "external_select": "selected_option",
    "radio_buttons": "selected_option",
    "overflow": "selected_option",
    "multi_static_select": "selected_options",
    "multi_external_select": "selected_options",
    "checkboxes": "selected_options",
    "users_select": "selected_user",
    "multi_users_select": "selected_users",
    "conversations_select": "selected_conversation",
    "multi_conversations_select": "selected_conversations",
    "channels_select": "selected_channel",
    "multi_channels_select": "selected_channels",
}


def option(value: Option) -> dict[str, Any]:
    """Slack's option object from a value, a (value, label) pair, or an option dict."""
    if isinstance(value, Mapping):
        return dict(value)
    val, label = (value, value) if isinstance(value, str) else value
    return {"text": {"type": "plain_text", "text": label, "emoji": True}, "value": val}


def element_state(element_type: str, value: Any) -> dict[str, Any]:
    """One element's entry in ``view.state.values``, keyed the way Slack keys that type.

    ``None`` means "left empty", which Slack reports as null (or [] for multi-selects).
    """
    try:
        key = _VALUE_KEY[element_type]
    except KeyError:
        known = ", ".join(sorted(_VALUE_KEY))
        raise ValueError(f"unknown element type {element_type!r}; known: {known}") from None
    if key == "selected_option":
        out: Any = None if value is None else option(value)
    elif key == "selected_options":
        out = [option(v) for v in value or ()]
    elif key.endswith("s") and key.startswith("selected_"):  # users/conversations/channels
        out = list(value or ())
    elif isinstance(value, date | datetime | time_of_day) or element_type == "number_input":
        out = _scalar(element_type, value)
    else:
        out = value
    return {"type": element_type, key: out}


def _scalar(element_type: str, value: Any) -> Any:
    if value is None:
        return None
    if element_type == "datetimepicker" and isinstance(value, datetime):
        return int(value.timestamp())
    if element_type == "timepicker" and isinstance(value, time_of_day):
        return value.strftime("%H:%M")
    if isinstance(value, date | datetime):
        return value.isoformat()[:10]
    return str(value)  # number_input values arrive as strings


def state_values(
    fields: Mapping[str, Field | Sequence[Field] | Mapping[str, Any]],
) -> dict[str, dict[str, Any]]:
    """Build ``view.state.values`` from ``{block_id: (action_id, type, value)}``.

    A block may map to a list of such tuples (several elements) or to Slack's own
    ``{action_id: {...}}`` dict, which passes through unchanged. Example::

        state_values({"pseudonym": ("input", "plain_text_input", "Child K"),
                      "aware_on": ("date", "datepicker", date(2025, 3, 3))})
    """
    values: dict[str, dict[str, Any]] = {}
    for block_id, spec in fields.items():
        if isinstance(spec, Mapping):
            values[block_id] = copy.deepcopy(dict(spec))
            continue
        items = [spec] if isinstance(spec, tuple) and isinstance(spec[0], str) else spec
        values[block_id] = {
            action_id: element_state(element_type, value)
            for action_id, element_type, value in items  # type: ignore[misc]
        }
    return values


_build_state = state_values  # for methods whose parameter shadows the name


def action(
    action_id: str,
    value: Any = None,
    *,
    element_type: str = "button",
    block_id: str | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    """One entry of a block_actions payload's ``actions``, as Slack reports it.

    For a button ``value`` is its value string; for other types it is what
    :func:`element_state` takes (an option, a user id, a date...).
    """
    entry: dict[str, Any] = {
        "type": element_type,
        "action_id": action_id,
        "block_id": block_id or _random_block_id(),
    }
    if element_type == "button":
        entry["text"] = {"type": "plain_text", "text": text or action_id, "emoji": True}
        if value is not None:
            entry["value"] = value
    else:
        state = element_state(element_type, value)
        state.pop("type")
        entry.update(state)
    entry["action_ts"] = slack_ts()
    return entry


def _check_state_against_blocks(values: Mapping[str, Any], blocks: Sequence[Any]) -> None:
    """Refuse state Slack could not send for these blocks, so test typos fail loudly."""
    by_id = {b.get("block_id"): b for b in blocks if isinstance(b, Mapping)}
    for block_id, elements in values.items():
        block = by_id.get(block_id)
        if block is None:
            raise ValueError(
                f"block_id {block_id!r} is not in the view; has {sorted(map(str, by_id))}"
            )
        element = block.get("element") or block.get("accessory")
        if block.get("type") == "input" and element:
            for action_id, state in elements.items():
                if element.get("action_id") not in (None, action_id):
                    raise ValueError(
                        f"block {block_id!r} has action_id {element.get('action_id')!r},"
                        f" not {action_id!r}"
                    )
                if element.get("type") != state.get("type"):
                    raise ValueError(
                        f"block {block_id!r} holds a {element.get('type')!r},"
                        f" not a {state.get('type')!r}"
                    )


# ---------------------------------------------------------------------------------------
# sending


class SendOptions(TypedDict, total=False):
    """Transport options every request method accepts."""

    timestamp: int | str | None  # X-Slack-Request-Timestamp; default now
    forge: bool  # sign with the wrong secret
    unsigned: bool  # omit both signature headers
    retry_num: int | None  # X-Slack-Retry-Num, as on Slack's redeliveries
    retry_reason: str | None  # X-Slack-Retry-Reason; "http_timeout" if only retry_num
    headers: Mapping[str, str] | None  # extra headers, applied last


@dataclass(frozen=True)
class Response:
    """What the bot answered. ``headers`` keys are lower-case; ``sent`` is what we sent."""

    status: int
    headers: dict[str, str]
    body: str
    sent: Any = None

    def json(self) -> Any:
        return json.loads(self.body)


class SlackRequests:
    """Sends Slack-shaped, Slack-signed requests to the bot's events URL.

    Never raises on 4xx/5xx: tests assert on the returned :class:`Response`.
    """

    def __init__(
        self,
        url: str,
        signing_secret: str,
        *,
        team_id: str = TEAM_ID,
        team_domain: str = TEAM_DOMAIN,
        api_app_id: str = APP_ID,
        response_url_base: str = NO_HOOKS_URL,
        verification_token: str = VERIFICATION_TOKEN,
        timeout: float = 10.0,
    ) -> None:
        self.url = url
        self.signing_secret = signing_secret
        self.team_id = team_id
        self.team_domain = team_domain
        self.api_app_id = api_app_id
        self.response_url_base = response_url_base.rstrip("/")
        self.verification_token = verification_token
        self.timeout = timeout
        # No proxies: tests talk to 127.0.0.1 only, whatever the environment says.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    # -- signing and transport -------------------------------------------------------

    def sign(self, body: bytes | str, timestamp: int | str) -> str:
        return sign(self.signing_secret, timestamp, body)

    def signed_headers(
        self,
        body: bytes,
        *,
        timestamp: int | str | None = None,
        forge: bool = False,
        unsigned: bool = False,
    ) -> dict[str, str]:
        """The two signature headers Slack adds (or none, or forged ones)."""
        if unsigned:
            return {}
        ts = str(int(time.time()) if timestamp is None else timestamp)
        secret = self.signing_secret + "-forged" if forge else self.signing_secret
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(secret, ts, body)}

    def raw(
        self,
        body: bytes | str,
        content_type: str = "application/x-www-form-urlencoded",
        *,
        sign: bool = True,
        sent: Any = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """POST exactly these bytes (for malformed-input tests), signed unless told not."""
        raw = body.encode() if isinstance(body, str) else body
        headers = {
            "Content-Type": content_type,
            "User-Agent": SLACK_USER_AGENT,
            "Accept": "application/json,*/*",
            "Accept-Encoding": "identity",
        }
        headers |= self.signed_headers(
            raw,
            timestamp=opts.get("timestamp"),
            forge=opts.get("forge", False),
            unsigned=opts.get("unsigned", False) or not sign,
        )
        retry_num, retry_reason = opts.get("retry_num"), opts.get("retry_reason")
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        elif retry_reason:
            headers["X-Slack-Retry-Reason"] = retry_reason
        headers |= dict(opts.get("headers") or {})
        request = urllib.request.Request(self.url, data=raw, headers=headers, method="POST")
        try:
            with self._opener.open(request, timeout=self.timeout) as resp:
                status, resp_headers, payload = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as err:
            status, resp_headers, payload = err.code, err.headers, err.read()
        charset = resp_headers.get_content_charset() or "utf-8"
        return Response(
            status=status,
            headers={k.lower(): v for k, v in resp_headers.items()},
            body=payload.decode(charset, errors="replace"),
            sent=sent,
        )

    def _form(self, fields: Mapping[str, str], **opts: Unpack[SendOptions]) -> Response:
        return self.raw(urllib.parse.urlencode(fields), sent=dict(fields), **opts)

    def _interactive(self, payload: dict[str, Any], **opts: Unpack[SendOptions]) -> Response:
        # Interactivity arrives form-encoded as a single JSON-valued field: payload=...
        body = urllib.parse.urlencode({"payload": json.dumps(payload, separators=(",", ":"))})
        return self.raw(body, sent=payload, **opts)

    def _json(self, payload: dict[str, Any], **opts: Unpack[SendOptions]) -> Response:
        return self.raw(json.dumps(payload), "application/json", sent=payload, **opts)

    # -- payload pieces ---------------------------------------------------------------

    def _response_url(self, kind: str, team_id: str) -> str:
        secret = secrets.token_urlsafe(18)
        return f"{self.response_url_base}/{kind}/{team_id}/{next(_counter)}/{secret}"

    def _user(self, user_id: str, user_name: str, team_id: str) -> dict[str, str]:
        return {"id": user_id, "username": user_name, "name": user_name, "team_id": team_id}

    def _team(self, team_id: str) -> dict[str, str]:
        return {"id": team_id, "domain": self.team_domain}

    def build_view(
        self,
        base: Mapping[str, Any] | None = None,
        *,
        callback_id: str | None = None,
        private_metadata: str | None = None,
        view_id: str | None = None,
        hash: str | None = None,
        values: Mapping[str, Any] | None = None,
        team_id: str | None = None,
    ) -> dict[str, Any]:
        """A view as Slack sends it back: ``base`` (e.g. what the bot opened) plus ids."""
        team = team_id or self.team_id
        view: dict[str, Any] = {
            "id": None,
            "team_id": team,
            "type": "modal",
            "blocks": [],
            "private_metadata": "",
            "callback_id": "",
            "state": {"values": {}},
            "hash": None,
            "title": {"type": "plain_text", "text": "Safeguarding", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": None,
            "previous_view_id": None,
            "root_view_id": None,
            "app_id": self.api_app_id,
            "external_id": "",
            "app_installed_team_id": team,
            "bot_id": BOT_ID,
        }
        view.update(copy.deepcopy(dict(base or {})))
        for key, value in (
            ("id", view_id),
            ("hash", hash),
            ("callback_id", callback_id),
            ("private_metadata", private_metadata),
        ):
            if value is not None:
                view[key] = value
        view["id"] = view["id"] or new_view_id()
        view["hash"] = view["hash"] or new_view_hash()
        view["root_view_id"] = view["root_view_id"] or view["id"]
        if values is not None:
            view["state"] = {"values": dict(values)}
        return view

    # -- slash commands ---------------------------------------------------------------

    def slash_command(
        self,
        text: str = "",
        *,
        command: str = "/incident",
        user_id: str = USER_ID,
        user_name: str = USER_NAME,
        channel_id: str = CHANNEL_ID,
        channel_name: str = CHANNEL_NAME,
        team_id: str | None = None,
        trigger_id: str | None = None,
        response_url: str | None = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """A slash command, form-encoded with the fields (and order) Slack uses."""
        team = team_id or self.team_id
        fields = {
            "token": self.verification_token,
            "team_id": team,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "user_id": user_id,
            "user_name": user_name,
            "command": command,
            "text": text,
            "api_app_id": self.api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url or self._response_url("commands", team),
            "trigger_id": trigger_id or new_trigger_id(),
        }
        return self._form(fields, **opts)

    # -- interactivity ----------------------------------------------------------------

    def block_actions(
        self,
        actions: str | Mapping[str, Any] | Sequence[Mapping[str, Any]],
        *,
        user_id: str = USER_ID,
        user_name: str = USER_NAME,
        view: Mapping[str, Any] | None = None,
        message: Mapping[str, Any] | None = None,
        channel_id: str = CHANNEL_ID,
        channel_name: str = CHANNEL_NAME,
        container: Mapping[str, Any] | None = None,
        state_values: Mapping[str, Any] | None = None,
        team_id: str | None = None,
        trigger_id: str | None = None,
        response_url: str | None = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """A click (or select) in a message, or in a view if ``view`` is given.

        ``actions`` is an action_id (a button), one :func:`action` dict, or a list.
        ``state_values`` is the current state, as :func:`state_values` takes it.
        """
        team = team_id or self.team_id
        if isinstance(actions, str):
            actions = [action(actions)]
        elif isinstance(actions, Mapping):
            actions = [actions]
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": self._user(user_id, user_name, team),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "container": None,
            "trigger_id": trigger_id or new_trigger_id(),
            "team": self._team(team),
            "enterprise": None,
            "is_enterprise_install": False,
        }
        if view is not None:
            full_view = self.build_view(view, team_id=team)
            if state_values is not None:
                full_view["state"] = {"values": _build_state(state_values)}
            payload["container"] = dict(container or {"type": "view", "view_id": full_view["id"]})
            payload["view"] = full_view
        else:
            msg = {
                "type": "message",
                "text": "",
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "app_id": self.api_app_id,
                "team": team,
                "blocks": [],
            }
            msg.update(copy.deepcopy(dict(message or {})))
            msg.setdefault("ts", slack_ts())
            msg.pop("channel", None)
            payload["container"] = dict(
                container
                or {
                    "type": "message",
                    "message_ts": msg["ts"],
                    "channel_id": channel_id,
                    "is_ephemeral": False,
                }
            )
            payload["channel"] = {"id": channel_id, "name": channel_name}
            payload["message"] = msg
            payload["state"] = {"values": _build_state(state_values or {})}
            payload["response_url"] = response_url or self._response_url("actions", team)
        payload["actions"] = [dict(a) for a in actions]
        return self._interactive(payload, **opts)

    def view_submission(
        self,
        callback_id: str | None = None,
        state_values: Mapping[str, Any] | None = None,
        *,
        view: Mapping[str, Any] | None = None,
        user_id: str = USER_ID,
        user_name: str = USER_NAME,
        private_metadata: str | None = None,
        view_id: str | None = None,
        hash: str | None = None,
        team_id: str | None = None,
        trigger_id: str | None = None,
        response_urls: Sequence[Mapping[str, str]] = (),
        **opts: Unpack[SendOptions],
    ) -> Response:
        """A modal's Submit. ``state_values`` maps block_id → (action_id, type, value).

        Pass ``view=`` (e.g. the view the fake recorded from the bot's views.open) to
        submit that very modal: its callback_id, private_metadata, id and hash are used,
        and ``state_values`` is checked against its blocks.
        """
        team = team_id or self.team_id
        state = _build_state(state_values or {})
        if view is not None and view.get("blocks"):
            _check_state_against_blocks(state, view["blocks"])
        full_view = self.build_view(
            view,
            callback_id=callback_id,
            private_metadata=private_metadata,
            view_id=view_id,
            hash=hash,
            values=state,
            team_id=team,
        )
        if not full_view["callback_id"] and callback_id is None and view is None:
            raise ValueError("view_submission needs a callback_id or a view")
        payload = {
            "type": "view_submission",
            "team": self._team(team),
            "user": self._user(user_id, user_name, team),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "trigger_id": trigger_id or new_trigger_id(),
            "view": full_view,
            "response_urls": [dict(r) for r in response_urls],
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self._interactive(payload, **opts)

    def view_closed(
        self,
        callback_id: str | None = None,
        *,
        view: Mapping[str, Any] | None = None,
        user_id: str = USER_ID,
        user_name: str = USER_NAME,
        is_cleared: bool = False,
        team_id: str | None = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """A modal's Cancel/close (sent only for views with notify_on_close)."""
        team = team_id or self.team_id
        payload = {
            "type": "view_closed",
            "team": self._team(team),
            "user": self._user(user_id, user_name, team),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "view": self.build_view(view, callback_id=callback_id, team_id=team),
            "is_cleared": is_cleared,
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self._interactive(payload, **opts)

    # -- Events API -------------------------------------------------------------------

    def event(
        self,
        event: Mapping[str, Any],
        *,
        event_id: str | None = None,
        event_time: int | None = None,
        team_id: str | None = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """An Events API delivery: ``event`` wrapped in Slack's event_callback envelope."""
        team = team_id or self.team_id
        inner = dict(event)
        inner.setdefault("event_ts", slack_ts())
        payload = {
            "token": self.verification_token,
            "team_id": team,
            "context_team_id": team,
            "context_enterprise_id": None,
            "api_app_id": self.api_app_id,
            "event": inner,
            "type": "event_callback",
            "event_id": event_id or "Ev0" + "".join(secrets.choice(_ALNUM) for _ in range(9)),
            "event_time": int(time.time()) if event_time is None else event_time,
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": team,
                    "user_id": BOT_USER_ID,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": "4-" + secrets.token_urlsafe(24),
        }
        return self._json(payload, **opts)

    def app_home_opened(
        self,
        user_id: str = USER_ID,
        *,
        tab: str = "home",
        view: Mapping[str, Any] | None = None,
        **opts: Unpack[SendOptions],
    ) -> Response:
        """The user opened the bot's Home tab (``view`` is the one last published)."""
        event: dict[str, Any] = {
            "type": "app_home_opened",
            "user": user_id,
            "channel": dm_channel_id(user_id),
            "tab": tab,
        }
        if view is not None:
            event["view"] = self.build_view({"type": "home", **view})
        return self.event(event, **opts)

    def url_verification(self, challenge: str = "", **opts: Unpack[SendOptions]) -> Response:
        """Slack's handshake when the request URL is saved in the app config."""
        payload = {
            "token": self.verification_token,
            "challenge": challenge or secrets.token_urlsafe(36),
            "type": "url_verification",
        }
        return self._json(payload, **opts)
