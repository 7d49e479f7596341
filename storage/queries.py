"""Named queries for the use cases. Each takes the caller's Session and never commits:
the use case owns the transaction.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    delete,
    func,
    literal,
    nulls_last,
    or_,
    update,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from bot.domain.reminders import ReminderStatus
from bot.domain.timetable import RECORDED_FACTS, StepKind
from bot.domain.words import Status
from storage.models import (
    AccessRefusal,
    AppliedRules,
    AuditEvent,
    CalendarFeed,
    ChecklistItem,
    Holder,
    ImprovementAction,
    Incident,
    NationalReview,
    PanelCorrespondence,
    PanelReview,
    Proceedings,
    ProgressCheck,
    ReceivedReport,
    Recommendation,
    ReferenceCounter,
    Reminder,
    ReviewSignOff,
    Step,
    utc_now,
)


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which has ON CONFLICT; only the dialect in use is imported
    (a SQLite deployment never loads PostgreSQL's)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect
    else:
        from sqlalchemy.dialects import sqlite as dialect  # type: ignore[no-redef]
    return dialect.insert


def next_reference(session: Session, year: int) -> str:
    """Issue the next incident reference of `year`, e.g. "SI-2026-0001".

    A single upsert with RETURNING increments the counter atomically, so concurrent
    requests (threads, processes, replicas) never receive the same number. Numbers
    beyond 9999 simply grow a digit.
    """
    insert = _insert(session)
    statement = (
        insert(ReferenceCounter)
        .values(year=year, last=1)
        .on_conflict_do_update(
            index_elements=[ReferenceCounter.year],
            set_={"last": col(ReferenceCounter.last) + 1},
        )
        .returning(col(ReferenceCounter.last))
    )
    number = session.exec(statement).scalar_one()
    return f"SI-{year}-{number:04d}"


def record_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    incident: Holder | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction, so it commits (or not) with the change.

    A new incident is flushed first to learn its id. An event about a national review has
    no incident: its reference ("NR-3") and its id in the detail name it.
    """
    if incident is not None and incident.id is None:
        session.add(incident)
        session.flush()
    about = {"national_review": incident.id} if isinstance(incident, NationalReview) else {}
    event = AuditEvent(
        incident_id=incident.id if isinstance(incident, Incident) else None,
        reference=incident.reference if incident else None,
        at=at or utc_now(),
        actor=actor,
        action=action,
        detail=(detail or {}) | about,
    )
    session.add(event)
    return event


def get_incident_by_reference(session: Session, reference: str) -> Incident | None:
    """The incident with this reference (as typed in a slash command), if any."""
    return session.exec(select(Incident).where(Incident.reference == reference)).one_or_none()


def get_incident_by_submission_key(session: Session, key: str) -> Incident | None:
    """The incident a Slack submission already created, so a retried request creates none."""
    return session.exec(select(Incident).where(Incident.submission_key == key)).one_or_none()


