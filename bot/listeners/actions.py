"""Menus and buttons on the case card and the checklist.

A choice that needs no more input takes effect at once and the messages are redrawn; one
that does (a date, a reason, an owner, a note) opens a small form, handled in
``bot.listeners.forms``.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot import cases, lifecycle, posting
from bot.blocks.case_card import (
    CLOSE_ACTION,
    EDIT_ACTION,
    HISTORY_ACTION,
    REOPEN_ACTION,
    STEP_ACTION,
)
from bot.blocks.case_forms import case_modal, item_modal, step_modal
from bot.blocks.checklist import ACTION as ITEM_ACTION
from bot.blocks.history import history_modal
from bot.blocks.incident_form import incident_modal
from bot.domain.calendar import london_date
from bot.domain.words import ITEM_VERB_STATUS, ItemVerb, StepVerb
from bot.listeners.guard import acknowledge, after_ack, allowed, tell
from bot.payloads import verb_and_id
from bot.runtime import Runtime
from storage.models import ChecklistItem, Incident, Step

_STALE = "That menu is out of date; the message has been redrawn. Please choose again."
_OPEN_ALREADY = "That case is open already; the card has been redrawn."


def register(app: App, runtime: Runtime) -> None:
    """Attach the case card's and the checklist's menus and buttons."""

    def checklist_item(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        user = body["user"]["id"]
        if not allowed(runtime, user, "checklist", respond):
            return
        verb, item_id = verb_and_id(action)
        if item_id is None:
            tell(respond, _STALE)
            return
        if verb in (ItemVerb.ASSIGN, ItemVerb.NOTE):
            found = cases.find_row(runtime.engine, ChecklistItem, item_id)
            if found is None:
                tell(respond, _STALE)
                return
            item, incident = found
            if incident.closed_at is not None:
                tell(respond, lifecycle.closed_refusal(incident))
            else:
                client.views_open(trigger_id=body["trigger_id"], view=item_modal(verb, item))
            return
        if verb not in ITEM_VERB_STATUS:
            tell(respond, _STALE)
            return
        now = runtime.clock()
        try:
            case = lifecycle.update_item(
                runtime.engine,
                runtime.rules,
                item_id=item_id,
                actor=user,
                now=now,
                status=ITEM_VERB_STATUS[ItemVerb(verb)],
            )
        except lifecycle.NotAllowed as exc:
            tell(respond, str(exc))
            return
        _redraw(runtime, client, case.incident, card=False)

    def case_step(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        user = body["user"]["id"]
        if not allowed(runtime, user, "case_card", respond):
            return
        verb, step_id = verb_and_id(action)
        if step_id is None or (found := cases.find_row(runtime.engine, Step, step_id)) is None:
            tell(respond, _STALE)
            return
        step, incident = found
        if incident.closed_at is not None:
            tell(respond, lifecycle.closed_refusal(incident))
            return
        now = runtime.clock()
        if verb == StepVerb.UNDO:
            try:
                case = lifecycle.reopen_step(
                    runtime.engine, runtime.rules, step_id=step_id, actor=user, now=now
                )
            except lifecycle.NotAllowed as exc:
                tell(respond, str(exc))
                return
            _redraw(runtime, client, case.incident)
            return
        if verb not in tuple(StepVerb):
            tell(respond, _STALE)
            return
        view = step_modal(verb, step, incident, london_date(now))
        client.views_open(trigger_id=body["trigger_id"], view=view)

    def case_history(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        if not allowed(runtime, body["user"]["id"], "history", respond):
            return
        _, incident_id = verb_and_id(action)
        found = cases.case_history(runtime.engine, incident_id) if incident_id else None
        if found is None:
            tell(respond, _STALE)
            return
        client.views_open(trigger_id=body["trigger_id"], view=history_modal(*found))

    def case_button(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Close, Reopen or Edit: each opens its form, if the case is in a state for it."""
        surface = str(action["action_id"]).removeprefix("case_")  # close, reopen, edit
        if not allowed(runtime, body["user"]["id"], surface, respond):
            return
        _, incident_id = verb_and_id(action)
        incident = cases.find_incident(runtime.engine, incident_id) if incident_id else None
        if incident is None:
            tell(respond, _STALE)
            return
        reopening = action["action_id"] == REOPEN_ACTION
        if (incident.closed_at is not None) != reopening:
            # A button of the case as it was: say so, and show it as it is.
            tell(
                respond, lifecycle.closed_refusal(incident) if incident.closed_at else _OPEN_ALREADY
            )
            _redraw(runtime, client, incident)
            return
        if action["action_id"] == EDIT_ACTION:
            view = incident_modal(
                runtime.rules.checklist.agencies,
                london_date(runtime.clock()),
                current=cases.report_of(incident),
                incident_id=incident.id,
            )
        else:
            view = case_modal("reopen" if reopening else "close", incident)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    app.action(ITEM_ACTION)(ack=acknowledge, lazy=after_ack(checklist_item))
    app.action(STEP_ACTION)(ack=acknowledge, lazy=after_ack(case_step))
    app.action(HISTORY_ACTION)(ack=acknowledge, lazy=after_ack(case_history))
    for button in (CLOSE_ACTION, REOPEN_ACTION, EDIT_ACTION):
        app.action(button)(ack=acknowledge, lazy=after_ack(case_button))


def _redraw(runtime: Runtime, client: WebClient, incident: Incident, *, card: bool = True) -> None:
    assert incident.id is not None
    posting.refresh_messages(
        client, runtime.engine, runtime.rules, incident.id, runtime.clock(), card=card
    )
