"""A case logged through the form, and its card's and checklist's controls pressed, as the
integration tests drive them."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action

ALL_AGENCIES = [
    "childrens_social_care",
    "police",
    "health_icb",
    "education",
    "probation",
    "ambulance_service",
    "hospital_trust",
    "other",
]


def log_case(running: RunningBot, **changes: Any) -> Incident:
    """Log an incident through the form and wait until it is posted."""
    view = open_form(running)
    running.slack.view_submission(view=view, state_values=form(**changes))
    running.fake.wait_for("views.update")
    running.fake.clear()
    with Session(running.engine) as session:
        return session.exec(select(Incident).order_by(Incident.id.desc())).first()


def step_of(running: RunningBot, key: str) -> Step:
    with Session(running.engine) as session:
        return session.exec(select(Step).where(Step.step_key == key)).one()


def items_of(running: RunningBot) -> list[ChecklistItem]:
    with Session(running.engine) as session:
        return list(session.exec(select(ChecklistItem).order_by(ChecklistItem.position)).all())


def choose(running: RunningBot, action_id: str, value: str, user: str = USER_ID):
    """Pick ``value`` from a message's overflow menu (or press a case card button)."""
    buttons = ("case_history", "case_close", "case_close_settled", "case_reopen", "case_edit")
    kind = "button" if action_id in buttons else "overflow"
    return running.slack.block_actions(action(action_id, value, element_type=kind), user_id=user)


def opened(running: RunningBot, action_id: str, value: str) -> dict[str, Any]:
    """Choose ``value`` from a message's menu; the form it opened."""
    before = len(running.fake.calls("views.open"))
    assert choose(running, action_id, value).status == 200
    running.fake.wait_for("views.open", count=before + 1)
    view = running.fake.last_view()
    assert view is not None
    return view


def fill(running: RunningBot, count: int, values: dict[str, tuple[str, str, Any]]):
    """Submit the form the bot opened last (the ``count``-th views.open so far)."""
    running.fake.wait_for("views.open", count=count)
    view = running.fake.last_view()
    return running.slack.view_submission(view=view, state_values=values)


def message(running: RunningBot, ts: str) -> str:
    return text_of(next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == ts))


def actions(running: RunningBot) -> list[str]:
    with Session(running.engine) as session:
        return list(session.exec(select(AuditEvent.action).order_by(AuditEvent.id)).all())


def audited(running: RunningBot) -> str:
    """Everything the audit trail's events hold, as text (to look for words in)."""
    with Session(running.engine) as session:
        return text_of([event.detail for event in session.exec(select(AuditEvent))])


def history(running: RunningBot, incident: Incident) -> str:
    """The case's history, as its History button opens it."""
    opened = len(running.fake.calls("views.open"))
    assert choose(running, "case_history", str(incident.id)).status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    return text_of(running.fake.last_view())
