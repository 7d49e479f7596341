"""The outbox: reports received and not yet logged, cases not yet posted."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, update
from sqlmodel import Session, col, select

from storage.models import (
    Incident,
    ReceivedReport,
)
from storage.queries import dialect_insert, lease_free


def _skip_locked(session: Session, statement: Any) -> Any:
    """On PostgreSQL, lock the chosen rows but pass over rows another worker has locked,
    so replicas claim disjoint batches without queueing behind each other."""
    if session.get_bind().dialect.name == "postgresql":
        return statement.with_for_update(skip_locked=True)
    return statement


def claim_unposted_incidents(
    session: Session, now: datetime, lease: timedelta, limit: int
) -> list[tuple[int, str]]:
    """Open incidents whose channel posts have not all gone out (the outbox), leased to the
    caller until ``now + lease``, as (id, reference): a failed retry simply waits for the
    lease to run out."""
    unposted = and_(col(Incident.checklist_ts).is_(None), col(Incident.closed_at).is_(None))
    free = lease_free(Incident.post_lease_until, now)
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


def add_received_report(
    session: Session,
    *,
    submission_key: str,
    reported_by: str,
    received_at: datetime,
    report: dict[str, Any],
) -> None:
    """Keep a checked form until its case is logged; the same submission twice is one row."""
    insert = dialect_insert(session)
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
