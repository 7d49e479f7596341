"""The outbox: reports received and not yet logged, cases and national reviews'
registers not yet posted."""

from datetime import datetime, timedelta
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, delete, func, update
from sqlmodel import Session, SQLModel, col, select

from storage.models import (
    Incident,
    NationalReview,
    ReceivedReport,
)
from storage.queries import dialect_insert, lease_free

#: What the outbox posts: a case (its card, then its checklist) or a national review's
#: register; each holds ``post_lease_until`` while someone posts it.
Postable = TypeVar("Postable", Incident, NationalReview)

#: When each is not yet all in the channel: a case until its checklist (posted last) is,
#: unless it was closed meanwhile; a register until its one message is. The partial
#: indexes ``ix_incident_unposted`` and ``ix_national_review_unposted`` hold these rows.
UNPOSTED: dict[type[SQLModel], ColumnElement[bool]] = {
    Incident: and_(col(Incident.checklist_ts).is_(None), col(Incident.closed_at).is_(None)),
    NationalReview: col(NationalReview.card_ts).is_(None),
}


def _skip_locked(session: Session, statement: Any) -> Any:
    """On PostgreSQL, lock the chosen rows but pass over rows another worker has locked,
    so replicas claim disjoint batches without queueing behind each other."""
    if session.get_bind().dialect.name == "postgresql":
        return statement.with_for_update(skip_locked=True)
    return statement


def claim_for_posting(
    session: Session, model: type[Postable], now: datetime, lease: timedelta, limit: int
) -> list[Postable]:
    """Up to ``limit`` cases or registers (``model``) not yet all posted (the outbox),
    leased to the caller until ``now + lease``, by id: a failed retry simply waits for the
    lease to run out."""
    unposted, free = UNPOSTED[model], lease_free(model.post_lease_until, now)
    # Ordered by the lease, which the partial index holds (by id, SQLite would scan).
    due = select(model.id).where(unposted, free).order_by(col(model.post_lease_until))
    ids = session.exec(_skip_locked(session, due.limit(limit))).all()
    if not ids:
        return []
    # A lease is not a change to the case or register, so the version is left alone.
    claimed = session.scalars(
        update(model)
        .where(col(model.id).in_(ids), unposted, free)
        .values(post_lease_until=now + lease)
        .returning(model)
        .execution_options(synchronize_session=False)
    ).all()
    return sorted(claimed, key=lambda row: row.id or 0)


def add_received_report(
    session: Session,
    *,
    submission_key: str,
    reported_by: str,
    received_at: datetime,
    report: dict[str, Any],
) -> None:
    """Keep a checked form until its case is logged; the same submission twice is one row.

    A form waits for this write before it is answered, and nobody reads the row back here,
    so it is one statement, built once per dialect, on the session's connection: the ORM's
    work for an INSERT built afresh each time cost more than the commit (issue 29)."""
    session.connection().execute(
        _keep_received(dialect_insert(session)),
        {
            "submission_key": submission_key,
            "reported_by": reported_by,
            "received_at": received_at,
            "report": report,
        },
    )


@cache
def _keep_received(insert: Any) -> Any:
    """The statement, once for each dialect's INSERT."""
    return insert(ReceivedReport).on_conflict_do_nothing(
        index_elements=[ReceivedReport.submission_key]
    )


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
    """How many open cases and national reviews' registers are not yet fully posted to the
    channel (for /metrics); the partial indexes the outbox query uses serve these counts."""
    return sum(
        session.exec(select(func.count()).select_from(model).where(unposted)).one()
        for model, unposted in UNPOSTED.items()
    )
