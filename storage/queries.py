"""Named queries for the use cases. Each takes the caller's Session and never commits:
the use case owns the transaction.
"""

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, nulls_last
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from storage.models import AuditEvent, Incident, ReferenceCounter, Step, utc_now

_INSERTS = {"postgresql": postgresql_insert, "sqlite": sqlite_insert}


def next_reference(session: Session, year: int) -> str:
    """Issue the next incident reference of `year`, e.g. "SI-2026-0001".

    A single upsert with RETURNING increments the counter atomically, so concurrent
    requests (threads, processes, replicas) never receive the same number. Numbers
    beyond 9999 simply grow a digit.
    """
    insert = _INSERTS[session.get_bind().dialect.name]
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
    incident: Incident | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction, so it commits (or not) with the change.

    A new incident is flushed first to learn its id.
    """
    if incident is not None and incident.id is None:
        session.add(incident)
        session.flush()
    event = AuditEvent(
        incident_id=incident.id if incident else None,
        reference=incident.reference if incident else None,
        at=at or utc_now(),
        actor=actor,
        action=action,
        detail=detail or {},
    )
    session.add(event)
    return event


def get_incident_by_reference(session: Session, reference: str) -> Incident | None:
    """The incident with this reference (as typed in a slash command), if any."""
    return session.exec(select(Incident).where(Incident.reference == reference)).one_or_none()


def get_incident_by_submission_key(session: Session, key: str) -> Incident | None:
    """The incident a Slack submission already created, so a retried request creates none."""
    return session.exec(select(Incident).where(Incident.submission_key == key)).one_or_none()


def list_open_incidents(session: Session, limit: int = 50, offset: int = 0) -> list[Incident]:
    """Open incidents, most urgent first: by the earliest due date of an open step.

    Incidents without an open dated step come last, oldest awareness first. ``offset``
    skips that many, for paging.
    """
    next_due = (
        select(Step.incident_id, func.min(Step.due_on).label("next_due_on"))
        .where(Step.status == "open", col(Step.due_on).is_not(None))
        .group_by(col(Step.incident_id))
        .subquery()
    )
    next_due_on = next_due.c.next_due_on
    statement = (
        select(Incident)
        .outerjoin(next_due, next_due.c.incident_id == Incident.id)
        .where(col(Incident.closed_at).is_(None))
        .order_by(nulls_last(next_due_on.asc()), col(Incident.aware_on), col(Incident.id))
        .offset(offset)
        .limit(limit)
    )
    return list(session.exec(statement).all())


def count_open_incidents(session: Session) -> int:
    """How many incidents are open (the total that paging counts through)."""
    statement = select(func.count()).select_from(Incident).where(col(Incident.closed_at).is_(None))
    return session.exec(statement).one()


#: How far an open case has gone, from the facts recorded (in the order cases move).
STAGES = ("notification", "rapid_review", "no_local_review", "local_review", "published")


def count_open_incidents_by_stage(session: Session) -> dict[str, int]:
    """Open incidents per stage (see STAGES), counted by the database in one pass."""
    stage = case(
        (col(Incident.published_on).is_not(None), "published"),
        (Incident.decision == "lcspr", "local_review"),
        (col(Incident.decision).is_not(None), "no_local_review"),
        (col(Incident.notified_on).is_not(None), "rapid_review"),
        else_="notification",
    ).label("stage")
    statement = select(stage, func.count()).where(col(Incident.closed_at).is_(None)).group_by(stage)
    return {name: count for name, count in session.exec(statement).all()}


def open_steps(
    session: Session,
    *,
    owner_id: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, Step]]:
    """Open steps of open incidents, soonest first (undated last), optionally only one
    person's or only those due in ``due_from..due_to``."""
    conditions = [col(Incident.closed_at).is_(None), Step.status == "open"]
    if owner_id is not None:
        conditions.append(Step.owner_id == owner_id)
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
