"""The audit trail and the refusals it records."""

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.domain.words import Given, Reason
from storage.models import (
    AccessRefusal,
    AuditEvent,
    AuditReason,
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
    no incident: its reference ("NR-3") and its id in the detail name it. A reason someone
    typed (:class:`Given`, anywhere in ``detail``) is recorded as given, its words in
    ``audit_reason``.
    """
    if incident is not None and incident.id is None:
        session.add(incident)
        session.flush()
    about = {"national_review": incident.id} if isinstance(incident, NationalReview) else {}
    said, reasons = _reasons_apart(detail or {})
    event = AuditEvent(
        incident_id=incident.id if isinstance(incident, Incident) else None,
        reference=incident.reference if incident else None,
        at=at or utc_now(),
        actor=actor,
        action=action,
        detail=said | about,
    )
    session.add(event)
    if reasons:
        session.flush()  # the event's id
        assert event.id is not None
        session.add_all(
            AuditReason(
                audit_event_id=event.id, incident_id=event.incident_id, place=place, words=words
            )
            for place, words in reasons.items()
        )
    return event


def _reasons_apart(
    detail: Mapping[str, Any], within: str = ""
) -> tuple[dict[str, Any], dict[str, str]]:
    """``detail`` with each typed reason recorded as given, and the reasons' words by
    where they stood (``reason``, ``settled.<step>.reason``)."""
    said: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    for key, value in detail.items():
        place = f"{within}{key}"
        if isinstance(value, Given):
            said[key], reasons[place] = Reason.GIVEN, value.words
        elif isinstance(value, Mapping):
            said[key], inner = _reasons_apart(value, f"{place}.")
            reasons |= inner
        else:
            said[key] = value
    return said, reasons


def reasons_of(session: Session, events: Iterable[AuditEvent]) -> dict[int, dict[str, str]]:
    """The words of the reasons the events say were given, by event id and place; none
    for an event whose case was purged (or written before the words were kept apart)."""
    ids = [event.id for event in events if event.id is not None]
    found: dict[int, dict[str, str]] = {}
    rows = session.exec(select(AuditReason).where(col(AuditReason.audit_event_id).in_(ids)))
    for row in rows:
        found.setdefault(row.audit_event_id, {})[row.place] = row.words
    return found


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
