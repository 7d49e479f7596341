"""What a request from Slack says, read defensively, before Bolt or a listener acts on it.

A payload without the fields Bolt and the listeners rely on (a user, a trigger, a view's
state) did not come from Slack as documented: the HTTP endpoint answers it with a 400
instead of letting it fail inside Bolt (a 500). The values the bot itself put in its
controls and modals (``verb:id`` in a menu, an id in ``private_metadata``) come back
through here too, turned into row ids only if a row could have them: anything else is a
stale or forged control, which the listeners answer with "out of date".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

#: The largest id a row can have: PostgreSQL's INTEGER column (SQLite's is wider).
MAX_ROW_ID = 2**31 - 1

#: A whole number as the bot writes one: ASCII digits, no more than the largest id has.
_DIGITS = re.compile(r"[0-9]{1,10}")
#: A request's Unix time in seconds (twelve digits reach the year 33658).
_SECONDS = re.compile(r"[0-9]{1,12}")

#: The kinds of request the bot takes, and per kind the paths that must lead to a
#: non-empty value of the given type. Any other kind is refused: Bolt's parsing assumes
#: the documented fields of whatever kind it is given.
_REQUIRED: dict[str, tuple[tuple[tuple[str, ...], type], ...]] = {
    "command": ((("user_id",), str), (("trigger_id",), str), (("command",), str)),
    "ssl_check": (),
    "url_verification": ((("challenge",), str),),
    "block_actions": ((("user", "id"), str), (("trigger_id",), str), (("actions",), list)),
    "view_submission": ((("user", "id"), str), (("view", "id"), str), (("view", "state"), dict)),
    "view_closed": ((("user", "id"), str), (("view", "id"), str)),
    "event_callback": ((("event", "type"), str),),
}


def _at(body: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        body = body.get(key) if isinstance(body, dict) else None
    return body


def is_well_formed(body: Any) -> bool:
    """True if ``body`` (parsed) has every field its kind of request must have."""
    if not isinstance(body, dict):
        return False
    kind = next((k for k in ("command", "ssl_check") if k in body), str(body.get("type", "")))
    if kind not in _REQUIRED:
        return False
    for path, kind_of_value in _REQUIRED[kind]:
        value = _at(body, path)
        if not value or not isinstance(value, kind_of_value):
            return False
    return kind != "block_actions" or all(isinstance(a, dict) for a in body["actions"])


def has_request_time(headers: Mapping[str, Sequence[str]]) -> bool:
    """Whether ``X-Slack-Request-Timestamp``, if sent, is what Slack sends: whole seconds
    (Bolt's signature check cannot read anything else). Bolt treats a missing one as 0."""
    sent = headers.get("x-slack-request-timestamp")
    return not sent or all(_SECONDS.fullmatch(value) for value in sent)


def whole_number(value: Any, maximum: int = MAX_ROW_ID) -> int | None:
    """``value`` (an int, or its decimal digits) if it is a whole number from 0 to
    ``maximum``; None for anything else: signs, spaces, non-ASCII digits, floats, bools."""
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= maximum else None


def row_id(value: Any) -> int | None:
    """``value`` as the id of a stored row (1 up to the database's integer limit), or
    None if no row can have it."""
    number = whole_number(value)
    return number if number else None


def action_value(action: Mapping[str, Any]) -> str:
    """What a pressed button, or the chosen option of a menu, sends back ('' if none)."""
    chosen = action.get("selected_option")
    value = chosen.get("value") if isinstance(chosen, Mapping) else action.get("value")
    return value if isinstance(value, str) else ""


def menu_value(verb: str, target: int | None) -> str:
    """The value a menu option sends back: ``verb:id`` (read again by :func:`verb_and_id`)."""
    return f"{verb}:{target}"


def verb_and_id(action: Mapping[str, Any]) -> tuple[str, int | None]:
    """``verb:id`` from a menu option (see :func:`menu_value`), or an id alone from a
    button (verb empty)."""
    verb, _, target = action_value(action).rpartition(":")
    return verb, row_id(target)


def form_target(view: Mapping[str, Any]) -> tuple[str, int] | None:
    """The verb and row id a modal of this bot carries in ``private_metadata``
    (``{"verb", "id"}``); None if the metadata is not that."""
    raw = view.get("private_metadata")
    try:
        meta = json.loads(raw) if isinstance(raw, str) and raw else None
    except ValueError:
        return None
    if not isinstance(meta, dict) or (target := row_id(meta.get("id"))) is None:
        return None
    verb = meta.get("verb")
    return (verb, target) if isinstance(verb, str) else None