def open_incidents_with_next_step(
    session: Session, limit: int = 50, offset: int = 0
) -> list[tuple[Incident, Step | None]]:
    """Open incidents, most urgent first, each with its next step: the open step due
    soonest (None when no open step has a date), in one query.

    Incidents without an open dated step come last, oldest awareness first. ``offset``
    skips that many, for paging.
    """
    ranked = (
        select(
            col(Step.id).label("step_id"),
            col(Step.incident_id).label("incident_id"),
            col(Step.due_on).label("due_on"),
            func.row_number()
            .over(partition_by=col(Step.incident_id), order_by=(col(Step.due_on), col(Step.id)))
            .label("rank"),
        )
        .where(Step.status == "open", Step.kind == StepKind.DEADLINE, col(Step.due_on).is_not(None))
        .subquery()
    )
    next_due = (
        select(ranked.c.step_id, ranked.c.incident_id, ranked.c.due_on)
        .where(ranked.c.rank == 1)
        .subquery()
    )
    statement = (
        select(Incident, Step)
        .outerjoin(next_due, next_due.c.incident_id == Incident.id)
        .outerjoin(Step, col(Step.id) == next_due.c.step_id)
        .where(col(Incident.closed_at).is_(None))
        .order_by(nulls_last(next_due.c.due_on.asc()), col(Incident.aware_on), col(Incident.id))
        .offset(offset)
        .limit(limit)
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def open_items(
    session: Session,
    *,
    owner_id: str | None = None,
    due_by: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, ChecklistItem]]:
    """Open checklist items of open cases, soonest first (undated last), optionally only
    those given to one person or only those due on or before ``due_by``."""
    conditions = [col(Incident.closed_at).is_(None), col(ChecklistItem.status) == Status.OPEN]
    if owner_id is not None:
        conditions.append(col(ChecklistItem.owner_id) == owner_id)
    if due_by is not None:
        conditions.append(col(ChecklistItem.due_on) <= due_by)
    statement = (
        select(Incident, ChecklistItem)
        .join(ChecklistItem, col(ChecklistItem.incident_id) == Incident.id)
        .where(*conditions)
        .order_by(
            nulls_last(col(ChecklistItem.due_on).asc()),
            col(Incident.reference),
            col(ChecklistItem.position),
        )
        .limit(limit)
    )
    return [(incident, item) for incident, item in session.exec(statement).all()]


def incidents_state(session: Session) -> tuple[Any, ...]:
    """How many incidents there are, the highest id and the sum of their versions: any
    case logged, changed or purged changes the answer (what cached figures check)."""
    return tuple(
        session.exec(
            select(
                func.count(),
                func.coalesce(func.max(Incident.id), 0),
                func.coalesce(func.sum(Incident.version), 0),
            ).select_from(Incident)
        ).one()
    )


def count_open_incidents(session: Session) -> int:
    """How many incidents are open (the total that paging counts through)."""
    statement = select(func.count()).select_from(Incident).where(col(Incident.closed_at).is_(None))
    return session.exec(statement).one()


def count_open_incidents_by_stage(session: Session) -> dict[str, int]:
    """Open incidents per stage (see STAGES), counted by the database in one pass."""
    stage = case(
        (col(Incident.practice_learning_review).is_(True), "learning_review"),
        (col(Incident.published_on).is_not(None), "published"),
        (col(Incident.decision) == "lcspr", "local_review"),
        # A national review recommended is one until the Panel decides on a local one.
        (col(PanelReview.national_decision) == "local_review", "local_review"),
        (col(Incident.decision) == "national", "national_review"),
        (col(Incident.decision).is_not(None), "no_local_review"),
        (col(Incident.notified_on).is_not(None), "rapid_review"),
        else_="notification",
    ).label("stage")
    statement = (
        select(stage, func.count())
        .select_from(Incident)
        .outerjoin(PanelReview, col(PanelReview.incident_id) == Incident.id)
        .where(col(Incident.closed_at).is_(None))
        .group_by(stage)
    )
    return {name: count for name, count in session.exec(statement).all()}


