"""The rapid review section's forms as a test fills them in: choose from its menu, submit
the form it opened; and the card's step forms a review's path goes through."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from storage.models import Incident, Step
from tests.support.cases import choose
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import USER_ID


def review_form(running: RunningBot, value: str, user: str = USER_ID) -> dict[str, Any]:
    """Choose ``value`` from the card's rapid review menu; the form it opened."""
    before = len(running.fake.calls("views.open"))
    assert choose(running, "review", value, user=user).status == 200
    running.fake.wait_for("views.open", count=before + 1)
    view = running.fake.last_view()
    assert view is not None
    return view


def submit(
    running: RunningBot, view: dict[str, Any], user: str = USER_ID, **fields: tuple[str, Any]
) -> Any:
    """Submit a review form: the date as it was offered (or ``date``), and the ``fields``
    given."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        kind = block["element"]["type"]
        if block["block_id"] == "date":
            values["date"] = ("value", kind, fields.get("date", block["element"]["initial_date"]))
        elif block["block_id"] in fields:
            values[block["block_id"]] = ("value", kind, fields[block["block_id"]])
    return running.slack.view_submission(view=view, state_values=values, user_id=user)


def record(running: RunningBot, incident: Incident, value: str, **fields: Any) -> Any:
    updates = len(running.fake.calls("chat.update"))
    answer = submit(running, review_form(running, f"{value}:{incident.id}"), **fields)
    if answer.body == "":
        running.fake.wait_for("chat.update", count=updates + 2)  # the card, the checklist
    return answer


def step_on(running: RunningBot, incident: Incident, key: str) -> Step | None:
    """The ``key`` step of one case (None if it has none)."""
    with Session(running.engine) as session:
        statement = select(Step).where(Step.incident_id == incident.id, Step.step_key == key)
        return session.exec(statement).first()


def press_step(running: RunningBot, incident: Incident, verb: str, key: str, **fields: Any) -> Any:
    """Choose ``verb`` from the case card's menu of its ``key`` step, and submit the form
    it opens with ``fields`` (a date as ``date``), as the card's own forms are."""
    step = step_on(running, incident, key)
    assert step is not None, f"{incident.reference} has no {key} step"
    opened, updates = len(running.fake.calls("views.open")), len(running.fake.calls("chat.update"))
    assert choose(running, "case_step", f"{verb}:{step.id}").status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    kinds = {"date": "datepicker", "family_informed_on": "datepicker", "decision": "radio_buttons"}
    values = {k: ("value", kinds.get(k, "plain_text_input"), v) for k, v in fields.items()}
    answer = running.slack.view_submission(view=view, state_values=values)
    if answer.body == "":
        running.fake.wait_for("chat.update", count=updates + 2)  # the card, the checklist
    return answer


def decide(running: RunningBot, incident: Incident, decision: str, on: date) -> None:
    """Record the rapid review's decision from the card, on ``on``."""
    answer = press_step(
        running,
        incident,
        "done",
        "lcspr_decision",
        date=on,
        decision=decision,
        rationale="The partners agreed the criteria are met.",
        family_informed_on=None,
    )
    assert answer.body == "", answer.body


def settle_open(
    view: dict[str, Any], *, reason: str | None = None, on: date | None = None, **done: date
) -> dict[str, tuple[str, str, Any]]:
    """Answers to the publication form's questions about the steps still open: those in
    ``done`` (by step id) done on their dates, the others done on ``on`` or, without it,
    not applicable for ``reason``."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view["blocks"]:
        key = str(block.get("block_id", ""))
        if not key.startswith("settle:"):
            continue
        step = key.removeprefix("settle:")
        when = done.get(step, on)
        chosen = "done" if when else "not_applicable"
        values[key] = ("value", "radio_buttons", chosen)
        values[f"settle_on:{step}"] = ("value", "datepicker", when)
        values[f"settle_why:{step}"] = ("value", "plain_text_input", None if when else reason)
    return values
