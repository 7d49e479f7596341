"""The audit trail and the refusals it records."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import (
    AccessRefusal,
    AuditEvent,
    Holder,
    Incident,
    NationalReview,
    utc_now,
)
from storage.queries import dialect_insert


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


def note_refusal(
    session: Session, actor: str, surface: str, now: datetime, every: timedelta
) -> bool:
    """Note that ``actor`` was refused on ``surface`` at ``now``; True unless they were
    already refused there less than ``every`` ago. One upsert, so concurrent refusals of
    the same person (any process) are noted once."""
    insert = dialect_insert(session)
    statement = insert(AccessRefusal).values(actor=actor, surface=surface, refused_at=now)
    statement = statement.on_conflict_do_update(
        index_elements=[AccessRefusal.actor, AccessRefusal.surface],
        set_={"refused_at": now},
        where=col(AccessRefusal.refused_at) <= now - every,
    )
    # A row comes back only if one was written (inserted, or updated after ``every``).
    return session.exec(statement.returning(col(AccessRefusal.actor))).first() is not None


def review_history(session: Session, *, reference: str) -> list[AuditEvent]:
    """A national review's audit trail (by its reference, "NR-3"), oldest first: its
    events have no incident."""
    statement = (
        select(AuditEvent)
        .where(col(AuditEvent.incident_id).is_(None), AuditEvent.reference == reference)
        .order_by(col(AuditEvent.at), col(AuditEvent.id))
    )
    return list(session.exec(statement).all())
