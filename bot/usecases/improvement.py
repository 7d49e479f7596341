"""Use cases of the register of learning into practice: a review's recommendations, the
improvement actions under them (or immediate actions from the rapid review, with none),
each marked done with its evidence ("How will we know?") and a date to look again, or not
taken forward with a reason; the assurance found on looking again; and undo.

Each is one change of :func:`bot.usecases.lifecycle.change_case`: the incident locked, a closed case
refused, one audit event, the case's reminders planned again (an action's owner is
reminded by the policy's ``action`` rules). The reads for App Home and ``/incident
actions`` are at the end. Free text has passed the confidentiality guard
in the listener. A case with open actions cannot close.

A national or thematic review of the Panel has a register of its own, with no case: the
same changes to its actions (:class:`ActionChange`) are made in a transaction of its own
(:func:`change_national_action`), audited under its reference ("NR-3").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from bot.usecases.cases import POST_LEASE, Case
from bot.usecases.lifecycle import NotAllowed, change_case
from bot.usecases.read_models import Register
from bot.usecases.reminders import replan_review
from storage.db import open_session, session_scope
from storage.models import Holder, ImprovementAction, Incident, NationalReview, Recommendation
from storage.queries.actions import (
    actions_of,
    actions_of_review,
    count_open_actions,
    get_national_review,
    open_actions,
    overdue_actions_by_agency,
    recommendations_of,
)
from storage.queries.audit import record_audit
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


#: What a change does to the register it is made on (a case's or a national review's),
#: in the change's transaction, by whom and when; it returns the audit detail, which names
#: the action by number only (:func:`_said`).
Apply = Callable[[Session, Holder, str, datetime], dict[str, Any]]


@dataclass(frozen=True)
class ActionChange:
    """A change to the improvement actions of a register, made alike on a case's
    (:func:`change_case_action`) and on a national review's
    (:func:`change_national_action`): what the audit trail calls it and what it does."""

    audit: AuditAction
    apply: Apply


def change_case_action(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    change: ActionChange,
    actor: str,
    now: datetime,
) -> Case:
    """Make ``change`` on the case's register: one change of
    :func:`bot.usecases.lifecycle.change_case`."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        return change.apply(session, incident, actor, now)

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=change.audit,
        apply=apply,
    )


