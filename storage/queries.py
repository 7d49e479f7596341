"""Named queries for the use cases. Each takes the caller's Session and never commits:
the use case owns the transaction.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import func, nulls_last
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


def list_open_incidents(session: Session, limit: int = 50) -> list[Incident]:
    """Open incidents, most urgent first: by the earliest due date of an open step.

    Incidents without an open dated step come last, oldest awareness first.
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
        .limit(limit)
    )
    return list(session.exec(statement).all())


def incident_history(session: Session, incident_id: int, limit: int) -> tuple[list[AuditEvent], int]:
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