def open_steps(
    session: Session,
    *,
    owner_id: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, Step]]:
    """Open deadlines of open incidents, soonest first (undated last), optionally only one
    person's or only those due in ``due_from..due_to``."""
    conditions = [
        col(Incident.closed_at).is_(None),
        col(Step.status) == "open",
        col(Step.kind) == StepKind.DEADLINE,
    ]
    if owner_id is not None:
        conditions.append(col(Step.owner_id) == owner_id)
    if due_from is not None:
        conditions.append(col(Step.due_on) >= due_from)
    if due_to is not None:
        conditions.append(col(Step.due_on) <= due_to)
    statement = (
        select(Incident, Step)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(*conditions)
        .order_by(nulls_last(col(Step.due_on).asc()), col(Incident.reference), col(Step.id))
        .limit(limit)
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def incidents_aware_between(
    session: Session, start: date | None = None, end: date | None = None
) -> list[Incident]:
    """Incidents the local authority became aware of from ``start`` to ``end`` inclusive
    (either bound may be left open), by reference."""
    statement = select(Incident).order_by(col(Incident.reference))
    if start is not None:
        statement = statement.where(Incident.aware_on >= start)
    if end is not None:
        statement = statement.where(Incident.aware_on <= end)
    return list(session.exec(statement).all())


#: The columns of an incident its statutory deadlines are computed from (see
#: ``bot.facts.facts_of``), with what names it in a report.
FACT_COLUMNS = ("id", "reference", "pseudonym", "closed_at", "age_band", *RECORDED_FACTS)


def incident_facts_aware_between(session: Session, start: date, end: date) -> list[Any]:
    """Plain rows (FACT_COLUMNS, by attribute) of the incidents the local authority became
    aware of from ``start`` to ``end`` inclusive, by reference: no ORM objects, for
    reports over many cases."""
    columns = [getattr(Incident, name) for name in FACT_COLUMNS]
    statement = (
        select(*columns)
        .where(Incident.aware_on >= start, Incident.aware_on <= end)
        .order_by(col(Incident.reference))
    )
    return list(session.exec(statement).all())


def step_records_aware_between(
    session: Session, start: date, end: date
) -> list[tuple[int, str, str, date | None]]:
    """(incident id, step key, status, completed on) of every step of the incidents the
    local authority became aware of from ``start`` to ``end`` inclusive."""
    statement = (
        select(Step.incident_id, Step.step_key, Step.status, col(Step.completed_on))
        .join(Incident, col(Incident.id) == Step.incident_id)
        .where(Incident.aware_on >= start, Incident.aware_on <= end)
    )
    return [tuple(row) for row in session.exec(statement).all()]  # type: ignore[misc]


def steps_of_incidents(session: Session, incident_ids: Sequence[int]) -> list[Step]:
    """The steps of these incidents, each incident's soonest first (undated last)."""
    statement = (
        select(Step)
        .where(col(Step.incident_id).in_(incident_ids))
        .order_by(col(Step.incident_id), nulls_last(col(Step.due_on).asc()), col(Step.id))
    )
    return list(session.exec(statement).all())


def incidents_closed_before(session: Session, cutoff: datetime) -> list[Incident]:
    """Incidents closed before ``cutoff``, earliest closed first (what retention removes)."""
    statement = (
        select(Incident)
        .where(col(Incident.closed_at) < cutoff)
        .order_by(col(Incident.closed_at), col(Incident.id))
    )
    return list(session.exec(statement).all())


def incident_history(
    session: Session, incident_id: int, limit: int
) -> tuple[list[AuditEvent], int]:
    """The latest ``limit`` audit events of an incident, oldest first, and how many it has."""
    total = session.exec(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.incident_id == incident_id)
    ).one()
    latest = session.exec(
        select(AuditEvent)
        .where(AuditEvent.incident_id == incident_id)
        .order_by(col(AuditEvent.id).desc())
        .limit(limit)
    ).all()
    return list(reversed(latest)), total


Row = TypeVar("Row", Step, ChecklistItem, ImprovementAction, Recommendation)


def get_incident(
    session: Session, *, incident_id: int, for_update: bool = False
) -> Incident | None:
    """An incident by id; ``for_update`` locks its row until the transaction ends."""
    return session.get(Incident, incident_id, with_for_update=for_update)


def get_row(session: Session, model: type[Row], *, row_id: int) -> Row | None:
    """A step or checklist item by id (menus carry only the row's id)."""
    return session.get(model, row_id)


def steps_of(session: Session, *, incident_id: int) -> list[Step]:
    """An incident's stored steps, in the order they were stored."""
    return list(session.exec(select(Step).where(Step.incident_id == incident_id)))


def items_of(session: Session, *, incident_id: int) -> list[ChecklistItem]:
    """An incident's stored checklist items, in the order they were stored."""
    return list(session.exec(select(ChecklistItem).where(ChecklistItem.incident_id == incident_id)))


def case_steps(session: Session, *, incident_id: int) -> list[Step]:
    """An incident's steps, soonest first (undated last), as the case card shows them."""
    return list(
        session.exec(
            select(Step)
            .where(Step.incident_id == incident_id)
            .order_by(col(Step.due_on).is_(None), col(Step.due_on), col(Step.id))
        ).all()
    )


