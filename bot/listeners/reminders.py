"""The buttons on a reminder or assignment notice: mark the step (or checklist item) done,
or snooze its reminders. A reminder message lists several; a button changes its own line
and leaves the others as they were.

"Mark done" records the step done today at once, unless doing it records a fact that moves
other deadlines (the Panel notification's date, the review decision): then the case card's
own form opens, so that the date (and decision) are the real ones, not the day of a click.
An item is marked done as its checklist menu would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from sqlmodel import Session

from bot import lifecycle, posting, reminders
from bot.blocks.case_forms import step_modal
from bot.blocks.reminders import DONE, ITEM_DONE, ITEM_SNOOZE, SNOOZE, settled
from bot.blocks.text import day
from bot.domain.calendar import london_date
from bot.listeners.guard import acknowledge, after_ack, allowed, tell
from bot.payloads import action_value, row_id, whole_number
from bot.runtime import Runtime
from storage.models import ChecklistItem, Incident, Step

#: A snooze, for a step or a checklist item: (row id, working days, who, now) -> the case
#: and the row snoozed.
Snoozed = tuple[Incident, Step | ChecklistItem]
SnoozeRow = Callable[[int, int, str, datetime], Snoozed]

_STALE = "That step is no longer part of the case. Use /incident show REFERENCE for the case."
_STALE_ITEM = (
    "That checklist item is no longer part of the case. Use /incident show REFERENCE for the case."
)


def register(app: App, runtime: Runtime) -> None:
    """Attach the reminder buttons."""

    def mark_done(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        user = body["user"]["id"]
        if not allowed(runtime, user, "reminder", respond):
            return
        found = _step_of(runtime, action)
        if found is None:
            tell(respond, _STALE)
            return
        incident, step = found
        now = runtime.clock()
        if step.step_key in lifecycle.STEP_FACTS:
            if step.status != "open":  # finished since the reminder was drawn
                tell(respond, f"“{step.title}” is {step.status.replace('_', ' ')} already.")
                return
            view = step_modal("done", step, incident, london_date(now))
            client.views_open(trigger_id=body["trigger_id"], view=view)
            return
        assert step.id is not None and incident.id is not None
        try:
            lifecycle.record_step_done(
                runtime.engine,
                runtime.rules,
                step_id=step.id,
                on=london_date(now),
                actor=user,
                now=now,
            )
        except lifecycle.NotAllowed as exc:
            tell(respond, str(exc))
            return
        _settle(respond, body, action, _done(user, now), incident, step)
        posting.refresh_messages(client, runtime.engine, runtime.rules, incident.id, now)

    def mark_item_done(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        user = body["user"]["id"]
        if not allowed(runtime, user, "reminder", respond):
            return
        item_id = row_id(action_value(action))
        if item_id is None:
            tell(respond, _STALE_ITEM)
            return
        now = runtime.clock()
        try:
            case = lifecycle.update_item(
                runtime.engine, runtime.rules, item_id=item_id, actor=user, now=now, status="done"
            )
        except lifecycle.NotAllowed as exc:
            tell(respond, str(exc))
            return
        item = next(i for i in case.items if i.id == item_id)
        _settle(respond, body, action, _done(user, now), case.incident, item)
        assert case.incident.id is not None
        posting.refresh_messages(
            client, runtime.engine, runtime.rules, case.incident.id, now, card=False
        )

    def snoozing(snooze_row: SnoozeRow, stale: str) -> Callable[..., None]:
        """The snooze buttons' listener, for steps or checklist items (``snooze_row``)."""

        def snooze(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
            user = body["user"]["id"]
            if not allowed(runtime, user, "reminder", respond):
                return
            target, _, days = action_value(action).partition(":")
            row, working_days = row_id(target), whole_number(days)
            if row is None or working_days is None:
                tell(respond, stale)
                return
            try:
                incident, snoozed = snooze_row(row, working_days, user, runtime.clock())
            except LookupError:
                tell(respond, stale)
                return
            except ValueError as exc:
                tell(respond, str(exc))
                return
            assert snoozed.snoozed_until is not None
            what = (
                f":zzz: Snoozed by <@{user}>: the next reminder comes on "
                f"{day(snoozed.snoozed_until)}."
            )
            _settle(respond, body, action, what, incident, snoozed)

        return snooze

    def snooze_step(row: int, days: int, user: str, now: datetime) -> Snoozed:
        return reminders.snooze_step(
            runtime.engine, runtime.rules, step_id=row, days=days, actor=user, now=now
        )

    def snooze_item(row: int, days: int, user: str, now: datetime) -> Snoozed:
        return reminders.snooze_item(
            runtime.engine, runtime.rules, item_id=row, days=days, actor=user, now=now
        )

    app.action(DONE)(ack=acknowledge, lazy=after_ack(mark_done))
    snooze = snoozing(snooze_step, _STALE)
    app.action(re.compile(rf"^{SNOOZE}:\d$"))(ack=acknowledge, lazy=after_ack(snooze))
    app.action(ITEM_DONE)(ack=acknowledge, lazy=after_ack(mark_item_done))
    snooze_checklist_item = snoozing(snooze_item, _STALE_ITEM)
    app.action(re.compile(rf"^{ITEM_SNOOZE}:\d$"))(
        ack=acknowledge, lazy=after_ack(snooze_checklist_item)
    )


def _done(user: str, now: datetime) -> str:
    return f":white_check_mark: Marked done by <@{user}> on {day(london_date(now))}."


def _settle(
    respond: Respond,
    body: dict[str, Any],
    action: dict[str, Any],
    what: str,
    incident: Incident,
    thing: Step | ChecklistItem,
) -> None:
    """The reminder message again, with the line acted on saying ``what`` happened and
    without its buttons; every other line keeps its own."""
    message = body.get("message") or {}
    blocks = settled(message.get("blocks") or [], action.get("block_id", ""), what, incident, thing)
    respond(replace_original=True, text=message.get("text") or what, blocks=blocks)


def _step_of(runtime: Runtime, action: dict[str, Any]) -> tuple[Incident, Step] | None:
    step_id = row_id(action_value(action))
    if step_id is None:
        return None
    with Session(runtime.engine) as session:
        step = session.get(Step, step_id)
        incident = session.get(Incident, step.incident_id) if step else None
    return (incident, step) if step and incident else None
