"""Retention: a case closed longer ago than the partnership keeps records is removed.

Its steps, checklist and reminders go with it (the database cascades the delete), and so
do the words of the reasons typed for it (``audit_reason``). The audit trail is
append-only and stays (each of those reasons recorded there only as given), with one
more entry per removed case saying what was removed, when, and by which command, so the
removal itself can be accounted for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine

from bot.domain.calendar import london_date
from bot.domain.words import AuditAction
from storage.db import session_scope
from storage.queries.audit import record_audit
from storage.queries.incidents import incidents_closed_before


@dataclass(frozen=True)
class Expired:
    """A case past its retention period."""

    reference: str
    closed_on: date


def purge(
    engine: Engine, retention_days: int, now: datetime, *, dry_run: bool, command: str
) -> list[Expired]:
    """The cases closed more than ``retention_days`` before ``now``, earliest closed first;
    unless ``dry_run``, removed in one transaction, each audited as done by ``command``."""
    cutoff = now - timedelta(days=retention_days)
    with session_scope(engine) as session:
        incidents = incidents_closed_before(session, cutoff)
        expired = []
        for incident in incidents:
            assert incident.closed_at is not None
            closed_on = london_date(incident.closed_at)
            expired.append(Expired(incident.reference, closed_on))
            if dry_run:
                continue
            record_audit(
                session,
                actor="cli",
                action=AuditAction.CASE_PURGED,
                incident=incident,
                at=now,
                detail={
                    "reference": incident.reference,
                    "closed_on": closed_on.isoformat(),
                    "retention_days": retention_days,
                    "command": command,
                },
            )
            session.delete(incident)
    return expired