def adding(
    rules: Rules,
    *,
    recommendation_id: int | None,
    title: str,
    agency: str,
    owner: str,
    due_on: date,
) -> ActionChange:
    """Record an improvement action under a recommendation (its origin is the
    recommendation's), or, with none, an immediate action from the rapid review (or the
    practice learning review of a case below the threshold); on a national review's
    register, an action on that review (origin national). The owning agency is one of the
    partnership's (the checklist file's list)."""

    def apply(session: Session, holder: Holder, actor: str, now: datetime) -> dict[str, Any]:
        if agency not in rules.checklist.agencies:
            raise NotAllowed("Choose the owning agency from the list.")
        earliest, since = _since(holder)
        if due_on < earliest:
            raise NotAllowed(f"The due date cannot be before {since}.")
        if len(_actions_of(session, holder)) >= MAX_ACTIONS:
            whose = "national review" if isinstance(holder, NationalReview) else "case"
            raise NotAllowed(f"A {whose} holds at most {MAX_ACTIONS} improvement actions.")
        row = ImprovementAction(
            incident_id=holder.id if isinstance(holder, Incident) else None,
            national_review_id=holder.id if isinstance(holder, NationalReview) else None,
            recommendation_id=recommendation_id,
            title=title,
            origin=_origin(session, holder, recommendation_id),
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

    return ActionChange(AuditAction.ACTION_ADDED, apply)


def _origin(session: Session, holder: Holder, recommendation_id: int | None) -> Origin:
    """The review a new action comes from: the national review whose register it is on,
    its recommendation's, or, with none, an immediate action's: from the rapid review or,
    on a case below the threshold, from its practice learning review."""
    if isinstance(holder, NationalReview):
        if recommendation_id is not None:
            raise NotAllowed("A national review's actions are recorded without a recommendation.")
        return Origin.NATIONAL
    if recommendation_id is None:
        return Origin.PRACTICE_LEARNING if holder.practice_learning_review else Origin.RAPID
    recommendation = get_row(session, Recommendation, row_id=recommendation_id)
    if recommendation is None or recommendation.incident_id != holder.id:
        raise NotAllowed("That recommendation is no longer part of the case.")
    return recommendation.origin


def marking_done(
    *, action_id: int, on: date, evidence: str, assurance_due_on: date | None
) -> ActionChange:
    """Record an action done on ``on`` with the evidence that it happened ("How will we
    know?"), and optionally a date to look again at whether the learning is embedded."""

    def apply(session: Session, holder: Holder, actor: str, now: datetime) -> dict[str, Any]:
        row = _action(session, holder, action_id, ActionStatus.OPEN)
        earliest, since = _since(holder)
        if on < earliest:
            raise NotAllowed(f"The date cannot be before {since}.")
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

    return ActionChange(AuditAction.ACTION_DONE, apply)


def not_taking_forward(*, action_id: int, reason: str) -> ActionChange:
    """Close an open action consciously, with the reason it is not taken forward."""

    def apply(session: Session, holder: Holder, actor: str, now: datetime) -> dict[str, Any]:
        row = _action(session, holder, action_id, ActionStatus.OPEN)
        row.status, row.reason = ActionStatus.NOT_TAKEN_FORWARD, reason
        _touch(session, row, actor, now)
        return _said(row) | {"reason": "changed"}

    return ActionChange(AuditAction.ACTION_NOT_TAKEN_FORWARD, apply)


def assuring(*, action_id: int, result: AssuranceResult, note: str, on: date) -> ActionChange:
    """What looking again at a done action found (embedded, partly, not yet), with a note
    of how the partnership knows; recorded again, it replaces the last result."""

    def apply(session: Session, holder: Holder, actor: str, now: datetime) -> dict[str, Any]:
        row = _action(session, holder, action_id, ActionStatus.DONE)
        if on > london_date(now):
            raise NotAllowed("The date of the assurance cannot be in the future.")
        if row.done_on is not None and on < row.done_on:
            raise NotAllowed(
                f"The assurance cannot be before the action was done ({day(row.done_on)})."
            )
        row.assurance_result, row.assurance_note, row.assured_on = result, note, on
        _touch(session, row, actor, now)
        return _said(row) | {"result": result.label, "on": on.isoformat()}

    return ActionChange(AuditAction.ACTION_ASSURED, apply)


def reopening(*, action_id: int) -> ActionChange:
    """Undo: a done or not taken forward action is open again; what it recorded (evidence,
    reason, assurance) is cleared, and its reminders come back."""

    def apply(session: Session, holder: Holder, actor: str, now: datetime) -> dict[str, Any]:
        row = _action(session, holder, action_id, ActionStatus.DONE, ActionStatus.NOT_TAKEN_FORWARD)
        before = row.status
        row.status = ActionStatus.OPEN
        row.done_on = row.evidence = row.reason = None
        row.assurance_due_on = row.assurance_result = row.assurance_note = row.assured_on = None
        row.snoozed_until = None
        _touch(session, row, actor, now)
        return _said(row) | {"from": before}

    return ActionChange(AuditAction.ACTION_REOPENED, apply)


def _since(holder: Holder) -> tuple[date, str]:
    """The earliest day an action of the register may be due or done, and how it is said."""
    if isinstance(holder, NationalReview):
        return holder.published_on, "the review was published"
    return holder.aware_on, "the local authority became aware"


def _actions_of(session: Session, holder: Holder) -> list[ImprovementAction]:
    assert holder.id is not None
    if isinstance(holder, NationalReview):
        return actions_of_review(session, national_review_id=holder.id)
    return actions_of(session, incident_id=holder.id)


def _action(
    session: Session, holder: Holder, action_id: int, *statuses: ActionStatus
) -> ImprovementAction:
    row = get_row(session, ImprovementAction, row_id=action_id)
    national = isinstance(holder, NationalReview)
    if row is None or (row.national_review_id if national else row.incident_id) != holder.id:
        whose = "national review" if national else "case"
        raise NotAllowed(f"That improvement action is no longer part of the {whose}.")
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
) -> list[tuple[Holder, ImprovementAction]]:
    """Every open action of the cases and national reviews, soonest due first, optionally
    only one agency's (``/incident actions``)."""
    with open_session(engine) as session:
        return open_actions(session, agency=agency)


