"""Menus and buttons on the case card and the checklist.

A choice that needs no more input takes effect at once and the messages are redrawn; one
that does (a date, a reason, an owner, a note) opens a small form, handled in
``bot.listeners.forms``. Membership, refusals and controls out of date are answered by
the guard (:func:`bot.listeners.guard.guarded`), so each listener is its own job.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.domain.calendar import london_date
from bot.domain.closing import item_moves_card
from bot.domain.words import ITEM_VERB_STATUS, ItemVerb, StepVerb
from bot.flows import posting
from bot.listeners.guard import (
    OutOfDate,
    acknowledge,
    acknowledge_form,
    acknowledge_form_if,
    after_ack,
    guarded,
    tell,
)
from bot.runtime import Runtime
from bot.usecases import cases, improvement, lifecycle
from bot.views.case_card import (
    CLOSE_ACTION,
    CLOSE_SETTLED_ACTION,
    EDIT_ACTION,
    HISTORY_ACTION,
    REOPEN_ACTION,
    STEP_ACTION,
)
from bot.views.case_forms import case_modal, item_modal, step_modal
from bot.views.checklist import ACTION as ITEM_ACTION
from bot.views.history import history_modal
from bot.views.incident_form import incident_modal
from bot.views.values import verb_and_id
from storage.models import ChecklistItem, Incident, Step

_OPEN_ALREADY = "That case is open already; the card has been redrawn."


def _surface(action: dict[str, Any]) -> str:
    """A case button's surface, as refusals are audited: close, close_settled, reopen or
    edit."""
    return str(action["action_id"]).removeprefix("case_")


#: A checklist item's choices that open a form (the others act at once).
_ITEM_FORMS = (ItemVerb.DONE_ON, ItemVerb.ASSIGN, ItemVerb.NOTE, ItemVerb.NOT_APPLICABLE)


class CaseControls:
    """The listeners of a case card's and a checklist's controls, one method each."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("checklist")
    def checklist_item(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """A checklist item's menu: done or undo at once; done on an earlier date, not
        applicable (which asks why), assign or note by a form."""
        verb, item_id = verb_and_id(action)
        if item_id is None:
            raise OutOfDate
        if verb in _ITEM_FORMS:
            if (found := cases.find_row(self.runtime.engine, ChecklistItem, item_id)) is None:
                raise OutOfDate
            item, incident = found
            if incident.closed_at is not None:
                tell(respond, lifecycle.closed_refusal(incident))
                return
            today = london_date(self.runtime.clock())
            view = item_modal(verb, item, today)
            client.views_open(trigger_id=body["trigger_id"], view=view)
            return
        if verb not in ITEM_VERB_STATUS:
            raise OutOfDate
        case = lifecycle.update_item(
            self.runtime.engine,
            self.runtime.rules,
            item_id=item_id,
            actor=body["user"]["id"],
            now=self.runtime.clock(),
            status=ITEM_VERB_STATUS[ItemVerb(verb)],
        )
        self._redraw(client, case.incident, card=item_moves_card(case.items, item_id))

    @guarded("case_card")
    def case_step(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """A step's menu on the case card: undo at once, anything else by its form."""
        verb, step_id = verb_and_id(action)
        if step_id is None or (found := cases.find_row(self.runtime.engine, Step, step_id)) is None:
            raise OutOfDate
        step, incident = found
        if incident.closed_at is not None:
            tell(respond, lifecycle.closed_refusal(incident))
            return
        now = self.runtime.clock()
        if verb == StepVerb.UNDO:
            case = lifecycle.reopen_step(
                self.runtime.engine,
                self.runtime.rules,
                step_id=step_id,
                actor=body["user"]["id"],
                now=now,
            )
            self._redraw(client, case.incident)
            return
        if verb not in tuple(StepVerb):
            raise OutOfDate
        if (drawn := cases.get_case(self.runtime.engine, step.incident_id)) is None:
            raise OutOfDate
        today, rules = london_date(now), self.runtime.rules
        view = step_modal(verb, step, incident, today, rules=rules, steps=drawn.steps)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @guarded("history")
    def case_history(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """The case's history, in a modal."""
        _, incident_id = verb_and_id(action)
        found = (
            cases.case_history(self.runtime.engine, self.runtime.rules, incident_id)
            if incident_id
            else None
        )
        if found is None:
            raise OutOfDate
        client.views_open(trigger_id=body["trigger_id"], view=history_modal(*found))

    @guarded(_surface)
    def case_button(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Close, Reopen or Edit: each opens its form, if the case is in a state for it."""
        _, incident_id = verb_and_id(action)
        incident = cases.find_incident(self.runtime.engine, incident_id) if incident_id else None
        if incident is None:
            raise OutOfDate
        reopening = action["action_id"] == REOPEN_ACTION
        if (incident.closed_at is not None) != reopening:
            # A button of the case as it was: say so, and show it as it is.
            tell(
                respond, lifecycle.closed_refusal(incident) if incident.closed_at else _OPEN_ALREADY
            )
            self._redraw(client, incident)
            return
        if action["action_id"] == CLOSE_ACTION and (
            count := improvement.open_action_count(self.runtime.engine, incident_id=incident.id)
        ):
            tell(respond, lifecycle.open_actions_refusal(incident, count))
            return
        if action["action_id"] == EDIT_ACTION:
            view = incident_modal(
                self.runtime.rules.checklist.agencies,
                london_date(self.runtime.clock()),
                current=cases.report_of(incident),
                incident_id=incident.id,
            )
        else:
            view = case_modal("reopen" if reopening else "close", incident)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @guarded(_surface)
    def close_settled(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """*Close the case*, offered once nothing is left to record: it closes at once, with
        what was settled as the reason."""
        _, incident_id = verb_and_id(action)
        if incident_id is None:
            raise OutOfDate
        case = lifecycle.close_settled(
            self.runtime.engine,
            self.runtime.rules,
            incident_id=incident_id,
            actor=body["user"]["id"],
            now=self.runtime.clock(),
        )
        self._redraw(client, case.incident)

    def _redraw(self, client: WebClient, incident: Incident, *, card: bool = True) -> None:
        assert incident.id is not None
        runtime = self.runtime
        posting.refresh_messages(
            client, runtime.engine, runtime.rules, incident.id, runtime.clock(), card=card
        )


def register(app: App, runtime: Runtime) -> None:
    """Attach the case card's and the checklist's menus and buttons."""
    controls = CaseControls(runtime)
    item_form = acknowledge_form_if(lambda verb: verb in _ITEM_FORMS)
    step_form = acknowledge_form_if(lambda verb: verb != StepVerb.UNDO)
    app.action(ITEM_ACTION)(after_ack(item_form, controls.checklist_item))
    app.action(STEP_ACTION)(after_ack(step_form, controls.case_step))
    app.action(HISTORY_ACTION)(after_ack(acknowledge_form, controls.case_history))
    for button in (CLOSE_ACTION, REOPEN_ACTION, EDIT_ACTION):
        app.action(button)(after_ack(acknowledge_form, controls.case_button))
    app.action(CLOSE_SETTLED_ACTION)(after_ack(acknowledge, controls.close_settled))
