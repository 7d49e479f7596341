"""Whether a request body has the shape Slack gives it, before Bolt or a listener reads it.

A payload without the fields Bolt and the listeners rely on (a user, a trigger, a view's
state) did not come from Slack as documented: the HTTP endpoint answers it with a 400
instead of letting it fail inside Bolt (a 500).
"""

from __future__ import annotations

from typing import Any

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
