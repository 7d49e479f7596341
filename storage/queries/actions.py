"""The register: recommendations and improvement actions."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, nulls_last
from sqlmodel import Session, col, select

from storage.models import (
    ImprovementAction,
    Incident,
    Recommendation,
)


def recommendations_of(session: Session, *, incident_id: int) -> list[Recommendation]:
    """A case's recommendations, in the order they were recorded."""
    statement = (
        select(Recommendation)
        .where(Recommendation.incident_id == incident_id)
        .order_by(col(Recommendation.id))
    )
    return list(session.exec(statement).all())


def actions_of(session: Session, *, incident_id: int) -> list[ImprovementAction]:
    """A case's improvement actions, soonest due first (undated last), then as recorded."""
    statement = (
        select(ImprovementAction)
        .where(ImprovementAction.incident_id == incident_id)
        .order_by(nulls_last(col(ImprovementAction.due_on).asc()), col(ImprovementAction.id))
    )
    return list(session.exec(statement).all())


def count_open_actions(session: Session, *, incident_id: int) -> int:
    """How many of a case's improvement actions are still open."""
    statement = select(func.count()).where(
        ImprovementAction.incident_id == incident_id, ImprovementAction.status == "open"
    )
    return int(session.exec(statement).one())


def open_actions(
    session: Session,
    *,
    owner_id: str | None = None,
    agency: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, ImprovementAction]]:
    """Open improvement actions of every case, soonest due first (undated last),
    optionally only one person's, one agency's, or those due in ``due_from..due_to``."""
    conditions = [col(ImprovementAction.status) == "open"]
    if due_from is not None:
        conditions.append(col(ImprovementAction.due_on) >= due_from)
    if due_to is not None:
        conditions.append(col(ImprovementAction.due_on) <= due_to)
    if owner_id is not None:
        conditions.append(col(ImprovementAction.owner_id) == owner_id)
    if agency is not None:
        conditions.append(col(ImprovementAction.agency) == agency)
    statement = (
        select(Incident, ImprovementAction)
        .join(ImprovementAction, col(ImprovementAction.incident_id) == Incident.id)
        .where(*conditions)
        .order_by(
            nulls_last(col(ImprovementAction.due_on).asc()),
            col(Incident.reference),
            col(ImprovementAction.id),
        )
        .limit(limit)
    )
    return [(incident, action) for incident, action in session.exec(statement).all()]


def overdue_actions_by_agency(session: Session, *, today: date) -> dict[str, int]:
    """How many open improvement actions are past their due date, per owning agency."""
    statement = (
        select(ImprovementAction.agency, func.count())
        .where(
            col(ImprovementAction.status) == "open",
            col(ImprovementAction.due_on) < today,
        )
        .group_by(col(ImprovementAction.agency))
        .order_by(col(ImprovementAction.agency))
    )
    return {agency: int(count) for agency, count in session.exec(statement).all()}


def actions_of_many(session: Session, incident_ids: Sequence[int]) -> list[ImprovementAction]:
    """The improvement actions of several cases (an export), by case then due date."""
    statement = (
        select(ImprovementAction)
        .where(col(ImprovementAction.incident_id).in_(incident_ids))
        .order_by(
            col(ImprovementAction.incident_id),
            nulls_last(col(ImprovementAction.due_on).asc()),
            col(ImprovementAction.id),
        )
    )
    return list(session.exec(statement).all())
