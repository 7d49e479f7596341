"""Every kind of request the bot takes, each of its fields in turn replaced by the wrong JSON
type, left out, made huge or non-ASCII, sent signed and unsigned: never a 5xx, never a
traceback in the log, and at most one log line for each.

Why: the endpoint is on the internet. A request that makes the bot raise is a 500 to Slack
and kilobytes of traceback in the council's log, which anyone can fill; the fields are
taken from real requests of every kind (not made up), so that each path Bolt and the
listeners read is reached with something it does not expect.
"""

from __future__ import annotations

import copy
import json
import logging
import random
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from bot.views.case_forms import STEP_FORM
from tests.support.cases import items_of, log_case
from tests.support.forms import form, open_form
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import Response, SlackRequests, action

#: The same cases on every run (a failure can be replayed).
SEED = 23
#: How many changed copies of each kind are sent (the whole run takes seconds).
PER_KIND = 45

#: Left out, where a field was.
MISSING = object()
#: A value of every JSON type; each field gets one that is not of its own type.
WRONG_TYPES: list[Any] = [None, True, 7, -1.5, [], [["x"]], {}, {"id": {"id": [1]}}, "x"]
HUGE = "9" * 5000
NON_ASCII = "١٢٣ Çà 🙂 \u202eevil\u0000"


@dataclass(frozen=True)
class Kind:
    """A kind of request: a real one sent first, and how to send a changed copy of it."""

    name: str
    payload: dict[str, Any]
    send: Callable[[SlackRequests, dict[str, Any], bool], Response]


def _interactive(slack: SlackRequests, payload: dict[str, Any], signed: bool) -> Response:
    return slack._interactive(payload, unsigned=not signed)


def _json(slack: SlackRequests, payload: dict[str, Any], signed: bool) -> Response:
    return slack._json(payload, unsigned=not signed)


def _form(slack: SlackRequests, payload: dict[str, Any], signed: bool) -> Response:
    """Form fields are text: any other JSON type goes as a JSON body, as Bolt reads one."""
    if all(isinstance(value, str) for value in payload.values()):
        return slack._form(payload, unsigned=not signed)
    return _json(slack, payload, signed)


def _kinds(running: RunningBot) -> list[Kind]:
    """One real request of each kind, answered as usual, with a logged case behind it."""
    incident = log_case(running)
    slack = running.slack
    item = items_of(running)[0]
    view = open_form(running)
    sent: list[tuple[str, Response, Callable[..., Response]]] = [
        ("command", slack.slash_command("list"), _form),
        (
            "block_actions",
            slack.block_actions(
                action("checklist_item", f"done:{item.id}", element_type="overflow")
            ),
            _interactive,
        ),
        (
            "block_actions in App Home",
            slack.block_actions(action("home_page_more", "1"), view={"type": "home"}),
            _interactive,
        ),
        ("incident form", slack.view_submission(view=view, state_values=form()), _interactive),
        (
            "small form",
            slack.view_submission(
                STEP_FORM,
                {"reason": ("value", "plain_text_input", "Agreed at the partnership meeting")},
                private_metadata=json.dumps({"verb": "not_applicable", "id": incident.id}),
                view={"blocks": [{"type": "input", "block_id": "reason"}]},
            ),
            _interactive,
        ),
        ("view_closed", slack.view_closed(view=view), _interactive),
        ("app_home_opened", slack.app_home_opened(), _json),
        ("url_verification", slack.url_verification(), _json),
    ]
    kinds = []
    for name, response, send in sent:
        assert response.status < 500, (name, response.status)
        kinds.append(Kind(name, response.sent, send))
    kinds.append(Kind("ssl_check", {"ssl_check": "1", "token": "vErIfIcAtIoNtOkEn0001"}, _form))
    running.app.wait_idle(10)
    return kinds


#: What Slack echoes of the bot's own views and messages, which the bot does not read
#: back: each is replaced as a whole, not field by field.
ECHOED = frozenset({"blocks", "title", "submit", "close", "text"})


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every field of ``value``, nested ones too (but :data:`ECHOED`), and the first item
    of each list."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*at, key)
            if key not in ECHOED:
                yield from _paths(child, (*at, key))
    elif isinstance(value, list) and value:
        yield (*at, 0)
        yield from _paths(value[0], (*at, 0))