def open_action_count(engine: Engine, *, incident_id: int | None) -> int:
    """How many of a case's improvement actions are open (Close case… is refused while
    any is)."""
    if incident_id is None:
        return 0
    with open_session(engine) as session:
        return count_open_actions(session, incident_id=incident_id)


# -- national and thematic reviews: a register with no case ----------------------------


@dataclass(frozen=True)
class NationalRegister:
    """A national review and its improvement actions (soonest due first), to render."""

    review: NationalReview
    actions: list[ImprovementAction]


def record_national_review(
    engine: Engine,
    *,
    title: str,
    published_on: date,
    url: str | None,
    actor: str,
    now: datetime,
) -> NationalRegister:
    """Record a national or thematic review the partnership acts on (its title and link
    have passed the confidentiality guard), audited; its register starts empty."""
    if published_on > london_date(now):
        raise NotAllowed("The date it was published cannot be in the future.")
    with session_scope(engine) as session:
        review = NationalReview(
            title=title,
            published_on=published_on,
            url=url,
            created_by=actor,
            created_at=now,
            post_lease_until=now + POST_LEASE,  # the request posts it; then the outbox
        )
        session.add(review)
        session.flush()
        detail = {"published": published_on.isoformat(), "title": "recorded"}
        record_audit(
            session,
            actor=actor,
            action=AuditAction.NATIONAL_REVIEW_RECORDED,
            incident=review,
            at=now,
            detail=detail,
        )
        return NationalRegister(review, [])


def change_national_action(
    engine: Engine,
    rules: Rules,
    *,
    national_review_id: int,
    change: ActionChange,
    actor: str,
    now: datetime,
) -> NationalRegister:
    """Make ``change`` on a national review's register in one transaction: the review
    locked, one audit event, its actions' reminders planned again."""
    with session_scope(engine) as session:
        review = get_national_review(
            session, national_review_id=national_review_id, for_update=True
        )
        if review is None:
            raise NotAllowed("That national review no longer exists.")
        detail = change.apply(session, review, actor, now)
        review.updated_at, review.version = now, review.version + 1
        session.add(review)
        replan_review(session, review, rules, now)
        record_audit(
            session, actor=actor, action=change.audit, incident=review, at=now, detail=detail
        )
        session.flush()
        return NationalRegister(
            review, actions_of_review(session, national_review_id=national_review_id)
        )


def national_register(engine: Engine, *, national_review_id: int) -> NationalRegister | None:
    """A national review's register as it stands, to draw or to open a form of."""
    with open_session(engine) as session:
        review = get_national_review(session, national_review_id=national_review_id)
        if review is None:
            return None
        return NationalRegister(
            review, actions_of_review(session, national_review_id=national_review_id)
        )


def register_of_action(engine: Engine, *, action_id: int) -> NationalRegister | None:
    """The national review's register an action is on; None if it is a case's, or gone."""
    with open_session(engine) as session:
        action = get_row(session, ImprovementAction, row_id=action_id)
        review_id = action.national_review_id if action else None
    return national_register(engine, national_review_id=review_id) if review_id else None


def register_posted(engine: Engine, *, national_review_id: int, channel_id: str, ts: str) -> None:
    """Where the register was posted, so that each change redraws it there."""
    with session_scope(engine) as session:
        review = get_national_review(
            session, national_review_id=national_review_id, for_update=True
        )
        if review is not None:
            review.channel_id, review.card_ts = channel_id, ts
            session.add(review)