def case_items(session: Session, *, incident_id: int) -> list[ChecklistItem]:
    """An incident's checklist items, in the checklist's order."""
    return list(
        session.exec(
            select(ChecklistItem)
            .where(ChecklistItem.incident_id == incident_id)
            .order_by(col(ChecklistItem.position), col(ChecklistItem.id))
        ).all()
    )


def planned_reminder_keys(session: Session, *, incident_id: int) -> set[str]:
    """The dedupe keys of an incident's reminders still to be sent."""
    statement = select(Reminder.dedupe_key).where(
        Reminder.incident_id == incident_id, col(Reminder.status) == "planned"
    )
    return set(session.exec(statement))


# -- reminders and the outbox: claimed with a lease, so replicas never send one twice ----


@dataclass(frozen=True)
class Claim:
    """A due reminder this worker holds the lease on.

    ``in_doubt``: an earlier worker claimed it and never said how its send went (it died
    or its lease ran out mid-send), so the message may be in Slack already.
    """

    reminder: Reminder
    in_doubt: bool


def _lease_free(lease_until: Any, now: datetime) -> ColumnElement[bool]:
    return or_(col(lease_until).is_(None), col(lease_until) <= now)


def _skip_locked(session: Session, statement: Any) -> Any:
    """On PostgreSQL, lock the chosen rows but pass over rows another worker has locked,
    so replicas claim disjoint batches without queueing behind each other."""
    if session.get_bind().dialect.name == "postgresql":
        return statement.with_for_update(skip_locked=True)
    return statement


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
    free = _lease_free(Reminder.lease_until, now)
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
    insert = _insert(session)
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


def claim_unposted_incidents(
    session: Session, now: datetime, lease: timedelta, limit: int
) -> list[tuple[int, str]]:
    """Open incidents whose channel posts have not all gone out (the outbox), leased to the
    caller until ``now + lease``, as (id, reference): a failed retry simply waits for the
    lease to run out."""
    unposted = and_(col(Incident.checklist_ts).is_(None), col(Incident.closed_at).is_(None))
    free = _lease_free(Incident.post_lease_until, now)
    # Ordered by the lease, which the partial index holds (by id, SQLite would scan).
    due = select(Incident.id).where(unposted, free).order_by(col(Incident.post_lease_until))
    due = due.limit(limit)
    ids = session.exec(_skip_locked(session, due)).all()
    if not ids:
        return []
    # A lease is not a change to the case, so the version is left alone.
    claimed = session.exec(
        update(Incident)
        .where(col(Incident.id).in_(ids), unposted, free)
        .values(post_lease_until=now + lease)
        .returning(col(Incident.id), col(Incident.reference))
        .execution_options(synchronize_session=False)
    ).all()
    return sorted((id_, reference) for id_, reference in claimed)


