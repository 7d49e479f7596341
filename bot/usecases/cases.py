"""Use cases: one function each, one transaction each, the audit event in the same one.

Listeners, the Slack flows of :mod:`bot.flows.posting` and the scheduler call these; they know
the database, not Slack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain.calendar import london_date
from bot.domain.checklist import plan_checklist
from bot.domain.incident import NewIncident, report_from_record, report_record
from bot.domain.learning_review import CASE_OWNER, plan_learning_review
from bot.domain.review import review_due_steps, review_facts
from bot.domain.timetable import compute_steps
from bot.domain.words import FINISHED, AuditAction, Status
from bot.rules import Rules
from bot.usecases.read_models import Review, facts_of
from bot.usecases.reminders import replan
from bot.usecases.review_state import (
    follow_facts,
    give_sign_off_items,
    hold_publication,
    read_review,
    recorded_elsewhere,
)
from storage.db import open_session, session_scope
from storage.models import (
    AuditEvent,
    ChecklistItem,
    ImprovementAction,
    Incident,
    NationalReview,
    Recommendation,
    Step,
)
from storage.queries.actions import actions_of, recommendations_of
from storage.queries.audit import incident_history, note_refusal, reasons_of, record_audit
from storage.queries.incidents import (
    Row,
    get_incident,
    get_incident_by_reference,
    get_incident_by_submission_key,
    get_row,
    next_reference,
)
from storage.queries.items import items_in_order, items_of
from storage.queries.outbox import (
    Postable,
    add_received_report,
    claim_for_posting,
    received_reports_waiting,
    take_received_report,
)
from storage.queries.steps import steps_of, steps_soonest_first

#: ``Incident.checklist_ts`` of a case posted without a checklist (not a serious child
#: safeguarding incident): posted in full, so the outbox leaves it alone.
NO_CHECKLIST = ""

#: How long whoever posts a case (or a national review's register) to the channel holds
#: it: the request that logged it first, then a scheduler retrying (the outbox), so no
#: card is posted twice.
POST_LEASE = timedelta(minutes=2)

#: A refused person's later tries on the same surface within this time are not audited.
REFUSAL_AUDITED_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Case:
    """An incident with its steps (soonest first) and checklist, ready to render."""

    incident: Incident
    steps: list[Step]
    items: list[ChecklistItem]
    review: Review = field(default_factory=Review)  # sign-off, the Panel, correspondence
    #: The register: the case's recommendations and improvement actions (soonest first).
    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[ImprovementAction] = field(default_factory=list)

    @property
    def register(self) -> dict[str, Any]:
        """The register, as the case card takes it (``case_card(..., **case.register)``)."""
        return {"recommendations": self.recommendations, "actions": self.actions}


def receive_report(
    engine: Engine, report: NewIncident, *, reported_by: str, submission_key: str, now: datetime
) -> None:
    """Keep a checked report, in one short write, so the form can be answered at once;
    ``log_received`` then makes the case of it (or finds the case already made from the
    same submission, sent twice)."""
    with session_scope(engine) as session:
        add_received_report(
            session,
            submission_key=submission_key,
            reported_by=reported_by,
            received_at=now,
            report=report_record(report),
        )


def log_received(engine: Engine, rules: Rules, submission_key: str) -> Incident | None:
    """The case made from a received report (its reference issued, as at the time it was
    received), in the transaction that deletes the report; the case already made from it
    if that happened first; None if no such report was received."""
    try:
        with session_scope(engine) as session:
            received = take_received_report(session, submission_key)
            logged = get_incident_by_submission_key(session, submission_key)
            if received is None or logged is not None:
                return logged
            report = report_from_record(received.report)
            return _store(
                session, rules, report, received.reported_by, submission_key, received.received_at
            )
    except IntegrityError:
        # The same submission, logged a moment ago by another thread or replica.
        with open_session(engine) as session:
            if (existing := get_incident_by_submission_key(session, submission_key)) is None:
                raise
            return existing


def reports_waiting(engine: Engine, *, before: datetime, limit: int) -> list[str]:
    """The submission keys of up to ``limit`` reports received before ``before`` whose case
    is not logged yet (the scheduler logs them with :func:`log_received`)."""
    with open_session(engine) as session:
        return received_reports_waiting(session, before, limit)


class Unposted(NamedTuple):
    """What the outbox claimed to post, each as (id, reference)."""

    cases: list[tuple[int, str]]
    registers: list[tuple[int, str]]  # national reviews' registers


def claim_unposted(engine: Engine, *, now: datetime, lease: timedelta, limit: int) -> Unposted:
    """Up to ``limit`` cases whose card or checklist is not in the channel, and as many
    national reviews' registers, claimed for ``lease`` so that no other replica posts them
    meanwhile."""

    def claimed(session: Session, model: type[Postable]) -> list[tuple[int, str]]:
        rows = claim_for_posting(session, model, now, lease, limit)
        return [(row.id or 0, row.reference) for row in rows]

    with session_scope(engine) as session:
        return Unposted(claimed(session, Incident), claimed(session, NationalReview))


def reported_fields(report: NewIncident) -> dict[str, Any]:
    """The incident columns the form sets, when a case is logged and when it is edited."""
    return {
        "pseudonym": report.pseudonym,
        "age_band": report.age_band,
        "died": report.facts.died,
        "seriously_harmed": report.facts.seriously_harmed,
        "abuse_or_neglect": report.facts.abuse_or_neglect,
        "looked_after": report.facts.looked_after,
        "care_leaver": report.facts.care_leaver,
        "practice_learning_review": report.facts.practice_learning_review,
        "location": report.facts.location,
        "lives_elsewhere": report.facts.lives_elsewhere,
        "childrens_home": report.facts.childrens_home,
        "foster_placement": report.facts.foster_placement,
        "unexpected_death": report.facts.unexpected_death,
        "aware_on": report.facts.aware_on,
        "summary": report.summary,
        "agencies": list(report.agencies),
        "owner_id": report.owner_id,
    }


def report_of(incident: Incident) -> NewIncident:
    """A stored case as the form reported it, to fill the form again for an edit."""
    return NewIncident(
        pseudonym=incident.pseudonym,
        age_band=incident.age_band or "",
        facts=facts_of(incident),
        summary=incident.summary,
        owner_id=incident.owner_id or "",
        agencies=tuple(incident.agencies),
    )


def _store(
    session: Session,
    rules: Rules,
    report: NewIncident,
    reported_by: str,
    submission_key: str,
    now: datetime,
) -> Incident:
    incident = Incident(
        # The number is issued last: its counter row stays locked until commit, so
        # taking it first would queue every other form behind this whole transaction.
        reference=f"pending {submission_key}",
        **reported_fields(report),
        created_by=reported_by,
        created_at=now,
        submission_key=submission_key,
        post_lease_until=now + POST_LEASE,
    )
    session.add(incident)
    session.flush()
    sync_deadlines(session, incident, rules, now)
    replan(session, incident, rules, now)
    incident.reference = next_reference(session, london_date(now).year)
    record_audit(
        session,
        actor=reported_by,
        action=AuditAction.INCIDENT_LOGGED,
        incident=incident,
        at=now,
        detail={"aware_on": report.facts.aware_on.isoformat(), "owner": report.owner_id},
    )
    return incident


def sync_deadlines(
    session: Session, incident: Incident, rules: Rules, now: datetime
) -> dict[str, Any]:
    """Bring steps and checklist in line with the incident's facts and its review: steps
    that now apply are added, open ones that no longer apply removed, missing checklist
    items added, every due date and provisional mark recomputed, the publication steps
    held while proceedings hold publication, and the checklist items that facts recorded
    elsewhere do ticked on their day. Returns what was added, removed or ticked."""
    assert incident.id is not None
    stored = {s.step_key: s for s in steps_of(session, incident_id=incident.id)}
    recorded = read_review(session, incident.id)
    state = recorded.state(incident, list(stored.values()), rules)
    facts = review_facts(rules.review, state, facts_of(incident), rules.calendar)
    timetable = compute_steps(facts, rules.timetable, rules.calendar)
    computed = {s.step_key: s for s in timetable}
    due = {s.step_key: s.due for s in timetable}
    review = review_due_steps(
        rules.review, state, rules.calendar, today=london_date(now), timetable_due=due
    )
    computed |= {s.step_key: s for s in review}
    added, removed, rows = [], [], []
    for key, step in computed.items():
        row = stored.get(key)
        if row is None:
            row = Step(
                incident_id=incident.id,
                step_key=key,
                title=step.title,
                owner_role=step.owner,
                owner_id=incident.owner_id,
                basis=step.basis,
            )
            added.append(key)
        row.due_on, row.basis, row.provisional = step.due, step.basis, step.provisional
        row.kind = step.kind
        session.add(row)
        rows.append(row)
    for key, row in stored.items():
        if key not in computed and row.status not in FINISHED:
            session.delete(row)
            removed.append(key)
    hold_publication(rules, state, rows, now)
    by_key = {item.item_key: item for item in items_of(session, incident_id=incident.id)}
    planned = plan_checklist(facts, rules.checklist, rules.calendar, incident.agencies)
    if not planned:  # below the threshold: a practice learning review's, if one is held
        logged_on = london_date(incident.created_at)
        planned = plan_learning_review(
            facts, rules.learning_review, rules.calendar, logged_on=logged_on
        )
    for key in by_key.keys() - {plan.key for plan in planned}:
        if by_key[key].status == Status.OPEN:  # the checklist, or this item, no longer applies
            session.delete(by_key[key])
    if planned and incident.checklist_ts == NO_CHECKLIST:
        incident.checklist_ts = None  # the facts now call for one: the outbox posts it
    for plan in planned:
        item = by_key.get(plan.key)
        if item is None:
            item = ChecklistItem(
                incident_id=incident.id,
                item_key=plan.key,
                title=plan.title,
                position=plan.position,
                agency=plan.agency,
                # An item of the case owner's is theirs from the start, so it is reminded.
                owner_id=incident.owner_id if plan.owner == CASE_OWNER else None,
            )
        item.due_on, item.provisional = plan.due_on, plan.provisional
        session.add(item)
    give_sign_off_items(session, incident, rules)
    facts_done = recorded_elsewhere(incident, recorded, rows, rules)
    followed = follow_facts(items_of(session, incident_id=incident.id), facts_done)
    session.add_all(followed)
    changes: dict[str, Any] = {}
    if added:
        changes["steps_added"] = added
    if removed:
        changes["steps_removed"] = removed
    if followed:
        changes["items_followed"] = [item.item_key for item in followed]
    return changes


def record_refusal(
    engine: Engine, *, user_id: str, surface: str, now: datetime, **detail: str
) -> None:
    """Audit that someone outside the partnership tried to use the bot: once per person
    per surface per hour (``REFUSAL_AUDITED_EVERY``), so that trying again and again
    cannot flood the append-only audit trail."""
    with session_scope(engine) as session:
        if note_refusal(session, user_id, surface, now, REFUSAL_AUDITED_EVERY):
            record_audit(
                session,
                actor=user_id,
                action=AuditAction.ACCESS_REFUSED,
                at=now,
                detail={"surface": surface, **detail},
            )


def load_case(session: Session, incident: Incident) -> Case:
    """The incident's steps and checklist items, in display order."""
    assert incident.id is not None
    steps = steps_soonest_first(session, incident_id=incident.id)
    items = items_in_order(session, incident_id=incident.id)
    return Case(
        incident,
        steps,
        items,
        read_review(session, incident.id),
        recommendations_of(session, incident_id=incident.id),
        actions_of(session, incident_id=incident.id),
    )


