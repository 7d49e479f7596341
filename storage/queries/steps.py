"""A case's statutory steps."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import nulls_last
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from bot.domain.timetable import StepKind
from bot.domain.words import Status
from storage.models import (
    Incident,
    Step,
)


def open_steps(
    session: Session,
    *,
    owner_id: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    limit: int | None = None,
) -> list[tuple[Incident, Step]]:
    """Open deadlines of open incidents, soonest first (undated last), optionally only one
    person's or only those due in ``due_from..due_to``."""
    conditions = [
        col(Incident.closed_at).is_(None),
        col(Step.status) == Status.OPEN,
        col(Step.kind) == StepKind.DEADLINE,
    ]
    if owner_id is not None:
        conditions.append(col(Step.owner_id) == owner_id)
    if due_from is not None:
        conditions.append(col(Step.due_on) >= due_from)
    if due_to is not None:
        conditions.append(col(Step.due_on) <= due_to)
    statement = (
        select(Incident, Step)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(*conditions)
        .order_by(nulls_last(col(Step.due_on).asc()), col(Incident.reference), col(Step.id))
        .limit(limit)
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def step_records_aware_between(
    session: Session, start: date, end: date
) -> list[tuple[int, str, str, date | None]]:
    """(incident id, step key, status, completed on) of every step of the incidents the
    local authority became aware of from ``start`` to ``end`` inclusive."""
    statement = (
        select(Step.incident_id, Step.step_key, Step.status, col(Step.completed_on))
        .join(Incident, col(Incident.id) == Step.incident_id)
        .where(Incident.aware_on >= start, Incident.aware_on <= end)
    )
    return [tuple(row) for row in session.exec(statement).all()]  # type: ignore[misc]


def steps_of_many(session: Session, incident_ids: Sequence[int]) -> list[Step]:
    """The steps of these incidents, each incident's soonest first (undated last)."""
    statement = (
        select(Step)
        .where(col(Step.incident_id).in_(incident_ids))
        .order_by(col(Step.incident_id), nulls_last(col(Step.due_on).asc()), col(Step.id))
    )
    return list(session.exec(statement).all())


def steps_of(session: Session, *, incident_id: int) -> list[Step]:
    """An incident's stored steps, in the order they were stored."""
    return list(session.exec(select(Step).where(Step.incident_id == incident_id)))


def steps_soonest_first(session: Session, *, incident_id: int) -> list[Step]:
    """An incident's steps, soonest first (undated last), as the case card shows them."""
    return list(
        session.exec(
            select(Step)
            .where(Step.incident_id == incident_id)
            .order_by(col(Step.due_on).is_(None), col(Step.due_on), col(Step.id))
        ).all()
    )


def open_steps_due_by(session: Session, day: date) -> list[tuple[Incident, Step]]:
    """Open, unpaused deadlines of open cases due on or before ``day``, soonest first."""
    statement = (
        select(Incident, Step)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(
            col(Incident.closed_at).is_(None),
            Step.status == Status.OPEN,
            Step.kind == StepKind.DEADLINE,
            col(Step.paused_at).is_(None),
            col(Step.due_on) <= day,
        )
        .order_by(col(Step.due_on), col(Incident.reference), col(Step.id))
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def past_target_without(
    session: Session, *, target_step: str, step_key: str, before: date, limit: int
) -> list[int]:
    """Open cases whose ``target_step`` is unfinished and was due before ``before`` but
    that have no ``step_key`` step yet: the local reviews past their target whose delay
    step is still to be added."""
    other = aliased(Step)
    has_it = select(other.id).where(other.incident_id == Incident.id, other.step_key == step_key)
    statement = (
        select(Incident.id)
        .join(Step, col(Step.incident_id) == Incident.id)
        .where(
            col(Incident.closed_at).is_(None),
            Step.step_key == target_step,
            col(Step.status).in_((Status.OPEN, Status.PAUSED)),
            col(Step.due_on) < before,
            ~has_it.exists(),
        )
        .order_by(col(Incident.id))
        .limit(limit)
    )
    return [incident_id for incident_id in session.exec(statement).all() if incident_id]
