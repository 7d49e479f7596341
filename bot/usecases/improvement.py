"""Use cases of the register of learning into practice: a review's recommendations, the
improvement actions under them (or immediate actions from the rapid review, with none),
each marked done with its evidence ("How will we know?") and a date to look again, or not
taken forward with a reason; the assurance found on looking again; and undo.

Each is one change of :func:`bot.usecases.lifecycle.change_case`: the incident locked, a closed case
refused, one audit event, the case's reminders planned again (an action's owner is
reminded by the policy's ``action`` rules). The reads for App Home and ``/incident
actions`` are at the end. Free text has passed the confidentiality guard
in the listener. A case with open actions cannot close.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.actions import (
    MAX_ACTIONS,
    MAX_RECOMMENDATIONS,
    ActionStatus,
    AssuranceResult,
    Origin,
)
from bot.domain.calendar import day, london_date
from bot.domain.words import AuditAction
from bot.rules import Rules
from bot.usecases.cases import Case
from bot.usecases.lifecycle import NotAllowed, change_case
from bot.usecases.read_models import Register
from storage.db import open_session
from storage.models import ImprovementAction, Incident, Recommendation
from storage.queries.actions import (
    actions_of,
    count_open_actions,
    open_actions,
    overdue_actions_by_agency,
    recommendations_of,
)
from storage.queries.incidents import get_row


def add_recommendation(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    text: str,
    origin: Origin,
    actor: str,
    now: datetime,
) -> Case:
    """Record a recommendation of the review ``origin`` on the case."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        if len(recommendations_of(session, incident_id=incident_id)) >= MAX_RECOMMENDATIONS:
            raise NotAllowed(f"A case holds at most {MAX_RECOMMENDATIONS} recommendations.")
        row = Recommendation(
            incident_id=incident_id, text=text, origin=origin, recorded_by=actor, recorded_at=now
        )
        session.add(row)
        session.flush()
        return {"recommendation": row.id, "origin": origin}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.RECOMMENDATION_ADDED,
        apply=apply,
    )


def add_action(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    recommendation_id: int | None,
    title: str,
    agency: str,
    owner: str,
    due_on: date,
    actor: str,
    now: datetime,
) -> Case:
    """Record an improvement action under a recommendation (its origin is the
    recommendation's), or, with none, an immediate action from the rapid review (or the
    practice learning review of a case below the threshold). The
    owning agency is one of the partnership's (the checklist file's list)."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        if agency not in rules.checklist.agencies:
            raise NotAllowed("Choose the owning agency from the list.")
        if due_on < incident.aware_on:
            raise NotAllowed("The due date cannot be before the local authority became aware.")
        if len(actions_of(session, incident_id=incident_id)) >= MAX_ACTIONS:
            raise NotAllowed(f"A case holds at most {MAX_ACTIONS} improvement actions.")
        # With no recommendation: an immediate action, from the rapid review or, on a case
        # below the threshold, from its practice learning review.
        learning = incident.practice_learning_review
        origin = Origin.PRACTICE_LEARNING if learning else Origin.RAPID
        if recommendation_id is not None:
            recommendation = get_row(session, Recommendation, row_id=recommendation_id)
            if recommendation is None or recommendation.incident_id != incident_id:
                raise NotAllowed("That recommendation is no longer part of the case.")
            origin = recommendation.origin
        row = ImprovementAction(
            incident_id=incident_id,
            recommendation_id=recommendation_id,
            title=title,
            origin=origin,
            agency=agency,
            owner_id=owner,
            due_on=due_on,
            status=ActionStatus.OPEN,
            created_by=actor,
            created_at=now,
        )
        session.add(row)
        session.flush()
        return _said(row) | {
            "agency": rules.checklist.agencies[agency],
            "owner": owner,
            "due": due_on.isoformat(),
            "recommendation": recommendation_id,
        }

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.ACTION_ADDED,
        apply=apply,
    )


def mark_done(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    action_id: int,
    on: date,
    evidence: str,
    assurance_due_on: date | None,
    actor: str,
    now: datetime,
) -> Case:
    """Record an action done on ``on`` with the evidence that it happened ("How will we
    know?"), and optionally a date to look again at whether the learning is embedded."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _action(session, incident, action_id, ActionStatus.OPEN)
        if on < incident.aware_on:
            raise NotAllowed("The date cannot be before the local authority became aware.")
        if on > london_date(now):
            raise NotAllowed("The date it was done cannot be in the future.")
        if assurance_due_on is not None and assurance_due_on < on:
            raise NotAllowed(f"The date to look again must be on or after {day(on)}.")
        row.status, row.done_on, row.evidence = ActionStatus.DONE, on, evidence
        row.assurance_due_on = assurance_due_on
        _touch(session, row, actor, now)
        return _said(row) | {
            "on": on.isoformat(),
            "assure": assurance_due_on.isoformat() if assurance_due_on else None,
        }

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.ACTION_DONE,
        apply=apply,
    )


