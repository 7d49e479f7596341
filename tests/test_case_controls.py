"""The case card's and the reminders' listeners as plain methods: driven here with a fake
client and a recording ``respond``, no Slack, to show the guard answers their opening
once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.listeners.actions import CaseControls
from bot.listeners.guard import OUT_OF_DATE
from bot.listeners.reminders import _STALE, _STALE_ITEM, ReminderButtons
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import AuditEvent
from tests.support.slack_requests import CHANNEL_ID, USER_ID


@dataclass
class _Access:
    member: bool

    def allows(self, user_id: str) -> bool:
        return self.member


@dataclass
class _Client:
    opened: list[Any] = field(default_factory=list)

    def views_open(self, **kwargs: Any) -> None:
        self.opened.append(kwargs)


def _press(engine: Engine, *, member: bool, value: str) -> tuple[list[str], _Client]:
    runtime = Runtime(engine, load_rules(), CHANNEL_ID, _Access(member))  # type: ignore[arg-type]
    told: list[str] = []
    client = _Client()
    CaseControls(runtime).case_history(
        body={"user": {"id": USER_ID}, "trigger_id": "trigger"},
        action={"action_id": "case_history", "value": value},
        client=client,
        respond=lambda text, **_: told.append(text),
    )
    return told, client


def test_a_control_of_a_case_that_is_gone_is_out_of_date(engine: Engine) -> None:
    told, client = _press(engine, member=True, value="12345")
    assert told == [OUT_OF_DATE]
    assert client.opened == []


def test_someone_outside_the_partnership_is_refused_and_audited(engine: Engine) -> None:
    told, client = _press(engine, member=False, value="12345")
    assert len(told) == 1 and "partnership" in told[0]
    assert client.opened == []
    with Session(engine) as session:
        refused = session.exec(select(AuditEvent.action)).all()
    assert refused == ["access_refused"]


def test_a_reminder_button_for_a_step_or_item_that_is_gone_says_so(engine: Engine) -> None:
    runtime = Runtime(engine, load_rules(), CHANNEL_ID, _Access(True))  # type: ignore[arg-type]
    told: list[str] = []
    buttons = ReminderButtons(runtime)
    body = {"user": {"id": USER_ID}, "trigger_id": "trigger"}

    def respond(text: str, **_: Any) -> None:
        told.append(text)

    client = _Client()
    buttons.step_done(body=body, action={"value": "12345"}, client=client, respond=respond)
    buttons.step_snooze(body=body, action={"value": "12345:1"}, respond=respond)
    buttons.item_snooze(body=body, action={"value": "x:1"}, respond=respond)
    assert told == [_STALE, _STALE, _STALE_ITEM]
    assert client.opened == []
