"""Checklist menu choices: update the item, then redraw the checklist from the database."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot import cases
from bot.blocks.checklist import ACTION, checklist_message
from bot.domain.calendar import london_date
from bot.listeners.guard import allowed
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

_STALE = "That checklist item no longer exists. Use /incident show REFERENCE for the current case."


def register(app: App, runtime: Runtime) -> None:
    """Attach the checklist item menu."""

    @app.action(ACTION)
    def checklist_item(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        ack()
        user = body["user"]["id"]
        if not allowed(runtime, user, "checklist", respond):
            return
        verb, _, item_id = str((action.get("selected_option") or {}).get("value", "")).partition(
            ":"
        )
        if verb not in cases.ITEM_VERBS or not item_id.isdigit():
            respond(text=_STALE, response_type="ephemeral", replace_original=False)
            return
        now = runtime.clock()
        try:
            case = cases.set_item_status(runtime.engine, int(item_id), verb, user, now)
        except LookupError:
            respond(text=_STALE, response_type="ephemeral", replace_original=False)
            return
        incident = case.incident
        client.chat_update(
            channel=incident.channel_id or body["channel"]["id"],
            ts=incident.checklist_ts or body["message"]["ts"],
            text=f"Rapid review checklist for {incident.reference}",
            blocks=checklist_message(
                incident, case.items, london_date(now), runtime.rules.calendar
            ),
        )
