"""The incident form as a test fills it in, and the bot's messages as searchable text."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tests.support.running_bot import OWNER_ID, RunningBot


def text_of(value: Any) -> str:
    """Everything the bot sent, as searchable text."""
    return json.dumps(value, ensure_ascii=False)


def form(**changes: Any) -> dict[str, Any]:
    """A valid incident form's values, with some fields changed."""
    values: dict[str, Any] = {
        "pseudonym": "Child K",
        "age_band": "under_1",
        "what_happened": "died",
        "abuse_or_neglect": "yes",
        "status": [],
        "location": "in_area",
        "aware_on": date(2026, 11, 20),
        "summary": "Child K (pseudonym) was admitted to hospital with a head injury. Police "
        "and children's social care are involved. Siblings are safe with extended family.",
        "owner": OWNER_ID,
        "agencies": ["police", "health_icb"],
    }
    values.update(changes)
    types = {
        "pseudonym": "plain_text_input",
        "age_band": "static_select",
        "what_happened": "radio_buttons",
        "abuse_or_neglect": "radio_buttons",
        "status": "checkboxes",
        "learning_review": "checkboxes",
        "circumstances": "checkboxes",
        "location": "radio_buttons",
        "aware_on": "datepicker",
        "summary": "plain_text_input",
        "owner": "users_select",
        "agencies": "multi_static_select",
    }
    return {block: ("value", types[block], value) for block, value in values.items()}


def open_form(running: RunningBot) -> dict[str, Any]:
    """A new incident form, opened by ``/incident`` as a user would (each call a new one).
    The view this call opened, not the last one drawn: the work after an earlier form's ack
    may still be updating that form."""
    opened = len(running.fake.calls("views.open"))
    response = running.slack.slash_command("")
    assert response.status == 200
    call = running.fake.wait_for("views.open", count=opened + 1)[opened]
    assert call.params["trigger_id"] == response.sent["trigger_id"]
    view = running.fake.view(call.response["view"]["id"])
    assert view is not None and view["callback_id"] == "incident_form"
    return view
