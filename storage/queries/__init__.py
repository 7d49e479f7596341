"""Named queries for the use cases, a module per noun. Each takes the caller's Session and
never commits: the use case owns the transaction.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col


def dialect_insert(session: Session) -> Any:
    """The dialect's INSERT, which has ON CONFLICT; only the dialect in use is imported
    (a SQLite deployment never loads PostgreSQL's)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect
    else:
        from sqlalchemy.dialects import sqlite as dialect  # type: ignore[no-redef]
    return dialect.insert


def lease_free(lease_until: Any, now: datetime) -> ColumnElement[bool]:
    """Whether a lease (a reminder's, a posting claim's) is free to take: none, or run out."""
    return or_(col(lease_until).is_(None), col(lease_until) <= now)
