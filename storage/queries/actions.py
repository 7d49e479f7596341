"""The register: recommendations and improvement actions."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, func, nulls_last
from sqlmodel import Session, col, select

from bot.domain.actions import ActionStatus
from storage.models import (
    Holder,
    ImprovementAction,
    Incident,
    NationalReview,
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
    return _actions_where(session, col(ImprovementAction.incident_id) == incident_id)


def actions_of_review(session: Session, *, national_review_id: int) -> list[ImprovementAction]:
    """A national review's improvement actions, in the same order."""
    return _actions_where(session, col(ImprovementAction.national_review_id) == national_review_id)


def _actions_where(session: Session, condition: ColumnElement[bool]) -> list[ImprovementAction]:
    statement = (
        select(ImprovementAction)
        .where(condition)
        .order_by(nulls_last(col(ImprovementAction.due_on).asc()), col(ImprovementAction.id))
    )
    return list(session.exec(statement).all())


def count_open_actions(session: Session, *, incident_id: int) -> int:
    """How many of a case's improvement actions are still open."""
    statement = select(func.count()).where(
        ImprovementAction.incident_id == incident_id, ImprovementAction.status == ActionStatus.OPEN
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
) -> list[tuple[Holder, ImprovementAction]]:
    """Open improvement actions of every case and national review, soonest due first
    (undated last), optionally only one person's, one agency's, or those due in
    ``due_from..due_to``."""
    conditions = [col(ImprovementAction.status) == ActionStatus.OPEN]
    if due_from is not None:
        conditions.append(col(ImprovementAction.due_on) >= due_from)
    if due_to is not None:
        conditions.append(col(ImprovementAction.due_on) <= due_to)
    if owner_id is not None:
        conditions.append(col(ImprovementAction.owner_id) == owner_id)
    if agency is not None:
        conditions.append(col(ImprovementAction.agency) == agency)
    statement = (
        select(ImprovementAction, Incident, NationalReview)
        .outerjoin(Incident, col(ImprovementAction.incident_id) == Incident.id)
        .outerjoin(NationalReview, col(ImprovementAction.national_review_id) == NationalReview.id)
        .where(*conditions)
        .order_by(
            nulls_last(col(ImprovementAction.due_on).asc()),
            col(Incident.reference),
            col(ImprovementAction.id),
        )
        .limit(limit)
    )
    rows = session.exec(statement).all()
    return [(incident or review, action) for action, incident, review in rows]


def overdue_actions_by_agency(session: Session, *, today: date) -> dict[str, int]:
    """How many open improvement actions are past their due date, per owning agency."""
    statement = (
        select(ImprovementAction.agency, func.count())
        .where(
            col(ImprovementAction.status) == ActionStatus.OPEN,
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


def get_national_review(
    session: Session, *, national_review_id: int, for_update: bool = False
) -> NationalReview | None:
    """A national review by id; ``for_update`` locks it (a change to its register)."""
    return session.get(NationalReview, national_review_id, with_for_update=for_update)
