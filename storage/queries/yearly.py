"""The yearly figures (:func:`bot.usecases.reports.yearly_report`)."""

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, literal, or_
from sqlmodel import Session, col, select

from storage.models import (
    ImprovementAction,
    Incident,
    NationalReview,
    PanelReview,
    Proceedings,
    Step,
)
from storage.queries.incidents import FACT_COLUMNS

#: What the yearly figures read of a case besides its facts (FACT_COLUMNS).
YEARLY_COLUMNS = (
    "publication_kind",
    "national_decision",
    "national_decided_on",
    "delay_reason",
    "delay_told_on",
    "sent_on",
    "answer",
    "answered_on",
)


def yearly_case_rows(session: Session, *, start: date, end: date) -> list[Any]:
    """Plain rows (FACT_COLUMNS and YEARLY_COLUMNS, by attribute) of the cases a reporting
    year from ``start`` to ``end`` may concern, by reference: notified, sent to the Panel,
    decided, decided by the Panel, answered by it or published in it, a step done or due in
    it, a practice learning review the local authority became aware of in it, or a local
    review not published before it began (it may be past its target in the year). A superset:
    the domain picks each figure's cases by their dates."""

    def within(column: Any) -> ColumnElement[bool]:
        return and_(col(column) >= start, col(column) <= end)

    step_in_year = (
        select(Step.id)
        .where(
            Step.incident_id == Incident.id,
            or_(within(Step.completed_on), within(Step.due_on)),
        )
        .exists()
    )
    local_review = or_(
        col(Incident.decision) == "lcspr",
        col(PanelReview.national_decision) == "local_review",
    )
    unpublished_at_start = or_(
        col(Incident.published_on).is_(None), col(Incident.published_on) >= start
    )
    columns = [getattr(Incident, name) for name in FACT_COLUMNS]
    columns += [Incident.publication_kind]
    columns += [getattr(PanelReview, name) for name in YEARLY_COLUMNS[1:]]
    statement = (
        select(*columns)
        .outerjoin(PanelReview, col(PanelReview.incident_id) == Incident.id)
        .where(
            Incident.aware_on <= end,
            or_(
                within(Incident.notified_on),
                within(Incident.decided_on),
                within(Incident.published_on),
                within(PanelReview.sent_on),
                within(PanelReview.national_decided_on),
                within(PanelReview.answered_on),
                and_(col(Incident.practice_learning_review), within(Incident.aware_on)),
                step_in_year,
                and_(local_review, unpublished_at_start),
            ),
        )
        .order_by(col(Incident.reference))
    )
    return list(session.exec(statement).all())


def yearly_step_rows(
    session: Session, *, incident_ids: Sequence[int]
) -> list[tuple[int, str, str, date | None, date | None]]:
    """(incident id, step key, status, completed on, due on) of these incidents' steps."""
    columns: list[Any] = [
        Step.incident_id,
        Step.step_key,
        Step.status,
        Step.completed_on,
        Step.due_on,
    ]
    statement = select(*columns).where(col(Step.incident_id).in_(incident_ids))
    return [tuple(row) for row in session.exec(statement).all()]


def proceedings_kinds_of(session: Session, *, incident_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(incident id, kind) of the proceedings recorded on these incidents, in order."""
    statement = (
        select(Proceedings.incident_id, Proceedings.kind)
        .where(col(Proceedings.incident_id).in_(incident_ids))
        .order_by(col(Proceedings.id))
    )
    return [(incident_id, kind) for incident_id, kind in session.exec(statement).all()]


def yearly_action_rows(session: Session, *, start: date, end: date) -> list[Any]:
    """Plain rows (reference, pseudonym and the action's title, agency, due_on, status,
    done_on, assurance_result, assured_on, origin) of the improvement actions due in the year from
    ``start`` to ``end`` or assured in it, by due date."""
    due = and_(col(ImprovementAction.due_on) >= start, col(ImprovementAction.due_on) <= end)
    assured = and_(
        col(ImprovementAction.assured_on) >= start, col(ImprovementAction.assured_on) <= end
    )
    # A national review's action is named by its reference ("NR-3") and title.
    national = literal("NR-") + cast(NationalReview.id, String)
    columns: list[Any] = [
        func.coalesce(Incident.reference, national).label("reference"),
        func.coalesce(Incident.pseudonym, NationalReview.title).label("pseudonym"),
        ImprovementAction.title,
        ImprovementAction.agency,
        ImprovementAction.due_on,
        ImprovementAction.status,
        ImprovementAction.done_on,
        ImprovementAction.assurance_result,
        ImprovementAction.assured_on,
        ImprovementAction.origin,
    ]
    statement = (
        select(*columns)
        .outerjoin(Incident, col(Incident.id) == ImprovementAction.incident_id)
        .outerjoin(NationalReview, col(NationalReview.id) == ImprovementAction.national_review_id)
        .where(or_(due, assured))
        .order_by(col(ImprovementAction.due_on), col(Incident.reference), col(ImprovementAction.id))
    )
    return list(session.exec(statement).all())