def open_steps_due_by(session: Session, day: date) -> list[tuple[Incident, Step]]:
    """Open, unpaused deadlines of open cases due on or before ``day``, soonest first."""
    statement = (
        select(Incident, Step)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(
            col(Incident.closed_at).is_(None),
            Step.status == "open",
            Step.kind == StepKind.DEADLINE,
            col(Step.paused_at).is_(None),
            col(Step.due_on) <= day,
        )
        .order_by(col(Step.due_on), col(Incident.reference), col(Step.id))
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def add_received_report(
    session: Session,
    *,
    submission_key: str,
    reported_by: str,
    received_at: datetime,
    report: dict[str, Any],
) -> None:
    """Keep a checked form until its case is logged; the same submission twice is one row."""
    insert = _insert(session)
    statement = (
        insert(ReceivedReport)
        .values(
            submission_key=submission_key,
            reported_by=reported_by,
            received_at=received_at,
            report=report,
        )
        .on_conflict_do_nothing(index_elements=[ReceivedReport.submission_key])
    )
    session.exec(statement)


def take_received_report(session: Session, submission_key: str) -> ReceivedReport | None:
    """The received form, deleted in the caller's transaction; None if it was already taken
    (by a concurrent transaction, which this one waits for on PostgreSQL)."""
    found = session.exec(
        select(ReceivedReport).where(ReceivedReport.submission_key == submission_key)
    ).first()
    if found is None:
        return None
    session.expunge(found)
    taken = session.exec(delete(ReceivedReport).where(col(ReceivedReport.id) == found.id))
    return found if taken.rowcount == 1 else None


def received_reports_waiting(session: Session, received_before: datetime, limit: int) -> list[str]:
    """Submission keys of forms received before ``received_before`` and still not logged."""
    statement = (
        select(ReceivedReport.submission_key)
        .where(col(ReceivedReport.received_at) < received_before)
        .order_by(col(ReceivedReport.received_at))
        .limit(limit)
    )
    return list(session.exec(statement).all())


def received_reports_count(session: Session) -> int:
    """How many incident forms were received and are not yet logged (for /metrics)."""
    return session.exec(select(func.count()).select_from(ReceivedReport)).one()


def outbox_depth(session: Session) -> int:
    """How many open cases are not yet fully posted to the channel (for /metrics); the
    partial index the outbox query uses serves this count too."""
    unposted = and_(col(Incident.checklist_ts).is_(None), col(Incident.closed_at).is_(None))
    return session.exec(select(func.count()).select_from(Incident).where(unposted)).one()


def note_refusal(
    session: Session, actor: str, surface: str, now: datetime, every: timedelta
) -> bool:
    """Note that ``actor`` was refused on ``surface`` at ``now``; True unless they were
    already refused there less than ``every`` ago. One upsert, so concurrent refusals of
    the same person (any process) are noted once."""
    insert = _insert(session)
    statement = insert(AccessRefusal).values(actor=actor, surface=surface, refused_at=now)
    statement = statement.on_conflict_do_update(
        index_elements=[AccessRefusal.actor, AccessRefusal.surface],
        set_={"refused_at": now},
        where=col(AccessRefusal.refused_at) <= now - every,
    )
    # A row comes back only if one was written (inserted, or updated after ``every``).
    return session.exec(statement.returning(col(AccessRefusal.actor))).first() is not None


def open_incident_ids(session: Session, after: int, limit: int) -> list[int]:
    """Up to ``limit`` ids of open incidents above ``after``, ascending (a keyset page)."""
    statement = (
        select(Incident.id)
        .where(col(Incident.closed_at).is_(None), col(Incident.id) > after)
        .order_by(col(Incident.id))
        .limit(limit)
    )
    return [incident_id for incident_id in session.exec(statement) if incident_id is not None]


def applied_fingerprint(session: Session, name: str) -> str | None:
    """The fingerprint of the rules last applied under ``name``, if any."""
    return applied_rules(session, name)[0]


def applied_rules(session: Session, name: str) -> tuple[str | None, datetime | None]:
    """The fingerprint of the rules last applied under ``name``, and when (None, None if
    none were)."""
    row = session.get(AppliedRules, name)
    return (row.fingerprint, row.applied_at) if row else (None, None)


def set_applied_fingerprint(session: Session, name: str, fingerprint: str, at: datetime) -> None:
    """Record that the rules with ``fingerprint`` were applied at ``at``."""
    row = session.get(AppliedRules, name)
    if row is None:
        row = AppliedRules(name=name, fingerprint=fingerprint, applied_at=at)
    row.fingerprint, row.applied_at = fingerprint, at
    session.add(row)


def review_sign_offs(session: Session, *, incident_id: int) -> list[ReviewSignOff]:
    """The partners' sign-offs of a case's rapid review, in the order they were recorded."""
    statement = (
        select(ReviewSignOff)
        .where(ReviewSignOff.incident_id == incident_id)
        .order_by(col(ReviewSignOff.id))
    )
    return list(session.exec(statement).all())


def panel_review(session: Session, *, incident_id: int) -> PanelReview | None:
    """The rapid review as sent to the Panel and the Panel's answer, once it was sent."""
    return session.get(PanelReview, incident_id)


def panel_correspondence(session: Session, *, incident_id: int) -> list[PanelCorrespondence]:
    """The exchanges with the Panel about a case, oldest first."""
    statement = (
        select(PanelCorrespondence)
        .where(PanelCorrespondence.incident_id == incident_id)
        .order_by(col(PanelCorrespondence.exchanged_on), col(PanelCorrespondence.id))
    )
    return list(session.exec(statement).all())


def progress_checks(session: Session, *, incident_id: int) -> list[ProgressCheck]:
    """The progress checks recorded on a case's local review, oldest first."""
    statement = (
        select(ProgressCheck)
        .where(ProgressCheck.incident_id == incident_id)
        .order_by(col(ProgressCheck.checked_on), col(ProgressCheck.id))
    )
    return list(session.exec(statement).all())


def proceedings_of(session: Session, *, incident_id: int) -> list[Proceedings]:
    """The proceedings recorded on a case, in the order they were recorded."""
    statement = (
        select(Proceedings)
        .where(Proceedings.incident_id == incident_id)
        .order_by(col(Proceedings.id))
    )
    return list(session.exec(statement).all())


def past_target_without(
    session: Session, *, target_step: str, step_key: str, before: date, limit: int
) -> list[int]:
    """Open cases whose ``target_step`` is unfinished and was due before ``before`` but
    that have no ``step_key`` step yet: the local reviews past their target whose delay
    step is still to be added."""
    other = aliased(Step)
    has_it = select(other.id).where(other.incident_id == Incident.id, other.step_key == step_key)
    statement = (
        select(Incident.id)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(
            col(Incident.closed_at).is_(None),
            Step.step_key == target_step,
            col(Step.status).in_(("open", "paused")),
            col(Step.due_on) < before,
            ~has_it.exists(),
        )
        .order_by(col(Incident.id))
        .limit(limit)
    )
    return [incident_id for incident_id in session.exec(statement).all() if incident_id]


# The register of recommendations and improvement actions (issue 17).


def recommendations_of(session: Session, *, incident_id: int) -> list[Recommendation]:
    """A case's recommendations, in the order they were recorded."""
    statement = (
        select(Recommendation)
        .where(Recommendation.incident_id == incident_id)
        .order_by(col(Recommendation.id))
    )
    return list(session.exec(statement).all())


def actions_of(session: Session, *, incident_id: int) -> list[ImprovementAction]:
    """A case's improvement actions, soonest due first (undated last), then as recorded."""
    return _actions_where(session, col(ImprovementAction.incident_id) == incident_id)


def actions_of_review(session: Session, *, national_review_id: int) -> list[ImprovementAction]:
    """A national review's improvement actions, in the same order."""
    return _actions_where(session, col(ImprovementAction.national_review_id) == national_review_id)


def _actions_where(session: Session, condition: ColumnElement[bool]) -> list[ImprovementAction]:
    statement = (
        select(ImprovementAction)
        .where(condition)
        .order_by(nulls_last(col(ImprovementAction.due_on).asc()), col(ImprovementAction.id))
    )
    return list(session.exec(statement).all())


def count_open_actions(session: Session, *, incident_id: int) -> int:
    """How many of a case's improvement actions are still open."""
    statement = select(func.count()).where(
        ImprovementAction.incident_id == incident_id, ImprovementAction.status == "open"
    )
    return int(session.exec(statement).one())


def open_actions(
    session: Session,
    *,
    owner_id: str | None = None,
    agency: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    limit: int | None = None,
) -> list[tuple[Holder, ImprovementAction]]:
    """Open improvement actions of every case and national review, soonest due first
    (undated last), optionally only one person's, one agency's, or those due in
    ``due_from..due_to``."""
    conditions = [col(ImprovementAction.status) == "open"]
    if due_from is not None:
        conditions.append(col(ImprovementAction.due_on) >= due_from)
    if due_to is not None:
        conditions.append(col(ImprovementAction.due_on) <= due_to)
    if owner_id is not None:
        conditions.append(col(ImprovementAction.owner_id) == owner_id)
    if agency is not None:
        conditions.append(col(ImprovementAction.agency) == agency)
    statement = (
        select(ImprovementAction, Incident, NationalReview)
        .outerjoin(Incident, col(ImprovementAction.incident_id) == Incident.id)
        .outerjoin(NationalReview, col(ImprovementAction.national_review_id) == NationalReview.id)
        .where(*conditions)
        .order_by(
            nulls_last(col(ImprovementAction.due_on).asc()),
            col(Incident.reference),
            col(ImprovementAction.id),
        )
        .limit(limit)
    )
    rows = session.exec(statement).all()
    return [(incident or review, action) for action, incident, review in rows]


def overdue_actions_by_agency(session: Session, *, today: date) -> dict[str, int]:
    """How many open improvement actions are past their due date, per owning agency."""
    statement = (
        select(ImprovementAction.agency, func.count())
        .where(
            col(ImprovementAction.status) == "open",
            col(ImprovementAction.due_on) < today,
        )
        .group_by(col(ImprovementAction.agency))
        .order_by(col(ImprovementAction.agency))
    )
    return {agency: int(count) for agency, count in session.exec(statement).all()}


def reminders_of_review(session: Session, *, national_review_id: int) -> list[Reminder]:
    """Every reminder about a national review's actions, sent or not."""
    statement = (
        select(Reminder)
        .join(ImprovementAction, col(ImprovementAction.id) == Reminder.action_id)
        .where(ImprovementAction.national_review_id == national_review_id)
    )
    return list(session.exec(statement).all())


def review_history(session: Session, *, reference: str) -> list[AuditEvent]:
    """A national review's audit trail (by its reference, "NR-3"), oldest first: its
    events have no incident."""
    statement = (
        select(AuditEvent)
        .where(col(AuditEvent.incident_id).is_(None), AuditEvent.reference == reference)
        .order_by(col(AuditEvent.at), col(AuditEvent.id))
    )
    return list(session.exec(statement).all())


def get_national_review(
    session: Session, *, national_review_id: int, for_update: bool = False
) -> NationalReview | None:
    """A national review by id; ``for_update`` locks it (a change to its register)."""
    return session.get(NationalReview, national_review_id, with_for_update=for_update)


def actions_of_incidents(session: Session, incident_ids: Sequence[int]) -> list[ImprovementAction]:
    """The improvement actions of several cases (an export), by case then due date."""
    statement = (
        select(ImprovementAction)
        .where(col(ImprovementAction.incident_id).in_(incident_ids))
        .order_by(
            col(ImprovementAction.incident_id),
            nulls_last(col(ImprovementAction.due_on).asc()),
            col(ImprovementAction.id),
        )
    )
    return list(session.exec(statement).all())


# -- the yearly figures (bot.reports.yearly_report) ---------------------------------------

#: What the yearly figures read of a case besides its facts (FACT_COLUMNS).
YEARLY_COLUMNS = (
    "publication_kind",
    "national_decision",
    "national_decided_on",
    "delay_reason",
    "delay_told_on",
    "sent_on",
    "answer",
    "answered_on",
)


def yearly_case_rows(session: Session, *, start: date, end: date) -> list[Any]:
    """Plain rows (FACT_COLUMNS and YEARLY_COLUMNS, by attribute) of the cases a reporting
    year from ``start`` to ``end`` may concern, by reference: notified, sent to the Panel,
    decided, decided by the Panel, answered by it or published in it, a step done or due in
    it, a practice learning review the local authority became aware of in it, or a local
    review not published before it began (it may be past its target in the year). A superset:
    the domain picks each figure's cases by their dates."""

    def within(column: Any) -> ColumnElement[bool]:
        return and_(col(column) >= start, col(column) <= end)

    step_in_year = (
        select(Step.id)
        .where(
            Step.incident_id == Incident.id,
            or_(within(Step.completed_on), within(Step.due_on)),
        )
        .exists()
    )
    local_review = or_(
        col(Incident.decision) == "lcspr",
        col(PanelReview.national_decision) == "local_review",
    )
    unpublished_at_start = or_(
        col(Incident.published_on).is_(None), col(Incident.published_on) >= start
    )
    columns = [getattr(Incident, name) for name in FACT_COLUMNS]
    columns += [Incident.publication_kind]
    columns += [getattr(PanelReview, name) for name in YEARLY_COLUMNS[1:]]
    statement = (
        select(*columns)
        .outerjoin(PanelReview, col(PanelReview.incident_id) == Incident.id)
        .where(
            Incident.aware_on <= end,
            or_(
                within(Incident.notified_on),
                within(Incident.decided_on),
                within(Incident.published_on),
                within(PanelReview.sent_on),
                within(PanelReview.national_decided_on),
                within(PanelReview.answered_on),
                and_(col(Incident.practice_learning_review), within(Incident.aware_on)),
                step_in_year,
                and_(local_review, unpublished_at_start),
            ),
        )
        .order_by(col(Incident.reference))
    )
    return list(session.exec(statement).all())


def step_rows_of(
    session: Session, *, incident_ids: Sequence[int]
) -> list[tuple[int, str, str, date | None, date | None]]:
    """(incident id, step key, status, completed on, due on) of these incidents' steps."""
    columns: list[Any] = [
        Step.incident_id,
        Step.step_key,
        Step.status,
        Step.completed_on,
        Step.due_on,
    ]
    statement = select(*columns).where(col(Step.incident_id).in_(incident_ids))
    return [tuple(row) for row in session.exec(statement).all()]


def proceedings_kinds_of(session: Session, *, incident_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(incident id, kind) of the proceedings recorded on these incidents, in order."""
    statement = (
        select(Proceedings.incident_id, Proceedings.kind)
        .where(col(Proceedings.incident_id).in_(incident_ids))
        .order_by(col(Proceedings.id))
    )
    return [(incident_id, kind) for incident_id, kind in session.exec(statement).all()]


def yearly_action_rows(session: Session, *, start: date, end: date) -> list[Any]:
    """Plain rows (reference, pseudonym and the action's title, agency, due_on, status,
    done_on, assurance_result, assured_on, origin) of the improvement actions due in the year from
    ``start`` to ``end`` or assured in it, by due date."""
    due = and_(col(ImprovementAction.due_on) >= start, col(ImprovementAction.due_on) <= end)
    assured = and_(
        col(ImprovementAction.assured_on) >= start, col(ImprovementAction.assured_on) <= end
    )
    # A national review's action is named by its reference ("NR-3") and title.
    national = literal("NR-") + cast(NationalReview.id, String)
    columns: list[Any] = [
        func.coalesce(Incident.reference, national).label("reference"),
        func.coalesce(Incident.pseudonym, NationalReview.title).label("pseudonym"),
        ImprovementAction.title,
        ImprovementAction.agency,
        ImprovementAction.due_on,
        ImprovementAction.status,
        ImprovementAction.done_on,
        ImprovementAction.assurance_result,
        ImprovementAction.assured_on,
        ImprovementAction.origin,
    ]
    statement = (
        select(*columns)
        .outerjoin(Incident, col(Incident.id) == ImprovementAction.incident_id)
        .outerjoin(NationalReview, col(NationalReview.id) == ImprovementAction.national_review_id)
        .where(or_(due, assured))
        .order_by(col(ImprovementAction.due_on), col(Incident.reference), col(ImprovementAction.id))
    )
    return list(session.exec(statement).all())


def live_feed(session: Session, *, token_hash: str) -> CalendarFeed | None:
    """The unrevoked calendar feed whose token has this hash: one indexed lookup, the
    same for an unknown token as for a revoked one."""
    statement = select(CalendarFeed).where(
        CalendarFeed.token_hash == token_hash, col(CalendarFeed.revoked_at).is_(None)
    )
    return session.exec(statement).one_or_none()


def live_feeds_of(session: Session, *, user_id: str) -> list[CalendarFeed]:
    """A person's unrevoked calendar feeds, newest first (normally one)."""
    statement = (
        select(CalendarFeed)
        .where(CalendarFeed.user_id == user_id, col(CalendarFeed.revoked_at).is_(None))
        .order_by(col(CalendarFeed.id).desc())
        .with_for_update()
    )
    return list(session.exec(statement).all())
