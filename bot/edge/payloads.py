"""What a request from Slack says, read defensively, before Bolt or a listener acts on it.

A payload whose fields are not of the types Slack documents did not come from Slack as
documented: the HTTP endpoint answers it with a 400 instead of letting it reach Bolt,
whose parsing and routing index those fields unchecked (a 500 and a traceback).
:func:`malformed` holds the fields Bolt and the listeners rely on. The values the bot
itself put in its controls and modals are read by :mod:`bot.views.values`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

#: A request's Unix time in seconds (twelve digits reach the year 33658).
_SECONDS = re.compile(r"[0-9]{1,12}")


def _without_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("holds a NUL character, which Slack never sends")
    return text


#: An id as the bot stores or looks one up: text, without NUL (PostgreSQL cannot store it).
_Id = Annotated[str, AfterValidator(_without_nul)]
#: An id or a routing key: such text, never empty.
_Name = Annotated[_Id, Field(min_length=1)]


class _Shape(BaseModel):
    """Fields are checked for their JSON type only (no coercion); others are ignored."""

    model_config = ConfigDict(strict=True)


class _Ids(_Shape):
    """A user, team, enterprise or channel as an object."""

    id: _Id | None = None
    team_id: _Id | None = None
    enterprise_id: _Id | None = None


class _ResponseUrl(_Shape):
    response_url: AnyHttpUrl


class _Where(_Shape):
    """What Bolt reads in any payload, and in its event, message and authorizations, to
    find the team, the user, the channel and where to reply."""

    enterprise: _Id | _Ids | None = None
    team: _Id | _Ids | None = None
    user: _Id | _Ids | None = None
    channel: _Id | _Ids | None = None
    enterprise_id: _Id | None = None
    team_id: _Id | None = None
    user_id: _Id | None = None
    channel_id: _Id | None = None
    authorizations: list[_Where] | None = None
    event: _Where | None = None
    message: _Where | None = None
    previous_message: _Where | None = None
    item: _Where | None = None
    response_url: AnyHttpUrl | None = None
    response_urls: list[_ResponseUrl] | None = None


class _User(_Ids):
    id: _Name


class _State(_Shape):
    #: Block id → action id → element state; what an element holds is read by the forms.
    values: dict[str, Any]


class _View(_Shape):
    id: _Name
    type: _Name
    callback_id: str
    team_id: str | None = None
    app_installed_team_id: str | None = None
    state: _State | None = None


class _Action(_Shape):
    action_id: _Name
    block_id: str = ""
    type: str = ""


class _Command(_Where):
    command: _Name
    user_id: _Name
    trigger_id: _Name
    response_url: AnyHttpUrl  # where every answer goes
    text: _Id = ""  # looked up as typed (a case reference, an agency)


class _BlockActions(_Where):
    user: _User
    trigger_id: _Name
    actions: Annotated[list[_Action], Field(min_length=1)]
    view: _View | None = None

    @model_validator(mode="after")
    def _answerable(self) -> _BlockActions:
        if self.view is None and self.response_url is None:
            raise ValueError("an action in a message needs a response_url")
        return self


class _Submitted(_View):
    state: _State


class _ViewSubmission(_Where):
    user: _User
    view: _Submitted


class _ViewClosed(_Where):
    user: _User
    view: _View


class _Event(_Where):
    type: _Name


class _EventCallback(_Where):
    event: _Event


class _UrlVerification(_Shape):
    challenge: _Name


#: The kinds of request the bot takes, and the shape of each. Any other kind is refused:
#: Bolt's parsing assumes the documented fields of whatever kind it is given.
_SHAPES: dict[str, type[_Shape]] = {
    "command": _Command,
    "ssl_check": _Shape,
    "url_verification": _UrlVerification,
    "block_actions": _BlockActions,
    "view_submission": _ViewSubmission,
    "view_closed": _ViewClosed,
    "event_callback": _EventCallback,
}


def malformed(body: Any) -> str | None:
    """Why ``body`` (parsed) is not a request of a kind the bot takes, in one short line
    naming the field, never its value; None if it is one."""
    if not isinstance(body, dict):
        return "not a JSON object"
    kind = next((k for k in ("command", "ssl_check") if k in body), body.get("type"))
    shape = _SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        return "not a kind of request the bot takes"
    try:
        shape.model_validate(body)
    except ValidationError as invalid:
        first = invalid.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{kind}: {where[:80]!r}: {first['msg']}"
    return None


def readable_signature(timestamp: str, signature: str) -> bool:
    """Whether a request's signature headers are what Slack sends, the timestamp in whole
    seconds and the signature ASCII: slack_sdk's verifier raises on anything else (its
    ``int()`` reads '١٢٣', but not '9' * 5000; its ``compare_digest`` takes only ASCII)."""
    return bool(_SECONDS.fullmatch(timestamp)) and signature.isascii()
