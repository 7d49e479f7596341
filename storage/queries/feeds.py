"""Calendar feeds."""

from sqlmodel import Session, col, select

from storage.models import (
    CalendarFeed,
)


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
