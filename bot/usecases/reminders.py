"""Reminders are rows, not timers: each planned reminder is stored with the instant it is
due, and every change to a case plans its reminders again. A reminder is about a step or
a checklist item (of which only the owner is ever reminded: an item nobody was given has
nobody to remind).

:func:`replan` is called in the transaction of each change (a case logged, a step done, a
date recorded, a pause, a snooze): it adds the reminders the policy now wants, drops the
unsent ones it no longer wants, and keeps those already sent, whose ``dedupe_key`` then
stops the same reminder being planned, and sent, again. The scheduler
(:mod:`bot.edge.scheduler`) claims and sends the rows that fall due.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.actions import ActionStatus
from bot.domain.calendar import WorkingCalendar, london_date
from bot.domain.reminders import (
    Recipient,
    ReminderKind,
    ReminderStatus,
    StepState,
    destination,
    plan_reminders,
)
from bot.domain.timetable import StepKind
from bot.domain.words import AuditAction, Status
from bot.rules import Rules
from bot.usecases.read_models import Remindable
from storage.db import open_session, session_scope
from storage.models import (
    ChecklistItem,
    Holder,
    ImprovementAction,
    Incident,
    NationalReview,
    Reminder,
    Step,
)
from storage.queries.actions import (
    actions_of,
    actions_of_review,
    get_national_review,
    open_actions,
)
from storage.queries.audit import record_audit
from storage.queries.incidents import get_incident, get_row
from storage.queries.items import items_of, open_items
from storage.queries.reminders import (
    Claim,
    ReminderGroup,
    add_reminders,
    cases_of,
    claim_due_reminders,
    finish_reminders,
    group_of,
    latest_due,
    release_reminders,
    reminder_exists,
    reminders_of,
    reminders_of_review,
)
from storage.queries.steps import open_steps_due_by, steps_of

#: How far a snooze button puts reminders off, in working days.
SNOOZE_DAYS = (1, 2)


@dataclass(frozen=True)
class Wanted:
    """A reminder the policy wants, as it is stored: about a step, (``item_id``) an item
    or (``action_id``) an improvement action."""

    step_id: int | None
    kind: ReminderKind
    recipient: str  # a user or user group id; "channel" for the case's thread
    due_at: datetime
    item_id: int | None = None
    action_id: int | None = None

    @property
    def dedupe_key(self) -> str:
        if self.action_id is not None:
            about = f"action:{self.action_id}"
        elif self.item_id is not None:
            about = f"item:{self.item_id}"
        else:
            about = f"step:{self.step_id}"
        return f"{about}:{self.kind}:{self.recipient}:{self.due_at:%Y-%m-%dT%H:%M}Z"

    @property
    def group(self) -> ReminderGroup:
        """What it is about and to whom, as :func:`storage.queries.group_of` a row."""
        return self.step_id, self.item_id, self.action_id, self.kind, self.recipient


def step_state(incident: Incident, step: Step) -> StepState:
    """What the policy needs to know of a stored step."""
    return StepState(
        step=step.step_key,
        due_on=step.due_on,
        needs_action=(
            incident.closed_at is None
            and step.status == Status.OPEN
            and step.paused_at is None
            and step.kind == StepKind.DEADLINE  # a minimum period has nothing to remind of
        ),
        snoozed_until=step.snoozed_until,
    )


def item_state(incident: Incident, item: ChecklistItem) -> StepState:
    """What the policy needs to know of a checklist item: open, of an open case, given to
    someone (nobody else is reminded of an item)."""
    return StepState(
        step=item.item_key,
        due_on=item.due_on,
        needs_action=(
            incident.closed_at is None and item.status == Status.OPEN and item.owner_id is not None
        ),
        snoozed_until=item.snoozed_until,
        kind="item",
    )


def action_state(incident: Holder, action: ImprovementAction) -> StepState:
    """What the policy needs to know of an improvement action: open, of an open case (or
    of a national review), with an owner and a due date."""
    return StepState(
        step=f"action:{action.id}",
        due_on=action.due_on,
        needs_action=(
            incident.closed_at is None
            and action.status == ActionStatus.OPEN
            and action.owner_id is not None
        ),
        snoozed_until=action.snoozed_until,
        kind="action",
    )


def state_of(incident: Holder, thing: Remindable) -> StepState:
    """What the policy needs to know of a step, item or action (only an action may be a
    national review's)."""
    if isinstance(thing, ImprovementAction):
        return action_state(incident, thing)
    assert isinstance(incident, Incident)
    if isinstance(thing, Step):
        return step_state(incident, thing)
    return item_state(incident, thing)


def wanted_reminders(
    incident: Holder, thing: Remindable, rules: Rules, now: datetime
) -> list[Wanted]:
    """The reminders the policy wants about a step, item or action as things stand, past
    ones included."""
    assert thing.id is not None
    policy = rules.reminders
    step_id = thing.id if isinstance(thing, Step) else None
    item_id = thing.id if isinstance(thing, ChecklistItem) else None
    action_id = thing.id if isinstance(thing, ImprovementAction) else None
    wanted = []
    for planned in plan_reminders(policy, state_of(incident, thing), rules.calendar, now):
        for kind, recipient in _recipients(planned.to, incident, thing, policy.escalation):
            wanted.append(Wanted(step_id, kind, recipient, planned.at, item_id, action_id))
    return wanted


def still_wanted(
    reminder: Reminder, wanted: Mapping[str, Wanted], calendar: WorkingCalendar, now: datetime
) -> bool:
    """Whether an unsent reminder is one the policy still wants (``wanted``, by dedupe key).

    One that fell due on a day that is no longer a working day (a closure day added since
    it was planned) is kept while the policy wants a reminder of the same thing to the same
    person by now: it goes out in the next working hours, late, rather than not at all.
    """
    if reminder.dedupe_key in wanted:
        return True
    if reminder.due_at > now or calendar.is_working_day(london_date(reminder.due_at)):
        return False
    group = group_of(reminder)
    return any(w.group == group and w.due_at <= now for w in wanted.values())


def _recipients(
    to: Recipient, incident: Holder, thing: Remindable, escalation: str | None
) -> list[tuple[ReminderKind, str]]:
    """Who ``to`` means for this step, item or action; nobody is reminded twice about the
    same one. An action is the register's, not the statutory chain's: never in the thread."""
    owner = thing.owner_id or (incident.owner_id if isinstance(thing, Step) else None)
    if to == "owner":
        return [(ReminderKind.OWNER, owner)] if owner else []
    if to == "thread":
        return [] if isinstance(thing, ImprovementAction) else [(ReminderKind.THREAD, "channel")]
    target = escalation or incident.created_by
    return [] if target == owner else [(ReminderKind.ESCALATION, target)]


def replan(session: Session, incident: Incident, rules: Rules, now: datetime) -> None:
    """Make the incident's unsent reminders what the policy now wants; call it in the
    transaction of every change to the case.

    Kept: reminders already sent (their keys stop them being planned again), those still
    wanted (:func:`still_wanted`), and those a scheduler is sending right now (it checks
    again before it sends). Dropped: unsent ones no longer wanted. Added: wanted ones still
    to come; one that fell due while nothing planned it is not sent late.
    """
    assert incident.id is not None
    things: list[Remindable] = [
        *steps_of(session, incident_id=incident.id),
        *items_of(session, incident_id=incident.id),
        *actions_of(session, incident_id=incident.id),
    ]
    stored = reminders_of(session, incident_id=incident.id)
    _replan(session, incident, things, stored, rules, now)


def replan_review(session: Session, review: NationalReview, rules: Rules, now: datetime) -> None:
    """:func:`replan` for a national review's actions, which have no case: call it in the
    transaction of every change to its register."""
    assert review.id is not None
    things: list[Remindable] = [*actions_of_review(session, national_review_id=review.id)]
    stored = reminders_of_review(session, national_review_id=review.id)
    _replan(session, review, things, stored, rules, now)


def _replan(
    session: Session,
    holder: Holder,
    things: list[Remindable],
    stored: list[Reminder],
    rules: Rules,
    now: datetime,
) -> None:
    wanted: dict[str, Wanted] = {}
    for thing in things:
        wanted |= {w.dedupe_key: w for w in wanted_reminders(holder, thing, rules, now)}
    incident_id = holder.id if isinstance(holder, Incident) else None
    for reminder in stored:
        free = _unsent_and_free(reminder, now)
        if free and not still_wanted(reminder, wanted, rules.calendar, now):
            session.delete(reminder)
    known = {reminder.dedupe_key for reminder in stored}
    add_reminders(
        session,
        rows=(
            _row(incident_id, key, w)
            for key, w in wanted.items()
            if key not in known and w.due_at > now
        ),
    )


def _unsent_and_free(reminder: Reminder, now: datetime) -> bool:
    in_flight = reminder.claimed_by is not None and (
        reminder.lease_until is not None and reminder.lease_until > now
    )
    return reminder.status == ReminderStatus.PLANNED and not in_flight


def _row(incident_id: int | None, key: str, wanted: Wanted) -> dict[str, Any]:
    return {
        "incident_id": incident_id,
        "step_id": wanted.step_id,
        "item_id": wanted.item_id,
        "action_id": wanted.action_id,
        "kind": wanted.kind,
        "recipient": wanted.recipient,
        "destination": destination(wanted.kind, wanted.recipient, incident_id),
        "due_at": wanted.due_at,
        "dedupe_key": key,
    }


def replan_case(engine: Engine, rules: Rules, incident_id: int, now: datetime) -> None:
    """:func:`replan` in a transaction of its own (after a reminder went out, the next
    one of a daily series is planned)."""
    with session_scope(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        if incident is not None:
            replan(session, incident, rules, now)


def replan_national(engine: Engine, rules: Rules, national_review_id: int, now: datetime) -> None:
    """:func:`replan_review` in a transaction of its own, as :func:`replan_case`."""
    with session_scope(engine) as session:
        review = get_national_review(session, national_review_id=national_review_id)
        if review is not None:
            replan_review(session, review, rules, now)


def snooze_step(
    engine: Engine, rules: Rules, *, step_id: int, days: int, actor: str, now: datetime
) -> tuple[Holder, Step]:
    """Put off reminders about a step for ``days`` working days (its owner is reminded
    again on the day it ends); audited. LookupError if the step is gone, ValueError if it
    needs nothing more."""
    return _snooze(engine, rules, Step, step_id, days=days, actor=actor, now=now)


def snooze_item(
    engine: Engine, rules: Rules, *, item_id: int, days: int, actor: str, now: datetime
) -> tuple[Holder, ChecklistItem]:
    """Put off reminders about a checklist item for ``days`` working days, as
    :func:`snooze_step` does for a step."""
    return _snooze(engine, rules, ChecklistItem, item_id, days=days, actor=actor, now=now)


def snooze_action(
    engine: Engine, rules: Rules, *, action_id: int, days: int, actor: str, now: datetime
) -> tuple[Holder, ImprovementAction]:
    """Put off reminders about an improvement action for ``days`` working days (it sets
    ``snoozed_until``), as :func:`snooze_step` does for a step."""
    return _snooze(engine, rules, ImprovementAction, action_id, days=days, actor=actor, now=now)


def _holder_of(session: Session, row: Remindable) -> Holder | None:
    """The case a step, item or action is of, or the national review an action is of."""
    if isinstance(row, ImprovementAction) and row.national_review_id is not None:
        return get_national_review(session, national_review_id=row.national_review_id)
    return get_incident(session, incident_id=row.incident_id) if row.incident_id else None


Snoozable = TypeVar("Snoozable", Step, ChecklistItem, ImprovementAction)


def _snooze(
    engine: Engine,
    rules: Rules,
    model: type[Snoozable],
    row_id: int,
    *,
    days: int,
    actor: str,
    now: datetime,
) -> tuple[Holder, Snoozable]:
    if days not in SNOOZE_DAYS:
        raise ValueError(f"a snooze is {' or '.join(map(str, SNOOZE_DAYS))} working days")
    with session_scope(engine) as session:
        row = get_row(session, model, row_id=row_id)
        incident = _holder_of(session, row) if row else None
        if row is None or incident is None:
            raise LookupError(f"no {model.__name__} {row_id}")
        if not state_of(incident, row).needs_action:
            raise ValueError(f"“{row.title}” needs no reminders now.")
        until = rules.calendar.add_working_days(london_date(now), days)
        before, row.snoozed_until = row.snoozed_until, until
        session.add(row)
        detail: dict[str, Any]
        if isinstance(row, Step):
            action, detail = AuditAction.STEP_SNOOZED, {"step": row.step_key}
        elif isinstance(row, ChecklistItem):
            action, detail = AuditAction.ITEM_SNOOZED, {"item": row.item_key}
        else:
            action, detail = AuditAction.ACTION_SNOOZED, {"action": row.id}
        record_audit(
            session,
            actor=actor,
            action=action,
            incident=incident,
            at=now,
            detail=detail | {"from": before, "until": until},
        )
        replan_holder(session, incident, rules, now)
        return incident, row


# -- sending: what the scheduler's reminder job records, each in a short transaction ------


@dataclass(frozen=True)
class Found:
    """The incidents, steps, checklist items, improvement actions and national reviews a
    batch of claims is about, by id, as they stood when they were claimed."""

    incidents: dict[int, Incident]
    steps: dict[int, Step]
    items: dict[int, ChecklistItem]
    actions: dict[int, ImprovementAction]
    reviews: dict[int, NationalReview]

    def about(self, reminder: Reminder) -> tuple[Holder | None, Remindable | None]:
        incident = self.incidents.get(reminder.incident_id or 0)
        if reminder.action_id is not None:
            action = self.actions.get(reminder.action_id)
            if action is not None and action.national_review_id is not None:
                return self.reviews.get(action.national_review_id), action
            return incident, action
        if reminder.item_id is not None:
            return incident, self.items.get(reminder.item_id)
        return incident, self.steps.get(reminder.step_id or 0)


@dataclass(frozen=True)
class Batch:
    """One destination's claimed reminders: ``superseded`` are those a later reminder of
    the same series, also due, replaces (a missed run collapses into one message);
    ``in_doubt`` if an earlier worker may have sent some of them before it died."""

    reminders: list[Reminder]
    superseded: list[Reminder]
    in_doubt: bool
    lease_until: datetime

    @property
    def current(self) -> list[Reminder]:
        return [r for r in self.reminders if r not in self.superseded]


@dataclass(frozen=True)
class Claimed:
    """What one claim took: a batch per destination, and what they are about."""

    batches: list[Batch]
    found: Found


def claim_due(
    engine: Engine, *, now: datetime, worker: str, lease: timedelta, limit: int
) -> Claimed:
    """Claim the reminders due for up to ``limit`` destinations for ``lease``, so that no
    other replica sends them meanwhile, and read what they are about, in one transaction
    that commits before anything is sent."""
    with session_scope(engine) as session:
        claims = claim_due_reminders(session, now=now, worker=worker, lease=lease, limit=limit)
        reminders = [c.reminder for c in claims]
        latest = latest_due(session, reminders=reminders, now=now)
        found = Found(*cases_of(session, reminders=reminders))
    by_destination: dict[str, list[Claim]] = {}
    for claim in claims:
        by_destination.setdefault(claim.reminder.destination, []).append(claim)
    batches = [
        Batch(
            [c.reminder for c in group],
            [c.reminder for c in group if c.reminder.due_at < latest[group_of(c.reminder)]],
            any(c.in_doubt for c in group),
            min(c.reminder.lease_until or now for c in group),
        )
        for group in by_destination.values()
    ]
    return Claimed(batches, found)


def release(
    engine: Engine, *, reminder_ids: list[int], worker: str, retry_at: datetime, error: str
) -> None:
    """Hand claimed reminders back, to be claimed again from ``retry_at``."""
    with session_scope(engine) as session:
        release_reminders(
            session, reminder_ids=reminder_ids, worker=worker, retry_at=retry_at, error=error
        )


def record_outcome(
    engine: Engine,
    *,
    reminder_ids: list[int],
    worker: str,
    status: ReminderStatus,
    now: datetime,
    error: str | None = None,
) -> int:
    """Record how the send of claimed reminders went; how many this worker still held
    (the others were taken over when its lease ran out)."""
    with session_scope(engine) as session:
        return finish_reminders(
            session, reminder_ids=reminder_ids, worker=worker, status=status, now=now, error=error
        )


def plan_in_channel(
    engine: Engine, *, kind: ReminderKind, channel: str, key: str, due_at: datetime
) -> None:
    """A reminder to the channel about no case (the digest, the yearly report), planned
    once under ``key``: a cheap lookup first, since every tick asks."""
    with open_session(engine) as session:
        if reminder_exists(session, dedupe_key=key):
            return
    row = {
        "incident_id": None,
        "step_id": None,
        "kind": kind,
        "recipient": channel,
        "destination": destination(kind, channel, None),
        "due_at": due_at,
        "dedupe_key": key,
    }
    with session_scope(engine) as session:
        add_reminders(session, rows=[row])


def due_by(engine: Engine, *, day: date) -> list[tuple[Holder, Remindable]]:
    """Every open step, checklist item and improvement action of an open case (or of a
    national review) due by ``day``, soonest first (the digest's rows)."""
    with open_session(engine) as session:
        rows: list[tuple[Holder, Remindable]] = [
            *open_steps_due_by(session, day),
            *open_items(session, due_by=day),
            *open_actions(session, due_to=day),
        ]
    rows = [(incident, thing) for incident, thing in rows if incident.closed_at is None]
    return sorted(rows, key=lambda row: row[1].due_on or day)


def replan_holder(session: Session, holder: Holder, rules: Rules, now: datetime) -> None:
    """:func:`replan` a case, or :func:`replan_review` a national review."""
    if isinstance(holder, NationalReview):
        replan_review(session, holder, rules, now)
    else:
        replan(session, holder, rules, now)