def not_taken_forward(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    action_id: int,
    reason: str,
    actor: str,
    now: datetime,
) -> Case:
    """Close an open action consciously, with the reason it is not taken forward."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _action(session, incident, action_id, ActionStatus.OPEN)
        row.status, row.reason = ActionStatus.NOT_TAKEN_FORWARD, reason
        _touch(session, row, actor, now)
        return _said(row) | {"reason": "changed"}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.ACTION_NOT_TAKEN_FORWARD,
        apply=apply,
    )


def record_assurance(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    action_id: int,
    result: AssuranceResult,
    note: str,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """What looking again at a done action found (embedded, partly, not yet), with a note
    of how the partnership knows; recorded again, it replaces the last result."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _action(session, incident, action_id, ActionStatus.DONE)
        if on > london_date(now):
            raise NotAllowed("The date of the assurance cannot be in the future.")
        if row.done_on is not None and on < row.done_on:
            raise NotAllowed(
                f"The assurance cannot be before the action was done ({day(row.done_on)})."
            )
        row.assurance_result, row.assurance_note, row.assured_on = result, note, on
        _touch(session, row, actor, now)
        return _said(row) | {"result": result.label, "on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.ACTION_ASSURED,
        apply=apply,
    )


def reopen_action(
    engine: Engine, rules: Rules, *, incident_id: int, action_id: int, actor: str, now: datetime
) -> Case:
    """Undo: a done or not taken forward action is open again; what it recorded (evidence,
    reason, assurance) is cleared, and its reminders come back."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        row = _action(
            session, incident, action_id, ActionStatus.DONE, ActionStatus.NOT_TAKEN_FORWARD
        )
        before = row.status
        row.status = ActionStatus.OPEN
        row.done_on = row.evidence = row.reason = None
        row.assurance_due_on = row.assurance_result = row.assurance_note = row.assured_on = None
        row.snoozed_until = None
        _touch(session, row, actor, now)
        return _said(row) | {"from": before}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.ACTION_REOPENED,
        apply=apply,
    )


def _action(
    session: Session, incident: Incident, action_id: int, *statuses: ActionStatus
) -> ImprovementAction:
    row = get_row(session, ImprovementAction, row_id=action_id)
    if row is None or row.incident_id != incident.id:
        raise NotAllowed("That improvement action is no longer part of the case.")
    if row.status not in statuses:
        raise NotAllowed(f"“{row.title}” is {row.status.replace('_', ' ')} already.")
    return row


def _touch(session: Session, row: ImprovementAction, actor: str, now: datetime) -> None:
    row.updated_by, row.updated_at = actor, now
    session.add(row)


def _said(row: ImprovementAction) -> dict[str, Any]:
    """What the history names an action by: its number, never its title (the audit trail
    is append-only, so a title corrected because it identified someone would stay there;
    its free text is recorded only as "changed")."""
    return {"action": row.id}


def home_register(engine: Engine, *, user_id: str, today: date, limit: int) -> Register:
    """The person's open actions and the partnership's overdue actions by agency."""
    with open_session(engine) as session:
        mine = open_actions(session, owner_id=user_id, limit=limit + 1)
        overdue = overdue_actions_by_agency(session, today=today)
    return Register(mine[:limit], len(mine) > limit, overdue)


def open_register(
    engine: Engine, *, agency: str | None = None
) -> list[tuple[Incident, ImprovementAction]]:
    """Every open action, soonest due first, optionally only one agency's
    (``/incident actions``)."""
    with open_session(engine) as session:
        return open_actions(session, agency=agency)


def open_action_count(engine: Engine, *, incident_id: int | None) -> int:
    """How many of a case's improvement actions are open (Close case… is refused while
    any is)."""
    if incident_id is None:
        return 0
    with open_session(engine) as session:
        return count_open_actions(session, incident_id=incident_id)
