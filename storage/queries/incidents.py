"""Incidents: references, look-ups, the open cases' pages and counts."""

from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import case, func, nulls_last
from sqlmodel import Session, col, select

from bot.domain.review import NationalDecision
from bot.domain.timetable import RECORDED_FACTS, StepKind
from bot.domain.words import Decision, Status
from storage.models import (
    ChecklistItem,
    ImprovementAction,
    Incident,
    PanelReview,
    Recommendation,
    ReferenceCounter,
    Step,
)
from storage.queries import dialect_insert


def next_reference(session: Session, year: int) -> str:
    """Issue the next incident reference of `year`, e.g. "SI-2026-0001".

    A single upsert with RETURNING increments the counter atomically, so concurrent
    requests (threads, processes, replicas) never receive the same number. Numbers
    beyond 9999 simply grow a digit.
    """
    insert = dialect_insert(session)
    statement = (
        insert(ReferenceCounter)
        .values(year=year, last=1)
        .on_conflict_do_update(
            index_elements=[ReferenceCounter.year],
            set_={"last": col(ReferenceCounter.last) + 1},
        )
        .returning(col(ReferenceCounter.last))
    )
    number = session.exec(statement).scalar_one()
    return f"SI-{year}-{number:04d}"


def get_incident_by_reference(session: Session, reference: str) -> Incident | None:
    """The incident with this reference (as typed in a slash command), if any."""
    return session.exec(select(Incident).where(Incident.reference == reference)).one_or_none()


def get_incident_by_submission_key(session: Session, key: str) -> Incident | None:
    """The incident a Slack submission already created, so a retried request creates none."""
    return session.exec(select(Incident).where(Incident.submission_key == key)).one_or_none()


def open_incidents_with_next_step(
    session: Session, limit: int = 50, offset: int = 0
) -> list[tuple[Incident, Step | None]]:
    """Open incidents, most urgent first, each with its next step: the open step due
    soonest (None when no open step has a date), in one query.

    Incidents without an open dated step come last, oldest awareness first. ``offset``
    skips that many, for paging.
    """
    ranked = (
        select(
            col(Step.id).label("step_id"),
            col(Step.incident_id).label("incident_id"),
            col(Step.due_on).label("due_on"),
            func.row_number()
            .over(partition_by=col(Step.incident_id), order_by=(col(Step.due_on), col(Step.id)))
            .label("rank"),
        )
        .where(
            Step.status == Status.OPEN,
            Step.kind == StepKind.DEADLINE,
            col(Step.due_on).is_not(None),
        )
        .subquery()
    )
    next_due = (
        select(ranked.c.step_id, ranked.c.incident_id, ranked.c.due_on)
        .where(ranked.c.rank == 1)
        .subquery()
    )
    statement = (
        select(Incident, Step)
        .outerjoin(next_due, next_due.c.incident_id == Incident.id)
        .outerjoin(Step, col(Step.id) == next_due.c.step_id)
        .where(col(Incident.closed_at).is_(None))
        .order_by(nulls_last(next_due.c.due_on.asc()), col(Incident.aware_on), col(Incident.id))
        .offset(offset)
        .limit(limit)
    )
    return [(incident, step) for incident, step in session.exec(statement).all()]


def incidents_state(session: Session) -> tuple[Any, ...]:
    """How many incidents there are, the highest id and the sum of their versions: any
    case logged, changed or purged changes the answer (what cached figures check)."""
    return tuple(
        session.exec(
            select(
                func.count(),
                func.coalesce(func.max(Incident.id), 0),
                func.coalesce(func.sum(Incident.version), 0),
            ).select_from(Incident)
        ).one()
    )


def count_open_incidents(session: Session) -> int:
    """How many incidents are open (the total that paging counts through)."""
    statement = select(func.count()).select_from(Incident).where(col(Incident.closed_at).is_(None))
    return session.exec(statement).one()


def count_open_incidents_by_stage(session: Session) -> dict[str, int]:
    """Open incidents per stage (see STAGES), counted by the database in one pass."""
    stage = case(
        (col(Incident.practice_learning_review).is_(True), "learning_review"),
        (col(Incident.published_on).is_not(None), "published"),
        (col(Incident.decision) == Decision.LCSPR, "local_review"),
        # A national review recommended is one until the Panel decides on a local one.
        (col(PanelReview.national_decision) == NationalDecision.LOCAL_REVIEW, "local_review"),
        (col(Incident.decision) == Decision.NATIONAL, "national_review"),
        (col(Incident.decision).is_not(None), "no_local_review"),
        (col(Incident.notified_on).is_not(None), "rapid_review"),
        else_="notification",
    ).label("stage")
    statement = (
        select(stage, func.count())
        .select_from(Incident)
        .outerjoin(PanelReview, col(PanelReview.incident_id) == Incident.id)
        .where(col(Incident.closed_at).is_(None))
        .group_by(stage)
    )
    return {name: count for name, count in session.exec(statement).all()}


def incidents_aware_between(
    session: Session, start: date | None = None, end: date | None = None
) -> list[Incident]:
    """Incidents the local authority became aware of from ``start`` to ``end`` inclusive
    (either bound may be left open), by reference."""
    statement = select(Incident).order_by(col(Incident.reference))
    if start is not None:
        statement = statement.where(Incident.aware_on >= start)
    if end is not None:
        statement = statement.where(Incident.aware_on <= end)
    return list(session.exec(statement).all())


#: The columns of an incident its statutory deadlines are computed from (see
#: ``bot.usecases.read_models.facts_of``), with what names it in a report.
FACT_COLUMNS = ("id", "reference", "pseudonym", "closed_at", "age_band", *RECORDED_FACTS)


def incident_facts_aware_between(session: Session, start: date, end: date) -> list[Any]:
    """Plain rows (FACT_COLUMNS, by attribute) of the incidents the local authority became
    aware of from ``start`` to ``end`` inclusive, by reference: no ORM objects, for
    reports over many cases."""
    columns = [getattr(Incident, name) for name in FACT_COLUMNS]
    statement = (
        select(*columns)
        .where(Incident.aware_on >= start, Incident.aware_on <= end)
        .order_by(col(Incident.reference))
    )
    return list(session.exec(statement).all())


def incidents_closed_before(session: Session, cutoff: datetime) -> list[Incident]:
    """Incidents closed before ``cutoff``, earliest closed first (what retention removes)."""
    statement = (
        select(Incident)
        .where(col(Incident.closed_at) < cutoff)
        .order_by(col(Incident.closed_at), col(Incident.id))
    )
    return list(session.exec(statement).all())


Row = TypeVar("Row", Step, ChecklistItem, ImprovementAction, Recommendation)


def get_incident(
    session: Session, *, incident_id: int, for_update: bool = False
) -> Incident | None:
    """An incident by id; ``for_update`` locks its row until the transaction ends."""
    return session.get(Incident, incident_id, with_for_update=for_update)


def get_row(session: Session, model: type[Row], *, row_id: int) -> Row | None:
    """A step or checklist item by id (menus carry only the row's id)."""
    return session.get(model, row_id)


def open_incident_ids(session: Session, after: int, limit: int) -> list[int]:
    """Up to ``limit`` ids of open incidents above ``after``, ascending (a keyset page)."""
    statement = (
        select(Incident.id)
        .where(col(Incident.closed_at).is_(None), col(Incident.id) > after)
        .order_by(col(Incident.id))
        .limit(limit)
    )
    return [incident_id for incident_id in session.exec(statement) if incident_id is not None]
