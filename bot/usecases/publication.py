"""Use cases for parallel proceedings: criminal, coroner or family proceedings recorded on a
case with their expected end (the trial, the inquest, the final hearing), that date moved,
the proceedings recorded as concluded, and ones recorded in error removed.

Each is one change of :func:`bot.usecases.lifecycle.change_case`: the incident locked, a closed case
refused, one audit event. Proceedings can be recorded on any case with a rapid review;
they hold publication only where a local review is commissioned. They do so through the
steps being brought in line (:func:`bot.usecases.cases.sync_deadlines`): the planned publication
moves to after them, the final report falls due before it, and the publication steps are
paused while they run and resumed once none do. What was published is recorded with the
publication step (:func:`bot.usecases.lifecycle.record_step_done`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.calendar import day, london_date
from bot.domain.publication import MAX_PROCEEDINGS
from bot.domain.review import RAPID_REVIEW_STEP, ProceedingsKind, plan_publication
from bot.domain.words import AuditAction, Given
from bot.rules import Rules
from bot.usecases.cases import Case
from bot.usecases.lifecycle import NotAllowed, change_case
from bot.usecases.read_models import held
from storage.models import Incident, Proceedings
from storage.queries.review import proceedings_of
from storage.queries.steps import steps_of


def record_proceedings(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    kind: ProceedingsKind,
    expected_on: date | None,
    actor: str,
    now: datetime,
) -> Case:
    """Record proceedings of ``kind`` running alongside the review, expected to end on
    ``expected_on`` (None: not yet known, which holds publication with no date)."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        _with_rapid_review(session, incident)
        if expected_on is not None:
            _not_before_aware(incident, expected_on)
        rows = proceedings_of(session, incident_id=incident_id)
        if len(rows) >= MAX_PROCEEDINGS:
            raise NotAllowed(f"A case holds at most {MAX_PROCEEDINGS} proceedings.")
        before = _planned(session, incident, rules)
        session.add(
            Proceedings(
                incident_id=incident_id,
                kind=kind,
                expected_on=expected_on,
                recorded_by=actor,
                recorded_at=now,
            )
        )
        return {"kind": kind, "expected": _day(expected_on)} | _moved(
            session, incident, rules, before
        )

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PROCEEDINGS_RECORDED,
        apply=apply,
    )


def change_expected(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    proceedings_id: int,
    expected_on: date,
    actor: str,
    now: datetime,
) -> Case:
    """A new date the proceedings are expected to end on (a trial adjourned, an inquest
    listed): the planned publication moves with it, later or back. The same date again
    changes nothing."""

    def apply(session: Session, incident: Incident) -> dict[str, Any] | None:
        row = _running(session, incident, proceedings_id, rules)
        _not_before_aware(incident, expected_on)
        if row.expected_on == expected_on:
            return None  # the date they were expected on already: nothing to change
        before, was = _planned(session, incident, rules), row.expected_on
        row.expected_on = expected_on
        session.add(row)
        expected = {"from": _day(was), "to": _day(expected_on)}
        return {"kind": row.kind, "expected": expected} | _moved(session, incident, rules, before)

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PROCEEDINGS_EXPECTED_CHANGED,
        apply=apply,
    )


def record_concluded(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    proceedings_id: int,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """The proceedings concluded on ``on``: they no longer pause the publication steps,
    and the planned publication counts from their conclusion."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _running(session, incident, proceedings_id, rules)
        _not_before_aware(incident, on)
        if on > london_date(now):
            raise NotAllowed("The date they concluded cannot be in the future.")
        before = _planned(session, incident, rules)
        row.concluded_on = on
        session.add(row)
        return {"kind": row.kind, "on": _day(on)} | _moved(session, incident, rules, before)

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PROCEEDINGS_CONCLUDED,
        apply=apply,
    )


def remove_proceedings(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    proceedings_id: int,
    reason: str,
    actor: str,
    now: datetime,
) -> Case:
    """Remove proceedings recorded in error (the wrong kind, the wrong case), with the
    reason, which has passed the confidentiality guard and is kept in the history."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _row(session, incident, proceedings_id)
        before = _planned(session, incident, rules)
        detail = {"kind": row.kind, "expected": _day(row.expected_on), "reason": Given(reason)}
        session.delete(row)
        return detail | _moved(session, incident, rules, before)

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PROCEEDINGS_REMOVED,
        apply=apply,
    )


def _with_rapid_review(session: Session, incident: Incident) -> None:
    """Refuse a case without a rapid review (not a serious child safeguarding incident)."""
    assert incident.id is not None
    if not any(s.step_key == RAPID_REVIEW_STEP for s in steps_of(session, incident_id=incident.id)):
        raise NotAllowed(f"{incident.reference} has no rapid review, so no publication to hold.")


def _not_before_aware(incident: Incident, on: date) -> None:
    if on < incident.aware_on:
        raise NotAllowed("The date cannot be before the local authority became aware.")


def _row(session: Session, incident: Incident, proceedings_id: int) -> Proceedings:
    assert incident.id is not None
    rows = proceedings_of(session, incident_id=incident.id)
    row = next((r for r in rows if r.id == proceedings_id), None)
    if row is None:
        raise NotAllowed("Those proceedings are no longer recorded on the case; it was redrawn.")
    return row


def _running(
    session: Session, incident: Incident, proceedings_id: int, rules: Rules
) -> Proceedings:
    row = _row(session, incident, proceedings_id)
    if row.concluded_on is not None:
        title = rules.review.proceedings_kinds[ProceedingsKind(row.kind)].title
        raise NotAllowed(f"The {title.lower()} concluded on {day(row.concluded_on)}.")
    return row


def _planned(session: Session, incident: Incident, rules: Rules) -> date | None:
    """The planned publication as the proceedings recorded now move it (the partnership's
    own plan when none do)."""
    assert incident.id is not None
    proceedings = tuple(held(row) for row in proceedings_of(session, incident_id=incident.id))
    plan = plan_publication(
        rules.review, incident.publication_planned_on, proceedings, rules.calendar
    )
    return plan.planned_on


def _moved(
    session: Session, incident: Incident, rules: Rules, before: date | None
) -> dict[str, Any]:
    """The planned publication's move, for the history: only on a case with a local review
    (whose publication step exists), and only when it moved."""
    assert incident.id is not None
    steps = steps_of(session, incident_id=incident.id)
    if not any(s.step_key == rules.review.target_step for s in steps):
        return {}
    after = _planned(session, incident, rules)
    return {} if after == before else {"publication": {"from": _day(before), "to": _day(after)}}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None
