"""The buttons on a reminder or assignment notice: mark the step (or checklist item) done,
or snooze its reminders. A reminder message lists several; a button changes its own line
and leaves the others as they were.

"Mark done" records the step done today at once, unless doing it records a fact that moves
other deadlines (the Panel notification's date, the review decision): then the case card's
own form opens, so that the date (and decision) are the real ones, not the day of a click.
A step the card's rapid review section records (the Panel's answer, a progress check)
opens that section's form.
An item is marked done as its checklist menu would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.models.views import View

from bot.domain.actions import ActionStatus
from bot.domain.calendar import london_date
from bot.domain.closing import item_moves_card
from bot.domain.words import Status, StepVerb
from bot.flows import posting
from bot.listeners import national
from bot.listeners.guard import OutOfDate, acknowledge, acknowledge_form, after_ack, guarded, tell
from bot.listeners.improvement import done_form
from bot.runtime import Runtime
from bot.usecases import cases, lifecycle, reminders
from bot.views.case_forms import step_modal
from bot.views.reminders import (
    ACTION_DONE,
    ACTION_SNOOZE,
    DONE,
    ITEM_DONE,
    ITEM_SNOOZE,
    SNOOZE,
    settled,
)
from bot.views.review import STEP_FORMS, review_modal
from bot.views.text import day
from bot.views.values import action_value, row_id, whole_number
from storage.models import ChecklistItem, Holder, ImprovementAction, Incident, Step

#: A snooze of a step or a checklist item: (row id, working days, who, now) -> the case and
#: the row snoozed.
Snoozed = tuple[Holder, Step | ChecklistItem | ImprovementAction]

_STALE = "That step is no longer part of the case. Use /incident show REFERENCE for the case."
_STALE_ITEM = (
    "That checklist item is no longer part of the case. Use /incident show REFERENCE for the case."
)
_STALE_ACTION = (
    "That improvement action is no longer part of the case. Use /incident actions for the open "
    "ones."
)


class ReminderButtons:
    """The listeners of a reminder's (or an assignment notice's) buttons, one method each."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("reminder")
    def step_done(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Mark a step done today, or open the card's form when its date moves others."""
        runtime, user = self.runtime, body["user"]["id"]
        step_id = row_id(action_value(action))
        found = None if step_id is None else cases.find_row(runtime.engine, Step, step_id)
        if found is None:
            raise OutOfDate(_STALE)
        step, incident = found
        now = runtime.clock()
        if step.step_key in lifecycle.STEP_FACTS or step.step_key in STEP_FORMS:
            if step.status != Status.OPEN:  # finished since the reminder was drawn
                tell(respond, f"“{step.title}” is {step.status.replace('_', ' ')} already.")
                return
            client.views_open(trigger_id=body["trigger_id"], view=self._form(step, incident, now))
            return
        assert step.id is not None and incident.id is not None
        lifecycle.record_step_done(
            runtime.engine, runtime.rules, step_id=step.id, on=london_date(now), actor=user, now=now
        )
        _settle(respond, body, action, _done(user, now), incident, step)
        posting.refresh_messages(client, runtime.engine, runtime.rules, incident.id, now)

    def _form(self, step: Step, incident: Incident, now: datetime) -> View:
        """The form that records ``step`` with its facts: the card's, or its review
        section's (the Panel's answer, a decision, a progress check's note)."""
        today, rules = london_date(now), self.runtime.rules
        assert incident.id is not None
        case = cases.get_case(self.runtime.engine, incident.id)
        if case is None:
            raise OutOfDate(_STALE)
        if step.step_key not in STEP_FORMS:
            return step_modal(StepVerb.DONE, step, incident, today, rules=rules, steps=case.steps)
        return review_modal(STEP_FORMS[step.step_key], case.incident, case.review, rules, today)

    @guarded("reminder")
    def item_done(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Mark a checklist item done, as its menu on the checklist would."""
        runtime, user = self.runtime, body["user"]["id"]
        item_id = row_id(action_value(action))
        if item_id is None:
            raise OutOfDate(_STALE_ITEM)
        now = runtime.clock()
        case = lifecycle.update_item(
            runtime.engine, runtime.rules, item_id=item_id, actor=user, now=now, status=Status.DONE
        )
        item = next(i for i in case.items if i.id == item_id)
        _settle(respond, body, action, _done(user, now), case.incident, item)
        assert case.incident.id is not None
        card = item_moves_card(case.items, item_id)
        posting.refresh_messages(
            client, runtime.engine, runtime.rules, case.incident.id, now, card=card
        )

    @guarded("reminder")
    def action_done(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Open the card's form for the action done, which asks for its evidence ("How
        will we know?") and a date to look again, with the action chosen."""
        runtime = self.runtime
        action_id = row_id(action_value(action))
        found = (
            None
            if action_id is None
            else cases.find_row(runtime.engine, ImprovementAction, action_id)
        )
        if found is None:  # a national review's, or gone
            view = national.done_form(runtime, action_id) if action_id is not None else None
            if view is None:
                raise OutOfDate(_STALE_ACTION)
            client.views_open(trigger_id=body["trigger_id"], view=view)
            return
        row, incident = found
        if row.status != ActionStatus.OPEN:  # finished since the reminder was drawn
            tell(respond, f"“{row.title}” is {row.status.replace('_', ' ')} already.")
            return
        if incident.closed_at is not None:
            raise lifecycle.NotAllowed(lifecycle.closed_refusal(incident))
        assert incident.id is not None and row.id is not None
        case = cases.get_case(runtime.engine, incident.id)
        if case is None:
            raise OutOfDate(_STALE_ACTION)
        client.views_open(trigger_id=body["trigger_id"], view=done_form(runtime, case, row.id))

    @guarded("reminder")
    def action_snooze(self, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        """Put an improvement action's reminders off for one or two working days."""
        engine, rules = self.runtime.engine, self.runtime.rules

        def snooze(row: int, days: int, actor: str, now: datetime) -> Snoozed:
            return reminders.snooze_action(
                engine, rules, action_id=row, days=days, actor=actor, now=now
            )

        self._snooze(body, action, respond, snooze, _STALE_ACTION)

    @guarded("reminder")
    def step_snooze(self, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        """Put a step's reminders off for one or two working days."""
        engine, rules = self.runtime.engine, self.runtime.rules

        def snooze(row: int, days: int, actor: str, now: datetime) -> Snoozed:
            return reminders.snooze_step(
                engine, rules, step_id=row, days=days, actor=actor, now=now
            )

        self._snooze(body, action, respond, snooze, _STALE)

    @guarded("reminder")
    def item_snooze(self, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        """Put a checklist item's reminders off for one or two working days."""
        engine, rules = self.runtime.engine, self.runtime.rules

        def snooze(row: int, days: int, actor: str, now: datetime) -> Snoozed:
            return reminders.snooze_item(
                engine, rules, item_id=row, days=days, actor=actor, now=now
            )

        self._snooze(body, action, respond, snooze, _STALE_ITEM)

    def _snooze(
        self,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
        snooze: Callable[[int, int, str, datetime], Snoozed],
        stale: str,
    ) -> None:
        user = body["user"]["id"]
        target, _, days = action_value(action).partition(":")
        row, working_days = row_id(target), whole_number(days)
        if row is None or working_days is None:
            raise OutOfDate(stale)
        try:
            incident, snoozed = snooze(row, working_days, user, self.runtime.clock())
        except LookupError as exc:
            raise OutOfDate(stale) from exc
        except ValueError as exc:
            tell(respond, str(exc))
            return
        assert snoozed.snoozed_until is not None
        what = (
            f":zzz: Snoozed by <@{user}>: the next reminder comes on {day(snoozed.snoozed_until)}."
        )
        _settle(respond, body, action, what, incident, snoozed)


def register(app: App, runtime: Runtime) -> None:
    """Attach the reminder buttons."""
    buttons = ReminderButtons(runtime)
    app.action(DONE)(after_ack(acknowledge_form, buttons.step_done))
    app.action(re.compile(rf"^{SNOOZE}:\d$"))(after_ack(acknowledge, buttons.step_snooze))
    app.action(ITEM_DONE)(after_ack(acknowledge, buttons.item_done))
    app.action(re.compile(rf"^{ITEM_SNOOZE}:\d$"))(after_ack(acknowledge, buttons.item_snooze))
    app.action(ACTION_DONE)(after_ack(acknowledge_form, buttons.action_done))
    app.action(re.compile(rf"^{ACTION_SNOOZE}:\d$"))(after_ack(acknowledge, buttons.action_snooze))


def _done(user: str, now: datetime) -> str:
    return f":white_check_mark: Marked done by <@{user}> on {day(london_date(now))}."


def _settle(
    respond: Respond,
    body: dict[str, Any],
    action: dict[str, Any],
    what: str,
    incident: Holder,
    thing: Step | ChecklistItem | ImprovementAction,
) -> None:
    """The reminder message again, with the line acted on saying ``what`` happened and
    without its buttons; every other line keeps its own."""
    message = body.get("message") or {}
    blocks = settled(message.get("blocks") or [], action.get("block_id", ""), what, incident, thing)
    respond(replace_original=True, text=message.get("text") or what, blocks=blocks)
