"""Reminders: planned, claimed with a lease (so replicas never send one twice), finished."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, update
from sqlmodel import Session, col, select

from bot.domain.reminders import ReminderStatus
from storage.models import (
    ChecklistItem,
    ImprovementAction,
    Incident,
    NationalReview,
    Reminder,
    Step,
)
from storage.queries import dialect_insert, lease_free


def planned_reminder_keys(session: Session, *, incident_id: int) -> set[str]:
    """The dedupe keys of an incident's reminders still to be sent."""
    statement = select(Reminder.dedupe_key).where(
        Reminder.incident_id == incident_id, col(Reminder.status) == ReminderStatus.PLANNED
    )
    return set(session.exec(statement))


@dataclass(frozen=True)
class Claim:
    """A due reminder this worker holds the lease on.

    ``in_doubt``: an earlier worker claimed it and never said how its send went (it died
    or its lease ran out mid-send), so the message may be in Slack already.
    """

    reminder: Reminder
    in_doubt: bool


def claim_due_reminders(
    session: Session,
    *,
    now: datetime,
    worker: str,
    lease: timedelta,
    limit: int,
    per_destination: int = 100,
) -> list[Claim]:
    """Claim the reminders due by ``now`` for up to ``limit`` destinations (a person's
    direct messages, a case's thread, ...; soonest first), up to ``per_destination`` each,
    for ``worker`` until ``now + lease``; commit before sending.

    A destination's due rows are claimed together, so that they go out as one message. A
    row is claimable while planned and not leased (a lease that ran out belonged to a
    worker that died or stalled; a future one on an unclaimed row is a retry's backoff).
    Claims are taken one at a time: on SQLite the transaction holds the write lock from its
    start (BEGIN IMMEDIATE), on PostgreSQL a transaction-level advisory lock, so a
    destination is never split between two workers; the UPDATE repeats every condition, a
    compare-and-set: only rows still free are taken.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.exec(select(func.pg_advisory_xact_lock(_CLAIM_LOCK)))
    free = lease_free(Reminder.lease_until, now)
    claimable = and_(
        col(Reminder.status) == ReminderStatus.PLANNED, col(Reminder.due_at) <= now, free
    )
    destinations = (
        select(Reminder.destination)
        .where(claimable)
        .group_by(col(Reminder.destination))
        .order_by(func.min(Reminder.due_at), col(Reminder.destination))
        .limit(limit)
    )
    ranked = (
        select(
            col(Reminder.id).label("id"),
            col(Reminder.claimed_by).label("claimed_by"),
            func.row_number()
            .over(
                partition_by=col(Reminder.destination),
                order_by=(col(Reminder.due_at), col(Reminder.id)),
            )
            .label("n"),
        )
        .where(claimable, col(Reminder.destination).in_(destinations.scalar_subquery()))
        .subquery()
    )
    due = select(ranked.c.id, ranked.c.claimed_by).where(ranked.c.n <= per_destination)
    previous: dict[int | None, str | None] = dict(session.exec(due).all())
    if not previous:
        return []
    claimed = session.exec(
        update(Reminder)
        .where(col(Reminder.id).in_(previous), col(Reminder.status) == ReminderStatus.PLANNED, free)
        .values(claimed_by=worker, lease_until=now + lease, attempts=col(Reminder.attempts) + 1)
        .returning(col(Reminder.id))
        .execution_options(synchronize_session=False)
    ).all()
    ids = [row[0] for row in claimed]
    rows = session.exec(
        select(Reminder)
        .where(col(Reminder.id).in_(ids))
        .order_by(col(Reminder.due_at), col(Reminder.id))
    ).all()
    return [Claim(row, previous[row.id] is not None) for row in rows]


#: The PostgreSQL advisory lock that makes claiming reminders one worker at a time.
_CLAIM_LOCK = 0x5AFE6A4D


def finish_reminders(
    session: Session,
    *,
    reminder_ids: Sequence[int],
    worker: str,
    status: ReminderStatus,
    now: datetime,
    error: str | None = None,
) -> int:
    """Record how claimed reminders ended: sent, failed, superseded or skipped. Returns how
    many ``worker`` still held (the others were taken over, and are left as they are)."""
    values: dict[str, Any] = {
        "status": status,
        "claimed_by": None,
        "lease_until": None,
        "last_error": error,
    }
    if status == ReminderStatus.SENT:
        values["sent_at"] = now
    return _as_claimant(session, reminder_ids, worker, values)


def release_reminders(
    session: Session, *, reminder_ids: Sequence[int], worker: str, retry_at: datetime, error: str
) -> int:
    """Give claimed reminders back after a failed send, not to be tried before
    ``retry_at`` (the backoff); returns how many ``worker`` still held."""
    values = {"claimed_by": None, "lease_until": retry_at, "last_error": error}
    return _as_claimant(session, reminder_ids, worker, values)


def _as_claimant(
    session: Session, reminder_ids: Sequence[int], worker: str, values: dict[str, Any]
) -> int:
    if not reminder_ids:
        return 0
    result = session.exec(
        update(Reminder)
        .where(col(Reminder.id).in_(reminder_ids), col(Reminder.claimed_by) == worker)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)


ReminderGroup = tuple[int | None, int | None, int | None, str, str]
"""(step id, item id, action id, kind, recipient): the reminders that are about the same
thing to the same recipient, of which a missed run collapses into one message."""


def group_of(reminder: Reminder) -> ReminderGroup:
    return (
        reminder.step_id,
        reminder.item_id,
        reminder.action_id,
        reminder.kind,
        reminder.recipient,
    )


def latest_due(
    session: Session, *, reminders: Sequence[Reminder], now: datetime
) -> dict[ReminderGroup, datetime]:
    """For the group of each of ``reminders``, the latest due time (up to ``now``) of any
    reminder of that group: a reminder due before it has been superseded."""
    if not reminders:
        return {}
    steps = {r.step_id for r in reminders if r.step_id is not None}
    items = {r.item_id for r in reminders if r.item_id is not None}
    actions = {r.action_id for r in reminders if r.action_id is not None}
    about = or_(
        col(Reminder.step_id).in_(steps),
        col(Reminder.item_id).in_(items),
        col(Reminder.action_id).in_(actions),
        and_(
            col(Reminder.step_id).is_(None),
            col(Reminder.item_id).is_(None),
            col(Reminder.action_id).is_(None),
        ),
    )
    rows = session.exec(
        select(Reminder)
        .where(about, col(Reminder.due_at) <= now)
        .where(col(Reminder.due_at) > min(r.due_at for r in reminders))
    ).all()
    latest = {group_of(r): r.due_at for r in reminders}
    for row in rows:
        key = group_of(row)
        if key in latest and row.due_at > latest[key]:
            latest[key] = row.due_at
    return latest


def cases_of(
    session: Session, *, reminders: Sequence[Reminder]
) -> tuple[
    dict[int, Incident],
    dict[int, Step],
    dict[int, ChecklistItem],
    dict[int, ImprovementAction],
    dict[int, NationalReview],
]:
    """The incidents, steps, checklist items, improvement actions and national reviews
    (whose actions have no incident) ``reminders`` are about, by id, in five queries."""
    incident_ids = {r.incident_id for r in reminders if r.incident_id is not None}
    step_ids = {r.step_id for r in reminders if r.step_id is not None}
    item_ids = {r.item_id for r in reminders if r.item_id is not None}
    action_ids = {r.action_id for r in reminders if r.action_id is not None}
    incidents = session.exec(select(Incident).where(col(Incident.id).in_(incident_ids))).all()
    steps = session.exec(select(Step).where(col(Step.id).in_(step_ids))).all()
    items = session.exec(select(ChecklistItem).where(col(ChecklistItem.id).in_(item_ids))).all()
    actions = session.exec(
        select(ImprovementAction).where(col(ImprovementAction.id).in_(action_ids))
    ).all()
    review_ids = {a.national_review_id for a in actions if a.national_review_id is not None}
    reviews = session.exec(
        select(NationalReview).where(col(NationalReview.id).in_(review_ids))
    ).all()
    return (
        {i.id: i for i in incidents if i.id},
        {s.id: s for s in steps if s.id},
        {i.id: i for i in items if i.id},
        {a.id: a for a in actions if a.id},
        {r.id: r for r in reviews if r.id},
    )


def add_reminders(session: Session, *, rows: Iterable[dict[str, Any]]) -> None:
    """Insert planned reminders; one whose dedupe_key exists already is left as it is, so
    planning twice (or two replicas planning at once) never doubles a reminder."""
    values = [{"status": ReminderStatus.PLANNED, "attempts": 0, **row} for row in rows]
    if not values:
        return
    insert = dialect_insert(session)
    # One cached statement, executed for many rows: compiling a multi-row VALUES per call
    # would cost more than the insert itself.
    statement = insert(Reminder).on_conflict_do_nothing(index_elements=["dedupe_key"])
    session.exec(statement, params=values)


def reminders_of(session: Session, *, incident_id: int) -> list[Reminder]:
    """Every reminder of an incident, sent or not."""
    return list(session.exec(select(Reminder).where(Reminder.incident_id == incident_id)).all())


def reminder_exists(session: Session, *, dedupe_key: str) -> bool:
    found = select(Reminder.id).where(Reminder.dedupe_key == dedupe_key)
    return session.exec(found).first() is not None


def reminders_of_review(session: Session, *, national_review_id: int) -> list[Reminder]:
    """Every reminder about a national review's actions, sent or not."""
    statement = (
        select(Reminder)
        .join(ImprovementAction, col(ImprovementAction.id) == Reminder.action_id)
        .where(ImprovementAction.national_review_id == national_review_id)
    )
    return list(session.exec(statement).all())
