"""The rapid review section's forms as a test fills them in: choose from its menu, submit
the form it opened."""

from __future__ import annotations

from typing import Any

from storage.models import Incident
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
    """Submit a review form: the date as it was offered, and the ``fields`` given."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        kind = block["element"]["type"]
        if block["block_id"] == "date":
            values["date"] = ("value", kind, block["element"]["initial_date"])
        elif block["block_id"] in fields:
            values[block["block_id"]] = ("value", kind, fields[block["block_id"]])
    return running.slack.view_submission(view=view, state_values=values, user_id=user)


def record(running: RunningBot, incident: Incident, value: str, **fields: Any) -> Any:
    updates = len(running.fake.calls("chat.update"))
    answer = submit(running, review_form(running, f"{value}:{incident.id}"), **fields)
    if answer.body == "":
        running.fake.wait_for("chat.update", count=updates + 2)  # the card, the checklist
    return answer
