"""A case's checklist items."""

from datetime import date

from sqlalchemy import nulls_last
from sqlmodel import Session, col, select

from bot.domain.words import Status
from storage.models import (
    ChecklistItem,
    Incident,
)


def open_items(
    session: Session,
    *,
    owner_id: str | None = None,
    due_by: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, ChecklistItem]]:
    """Open checklist items of open cases, soonest first (undated last), optionally only
    those given to one person or only those due on or before ``due_by``."""
    conditions = [col(Incident.closed_at).is_(None), col(ChecklistItem.status) == Status.OPEN]
    if owner_id is not None:
        conditions.append(col(ChecklistItem.owner_id) == owner_id)
    if due_by is not None:
        conditions.append(col(ChecklistItem.due_on) <= due_by)
    statement = (
        select(Incident, ChecklistItem)
        .join(ChecklistItem, col(ChecklistItem.incident_id) == Incident.id)
        .where(*conditions)
        .order_by(
            nulls_last(col(ChecklistItem.due_on).asc()),
            col(Incident.reference),
            col(ChecklistItem.position),
        )
        .limit(limit)
    )
    return [(incident, item) for incident, item in session.exec(statement).all()]


def items_of(session: Session, *, incident_id: int) -> list[ChecklistItem]:
    """An incident's stored checklist items, in the order they were stored."""
    return list(session.exec(select(ChecklistItem).where(ChecklistItem.incident_id == incident_id)))


def items_in_order(session: Session, *, incident_id: int) -> list[ChecklistItem]:
    """An incident's checklist items, in the checklist's order."""
    return list(
        session.exec(
            select(ChecklistItem)
            .where(ChecklistItem.incident_id == incident_id)
            .order_by(col(ChecklistItem.position), col(ChecklistItem.id))
        ).all()
    )