def find_case(engine: Engine, reference: str) -> Case | None:
    """A case by its reference, as typed (any case, surrounding spaces ignored)."""
    with open_session(engine) as session:
        incident = get_incident_by_reference(session, reference.strip().upper())
        return load_case(session, incident) if incident else None


class History(NamedTuple):
    """A case's latest audit events (oldest first), how many it has, and the words for the
    keys the events hold: the titles of steps and checklist items (the rules' too, for a
    step no longer on the case) and the names of agencies; and the words of the reasons
    they say were given, by event id and place."""

    incident: Incident
    events: list[AuditEvent]
    total: int
    names: dict[str, str]
    agencies: Mapping[str, str]
    reasons: dict[int, dict[str, str]]


def case_history(
    engine: Engine, rules: Rules, incident_id: int, limit: int = 150
) -> History | None:
    """The incident's latest ``limit`` audit events, as History shows them."""
    with open_session(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        if incident is None:
            return None
        events, total = incident_history(session, incident_id, limit)
        case = load_case(session, incident)
        names = {step.step_key: step.title for step in rules.timetable.steps}
        names |= rules.review.step_titles()
        names |= {step.step_key: step.title for step in case.steps}
        names |= {item.item_key: item.title for item in case.items}
        reasons = reasons_of(session, events)
        return History(incident, events, total, names, rules.checklist.agencies, reasons)


def get_case(engine: Engine, incident_id: int) -> Case | None:
    """A case by its incident's id, as it stands, to draw its messages."""
    with open_session(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        return load_case(session, incident) if incident else None


def case_version(engine: Engine, incident_id: int) -> int | None:
    """The incident's version: it moves on with every change, so a drawing can tell
    whether it is still the latest."""
    with open_session(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        return incident.version if incident else None


def record_post(engine: Engine, incident_id: int, **where: str) -> None:
    """Keep where a case's message was posted (and audit it), so it is never posted twice."""
    with session_scope(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        assert incident is not None
        for name, value in where.items():
            setattr(incident, name, value)
        record_audit(
            session, actor="system", action=AuditAction.POSTED, incident=incident, detail=where
        )


def find_incident(engine: Engine, incident_id: int) -> Incident | None:
    """An incident by id, as it stands, to decide what a button of its card may do."""
    with open_session(engine) as session:
        return get_incident(session, incident_id=incident_id)


def find_row(engine: Engine, model: type[Row], row_id: int) -> tuple[Row, Incident] | None:
    """A step or checklist item with its incident, to open a form for it; None if gone."""
    with open_session(engine) as session:
        row = get_row(session, model, row_id=row_id)
        incident_id = row.incident_id if row else None  # none: a national review's action
        incident = get_incident(session, incident_id=incident_id) if incident_id else None
    return (row, incident) if row is not None and incident is not None else None


class Assignment(NamedTuple):
    """A case and what of it someone was just given: a step, an item, an improvement
    action, or (None) the case."""

    incident: Incident
    given: Step | ChecklistItem | ImprovementAction | None


def assignment(
    engine: Engine,
    incident_id: int,
    *,
    step_id: int | None = None,
    item_id: int | None = None,
    action_id: int | None = None,
) -> Assignment | None:
    """The case and its step, checklist item or improvement action someone was given;
    None if either is gone."""
    with open_session(engine) as session:
        incident = get_incident(session, incident_id=incident_id)
        given: Step | ChecklistItem | ImprovementAction | None = (
            get_row(session, Step, row_id=step_id)
            if step_id is not None
            else get_row(session, ChecklistItem, row_id=item_id)
            if item_id is not None
            else get_row(session, ImprovementAction, row_id=action_id)
            if action_id is not None
            else None
        )
    if incident is None or (given is None and (step_id or item_id or action_id) is not None):
        return None
    return Assignment(incident, given)