def _replaced(payload: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(payload)
    parent: Any = changed
    for key in path[:-1]:
        parent = parent[key]
    if value is MISSING:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return changed


def _at(payload: dict[str, Any], path: tuple[Any, ...]) -> Any:
    for key in path:
        payload = payload[key]
    return payload


def _cases(kinds: list[Kind], rng: random.Random) -> Iterator[tuple[Kind, str, dict[str, Any]]]:
    """Fields of each kind left out and of another type, and text made huge and non-ASCII:
    :data:`PER_KIND` of them, chosen at random (every field would take a minute)."""
    for kind in kinds:
        changes = [
            (path, value)
            for path in _paths(kind.payload)
            for value in _changes(_at(kind.payload, path), rng)
        ]
        for path, value in rng.sample(changes, min(PER_KIND, len(changes))):
            shown = "missing" if value is MISSING else f"{value!r:.20}"
            label = f"{kind.name}: {'.'.join(map(str, path))} = {shown}"
            yield kind, label, _replaced(kind.payload, path, value)


def _changes(was: Any, rng: random.Random) -> list[Any]:
    other = rng.choice([value for value in WRONG_TYPES if type(value) is not type(was)])
    return [MISSING, other, *((HUGE, NON_ASCII) if isinstance(was, str) else ())]


@pytest.fixture
def log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    return caplog


def _problems(log: pytest.LogCaptureFixture, label: str, response: Response) -> list[str]:
    """What is wrong with how the bot took one request: a 5xx, a traceback, or more than
    one log line (the log is emptied for the next)."""
    records = list(log.records)
    log.clear()
    lines = [log.handler.format(record) for record in records]
    problems = [f"{label}: answered {response.status}"] if response.status >= 500 else []
    if any("Traceback" in line or r.exc_info for line, r in zip(lines, records, strict=True)):
        problems.append(f"{label}: a traceback: {lines}")
    elif len(records) > 1:
        problems.append(f"{label}: {len(records)} log lines: {lines}")
    return problems


def test_every_field_of_every_kind_of_request_replaced(
    running: RunningBot, log: pytest.LogCaptureFixture
) -> None:
    kinds = _kinds(running)
    log.clear()
    rng = random.Random(SEED)
    problems: list[str] = []
    count, reached = 0, dict[str, int]()
    for kind, label, payload in _cases(kinds, rng):
        count += 1
        response = kind.send(running.slack, payload, True)
        if response.status < 400 or response.status == 404:  # it reached Bolt
            reached[kind.name] = reached.get(kind.name, 0) + 1
            running.app.wait_idle(10)
        problems += _problems(log, label, response)
        if rng.random() < 0.25:
            unsigned = kind.send(running.slack, payload, False)
            if unsigned.status != 401:
                problems.append(f"{label}: unsigned, answered {unsigned.status}")
            problems += _problems(log, f"{label} (unsigned)", unsigned)
    assert count > 300 and set(reached) == {kind.name for kind in kinds}  # not only refused
    assert not problems, "\n".join(p[:600] for p in problems)


def _as_sent(text: str) -> str:
    """``text`` as a header carries it: its UTF-8 bytes, which HTTP reads as Latin-1."""
    return text.encode().decode("latin-1")


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Slack-Request-Timestamp": _as_sent("١٧٨٠٠٠٠٠٠٠")},  # Arabic-Indic digits
        {"X-Slack-Request-Timestamp": "9" * 5000},
        {"X-Slack-Request-Timestamp": ""},
        {"X-Slack-Signature": _as_sent("v0=é")},  # compare_digest takes only ASCII
        {"X-Slack-Signature": ""},
    ],
)
@pytest.mark.parametrize("signed", [True, False])
def test_signature_headers_that_are_not_slacks_are_a_401(
    running: RunningBot, log: pytest.LogCaptureFixture, headers: dict[str, str], signed: bool
) -> None:
    response = running.slack.slash_command("list", unsigned=not signed, headers=headers)
    assert response.status == 401, response.body
    assert not _problems(log, "headers", response)


NESTED = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("payload=" + urllib.parse.quote(NESTED), "application/x-www-form-urlencoded"),
        (NESTED, "application/json"),
        ('{"type": "block_actions", "actions": ' + NESTED + "}", "application/json"),
        (b"payload=\xff\xfe", "application/x-www-form-urlencoded"),
    ],
)
@pytest.mark.parametrize("signed", [True, False])
def test_a_body_nested_too_deep_or_not_utf8_is_refused_in_one_line(
    running: RunningBot,
    log: pytest.LogCaptureFixture,
    body: str | bytes,
    content_type: str,
    signed: bool,
) -> None:
    """Unsigned, nothing is parsed (anyone could send it); signed, it does not parse."""
    response = running.slack.raw(body, content_type, sign=signed)
    assert response.status == (401 if signed is False and isinstance(body, str) else 400)
    assert not _problems(log, "body", response)


@pytest.mark.parametrize(
    "change",
    [
        {"actions": [{"type": "button", "action_id": 7, "block_id": "b"}]},
        {"actions": [{"type": "button", "action_id": ["case_history"], "block_id": "b"}]},
        {"actions": [{"type": "button", "block_id": "b"}]},
        {"type": "view_submission", "view": {"id": "V1", "type": "modal", "callback_id": 7}},
        {"type": "view_submission", "view": {"id": "V1", "type": "modal", "state": "junk"}},
        {
            "type": "view_submission",
            "view": {"id": "V1", "type": "modal", "callback_id": "x", "state": {"values": [[]]}},
        },
        {"response_url": "javascript:alert(1)"},
    ],
)
def test_the_malformed_requests_of_issue_23_are_a_400_in_one_line(
    running: RunningBot, log: pytest.LogCaptureFixture, change: dict[str, Any]
) -> None:
    payload = running.slack.block_actions(action("case_history", "1")).sent
    running.app.wait_idle(10)
    log.clear()
    response = running.slack._interactive(payload | change)
    assert response.status == 400, response.body
    assert [r.levelname for r in log.records] == ["WARNING"]
