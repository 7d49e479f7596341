"""The fingerprint of the rules the stored due dates were computed with."""

from datetime import datetime

from sqlmodel import Session

from storage.models import (
    AppliedRules,
)


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
