"""Use cases that move a case along: steps recorded, paused, reopened; checklist items
done, assigned, noted; the case closed.

Each is one transaction that locks the incident row, writes its audit event, recomputes
the deadlines the change affects, and touches ``Incident.updated_at`` so the incident's
version moves on: the Slack messages are then redrawn until they show that version
(:func:`bot.flows.posting.refresh_messages`), however many people press at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.calendar import day, london_date
from bot.domain.closing import settled
from bot.domain.incident import NewIncident
from bot.domain.publication import Published, Settled, publication_record
from bot.domain.review import DECISION_STEP, FAMILY_ITEM, RECORDED_IN_SECTION, SIGN_OFF_ITEMS
from bot.domain.timetable import StepKind
from bot.domain.words import AuditAction, Decision, Given, Reason, Status
from bot.rules import Rules
from bot.usecases.cases import Case, load_case, reported_fields, sync_deadlines
from bot.usecases.read_models import open_at_publication
from bot.usecases.reminders import replan
from bot.usecases.review_state import followed_fact
from storage.db import open_session, session_scope
from storage.models import ChecklistItem, Incident, Step
from storage.queries.actions import count_open_actions
from storage.queries.audit import record_audit
from storage.queries.incidents import Row, get_incident, get_row
from storage.queries.items import items_of
from storage.queries.steps import steps_of

logger = logging.getLogger(__name__)

#: The facts a step records when it is done, cleared again if it is reopened.
STEP_FACTS: dict[str, tuple[str, ...]] = {
    "panel_notification": ("notified_on",),
    "lcspr_decision": ("decision", "decided_on", "decision_rationale", "family_informed_on"),
    "lcspr_publication": (
        "published_on",
        "publication_kind",
        "publication_reason",
        "publication_url",
    ),
}


class NotAllowed(ValueError):
    """A change that does not fit the case as it now stands (shown to the person)."""


def closed_refusal(incident: Incident) -> str:
    """What someone trying to change a closed case is told."""
    return (
        f"{incident.reference} is closed, so it cannot be changed. "
        "Use Reopen case… on its card first."
    )


def change_case(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    actor: str,
    now: datetime,
    action: AuditAction,
    apply: Callable[[Session, Incident], dict[str, Any] | None],
    when_closed: bool = False,
) -> Case:
    """Run ``apply`` on the locked incident, then recompute, audit and bump its version:
    the one transaction under every use case that changes a case.

    A closed case refuses every change but the one made for it (``when_closed``: reopening).
    No change closes the case by itself (:mod:`bot.domain.closing` says why). ``apply``
    returns None when it found nothing to change: then nothing is audited or redrawn."""
    with session_scope(engine) as session:
        incident = get_incident(session, incident_id=incident_id, for_update=True)
        if incident is None:
            raise NotAllowed("That case no longer exists.")
        if (incident.closed_at is not None) != when_closed:
            raise NotAllowed(
                closed_refusal(incident)
                if incident.closed_at is not None
                else f"{incident.reference} is open already."
            )
        detail = apply(session, incident)
        if detail is None:
            return load_case(session, incident)
        detail |= sync_deadlines(session, incident, rules, now)
        incident.updated_at = now
        replan(session, incident, rules, now)  # a done, paused or moved step's reminders
        record_audit(session, actor=actor, action=action, incident=incident, at=now, detail=detail)
        session.flush()
        return load_case(session, incident)


def open_actions_count(session: Session, incident: Incident) -> int:
    """How many of the case's improvement actions are open: a case closes only once each
    is done or consciously not taken forward."""
    session.flush()
    assert incident.id is not None
    return count_open_actions(session, incident_id=incident.id)


def open_actions_refusal(incident: Incident, count: int) -> str:
    """What someone closing a case with open improvement actions is told."""
    noun = "improvement action is" if count == 1 else "improvement actions are"
    return (
        f"{incident.reference} cannot close yet: {count} {noun} still open. Mark each done "
        "or not taken forward (Improvement actions, on the card) first."
    )


def _incident_of(engine: Engine, model: type[Row], row_id: int) -> int:
    """The incident a step or checklist item belongs to (menus carry only the row's id)."""
    with open_session(engine) as session:
        row = get_row(session, model, row_id=row_id)
    if row is None or row.incident_id is None:  # none: a national review's action
        raise NotAllowed("That is no longer part of the case; the message has been redrawn.")
    return row.incident_id


def _step(session: Session, incident: Incident, step_id: int) -> Step:
    step = get_row(session, Step, row_id=step_id)
    if step is None or step.incident_id != incident.id:
        raise NotAllowed("That step is no longer part of the case; it was redrawn.")
    return step


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def record_step_done(
    engine: Engine,
    rules: Rules,
    *,
    step_id: int,
    on: date,
    actor: str,
    now: datetime,
    decision: str | None = None,
    rationale: str | None = None,
    family_informed_on: date | None = None,
    published: Published | None = None,
    settled: Mapping[str, Settled] | None = None,
) -> Case:
    """Record a step as done on ``on``; for the Panel notification, the decision and the
    publication, the date (and decision) also become facts that move other deadlines.
    Publication records what was published too (``published``, checked by
    :func:`bot.domain.publication.publication_record`), and each step it would otherwise
    drop still open, done or not applicable as ``settled`` says of it."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        step = _step(session, incident, step_id)
        if step.status != Status.OPEN:
            raise NotAllowed(f"“{step.title}” is {step.status.replace('_', ' ')} already.")
        if step.step_key in RECORDED_IN_SECTION:
            raise NotAllowed(f"“{step.title}” is recorded from the card's rapid review section.")
        if step.kind == StepKind.MINIMUM_PERIOD:
            since = f" ({day(incident.published_on)})" if incident.published_on else ""
            raise NotAllowed(
                f"“{step.title}” is a minimum period that runs from publication{since}, not a "
                "task: no date is recorded for it."
            )
        if on < incident.aware_on:
            raise NotAllowed("The date cannot be before the local authority became aware.")
        if step.step_key == "panel_notification":
            incident.notified_on = on
        elif step.step_key == "lcspr_decision":
            if decision not in tuple(Decision):
                raise NotAllowed("Choose the decision.")
            incident.decision, incident.decided_on = Decision(decision), on
            incident.decision_rationale, incident.family_informed_on = rationale, family_informed_on
        elif step.step_key == "lcspr_publication":
            if published is None:
                raise NotAllowed("Choose what was published.")
            try:
                kept = publication_record(
                    rules.review,
                    published.kind,
                    published.reason,
                    published.url,
                    allowed=rules.allowed_words,
                )
            except ValueError as exc:
                raise NotAllowed(str(exc)) from None
            incident.published_on, incident.publication_kind = on, kept.kind
            incident.publication_reason, incident.publication_url = kept.reason, kept.url
            asked = _settle_at_publication(session, incident, rules, settled or {}, actor, now)
        step.record_done(by=actor, at=now, on=on)
        session.add(step)
        detail: dict[str, Any] = {"step": step.step_key, "on": on.isoformat()}
        detail["decision"] = decision
        if step.step_key == "lcspr_publication" and published is not None:
            detail["published"] = published.kind
            if asked:
                detail["settled"] = asked
        return detail

    return change_case(
        engine,
        rules,
        incident_id=_incident_of(engine, Step, step_id),
        actor=actor,
        now=now,
        action=AuditAction.STEP_DONE,
        apply=apply,
    )


def _settle_at_publication(
    session: Session,
    incident: Incident,
    rules: Rules,
    settled: Mapping[str, Settled],
    actor: str,
    now: datetime,
) -> dict[str, Any]:
    """Record each step publication asks about as its form said, so that none is dropped
    unsaid; refused if one is unanswered (a form drawn before it opened). Returns what
    was recorded of each, by step id, for the history."""
    assert incident.id is not None
    said: dict[str, Any] = {}
    for step in open_at_publication(steps_of(session, incident_id=incident.id), rules):
        answer = settled.get(step.step_key)
        if answer is None or (answer.on is None) == (answer.reason is None):
            raise NotAllowed(
                f"“{step.title}” is still open: record when it was done, or why it does not "
                "apply (the form was drawn before it opened; open it again)."
            )
        if answer.on is not None:
            if answer.on < incident.aware_on:
                raise NotAllowed("The date cannot be before the local authority became aware.")
            step.record_done(by=actor, at=now, on=answer.on)
            said[step.step_key] = {"on": answer.on.isoformat()}
        else:
            assert answer.reason is not None
            _set_aside(step, answer.reason, actor, now)
            said[step.step_key] = {"reason": Given(answer.reason)}
        session.add(step)
    return said


def _set_aside(step: Step, reason: str, actor: str, now: datetime) -> None:
    """Mark ``step`` not applicable for ``reason``, as of today."""
    step.status, step.not_applicable_reason = Status.NOT_APPLICABLE, reason
    step.paused_at = step.pause_reason = None
    step.completed_at, step.completed_by, step.completed_on = now, actor, london_date(now)


def plan_publication(
    engine: Engine, rules: Rules, *, step_id: int, on: date, actor: str, now: datetime
) -> Case:
    """Set (or move) the planned publication date of the case of ``step_id`` (its
    publication step); the final report then falls due before it."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        # The publication step is there while a local review is commissioned: by the
        # decision, or by the Panel's after a national review was recommended.
        if _step(session, incident, step_id).step_key != "lcspr_publication":
            raise NotAllowed("A publication date needs a local review to have been commissioned.")
        if incident.decided_on and on <= incident.decided_on:
            raise NotAllowed("The publication date must be after the decision to commission it.")
        before = _day(incident.publication_planned_on)
        incident.publication_planned_on = on
        return {"from": before, "to": on.isoformat()}

    incident_id = _incident_of(engine, Step, step_id)
    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PUBLICATION_PLANNED,
        apply=apply,
    )


def reopen_step(engine: Engine, rules: Rules, *, step_id: int, actor: str, now: datetime) -> Case:
    """Undo: the step is open again, and any fact it recorded is cleared."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        step = _step(session, incident, step_id)
        if step.status == Status.OPEN:
            raise NotAllowed(f"“{step.title}” is open already.")
        if step.status == Status.DONE and step.step_key in RECORDED_IN_SECTION:
            raise NotAllowed(f"“{step.title}” is undone from the card's rapid review section.")
        before = step.status
        if before == Status.DONE and step.step_key == DECISION_STEP:
            _reopen_family_item(session, incident, actor, now)
        for name in STEP_FACTS.get(step.step_key, ()) if before == Status.DONE else ():
            setattr(incident, name, None)
        step.reopen()
        session.add(step)
        return {"step": step.step_key, "from": before}

    incident_id = _incident_of(engine, Step, step_id)
    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.STEP_REOPENED,
        apply=apply,
    )


def _reopen_family_item(session: Session, incident: Incident, actor: str, now: datetime) -> None:
    """The decision undone: the family item its date ticked is open again (one done on
    another day was done by hand, and stays)."""
    assert incident.id is not None
    for item in items_of(session, incident_id=incident.id):
        told = incident.family_informed_on
        if item.item_key == FAMILY_ITEM and told and item.done_on == told:
            item.status, item.done_on, item.updated_by, item.updated_at = (
                Status.OPEN,
                None,
                actor,
                now,
            )
            session.add(item)


def set_step_status(
    engine: Engine,
    rules: Rules,
    *,
    step_id: int,
    status: Status,
    reason: str,
    actor: str,
    now: datetime,
) -> Case:
    """Mark a step not applicable, pause it, or resume it; each needs a reason."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        step = _step(session, incident, step_id)
        allowed: dict[str, tuple[Status, ...]] = {
            Status.NOT_APPLICABLE: (Status.OPEN,),
            Status.PAUSED: (Status.OPEN,),
            Status.OPEN: (Status.PAUSED,),
        }
        if step.status not in allowed[status]:
            raise NotAllowed(f"“{step.title}” is {step.status.replace('_', ' ')}.")
        if status == Status.PAUSED and not rules.timetable.is_pausable(step.step_key):
            raise NotAllowed(f"“{step.title}” cannot be paused.")
        if status == Status.OPEN and step.held_by_proceedings:
            raise NotAllowed(
                f"“{step.title}” waits for the proceedings: it resumes when they are recorded "
                "concluded (Proceedings and publication, on the card)."
            )
        before = step.status
        if status == Status.NOT_APPLICABLE:
            _set_aside(step, reason, actor, now)
        else:
            step.status, step.not_applicable_reason = status, None
            step.paused_at, step.pause_reason = (
                (now, reason) if status == Status.PAUSED else (None, None)
            )
        session.add(step)
        return {"step": step.step_key, "from": before, "to": status, "reason": Given(reason)}

    action: dict[str, AuditAction] = {
        Status.NOT_APPLICABLE: AuditAction.STEP_NOT_APPLICABLE,
        Status.PAUSED: AuditAction.STEP_PAUSED,
        Status.OPEN: AuditAction.STEP_RESUMED,
    }
    incident_id = _incident_of(engine, Step, step_id)
    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=action[status],
        apply=apply,
    )


def assign_step(
    engine: Engine, rules: Rules, *, step_id: int, owner: str, actor: str, now: datetime
) -> Case:
    """Give a step a named owner: its reminders go to them instead (the previous owner's
    unsent ones are dropped by the replan)."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        step = _step(session, incident, step_id)
        before, step.owner_id = step.owner_id, owner
        session.add(step)
        return {"step": step.step_key, "from": before, "to": owner}

    incident_id = _incident_of(engine, Step, step_id)
    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.STEP_ASSIGNED,
        apply=apply,
    )


def _item(session: Session, incident: Incident, item_id: int) -> ChecklistItem:
    item = get_row(session, ChecklistItem, row_id=item_id)
    if item is None or item.incident_id != incident.id:
        raise NotAllowed("That checklist item is no longer part of the case.")
    return item


def update_item(
    engine: Engine,
    rules: Rules,
    *,
    item_id: int,
    actor: str,
    now: datetime,
    status: Status | None = None,
    reason: str | None = None,
    owner: str | None = None,
    note: str | None = None,
    done_on: date | None = None,
) -> Case:
    """Change one checklist item: its status (done today, or on ``done_on``, an earlier
    day: a business unit catching up after the fact; not applicable with the ``reason``
    why, which the history says was given but does not quote), its owner or its note. An
    item that a fact recorded elsewhere does follows that fact instead
    (:func:`bot.usecases.review_state.follow_facts`)."""
    incident_id = _incident_of(engine, ChecklistItem, item_id)

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        item = _item(session, incident, item_id)
        detail: dict[str, Any] = {"item": item.item_key}
        if status is not None:
            if item.item_key in SIGN_OFF_ITEMS.values():
                raise NotAllowed(
                    f"“{item.title}” is recorded by the partner's lead: Sign off for… in the "
                    "rapid review section of the case card."
                )
            if (status == Status.OPEN) == (item.status == Status.OPEN):
                raise NotAllowed(f"“{item.title}” is {item.status.replace('_', ' ')} already.")
            if follows := followed_fact(session, incident, item.item_key, rules):
                raise NotAllowed(f"“{item.title}” follows {follows}; change it there.")
            if status == Status.NOT_APPLICABLE and not (reason and reason.strip()):
                raise NotAllowed(f"Say why “{item.title}” does not apply.")
            on = done_on or london_date(now)
            if on > london_date(now):
                raise NotAllowed("The date done cannot be in the future.")
            if on < incident.aware_on:
                raise NotAllowed("The date cannot be before the local authority became aware.")
            detail |= {"from": item.status, "to": status}
            if status == Status.DONE and done_on is not None:
                detail["on"] = done_on.isoformat()
            if status == Status.NOT_APPLICABLE:
                detail["reason"] = Reason.GIVEN  # its words stay in their place, not in the log
            item.status = status
            item.done_on = on if status == Status.DONE else None
            item.not_applicable_reason = reason if status == Status.NOT_APPLICABLE else None
        if owner is not None:
            detail |= {"owner_from": item.owner_id, "owner_to": owner}
            item.owner_id = owner
        if note is not None:
            detail["note"] = "changed"  # the note itself stays in its place, not in the log
            item.note = note or None
        item.updated_by, item.updated_at = actor, now
        session.add(item)
        return detail

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.CHECKLIST_ITEM_UPDATED,
        apply=apply,
    )


def close_case(
    engine: Engine, rules: Rules, *, incident_id: int, reason: str, actor: str, now: datetime
) -> Case:
    """Close a case early, before everything is recorded (:func:`close_settled` closes one
    with nothing left); the reason is kept and audited. Its reminders stop (the replan
    finds nothing needing action). Refused while any of its improvement actions is open."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        if count := open_actions_count(session, incident):
            raise NotAllowed(open_actions_refusal(incident, count))
        incident.closed_at, incident.closed_by, incident.close_reason = now, actor, reason
        return {"reason": Given(reason)}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.CASE_CLOSED,
        apply=apply,
    )


def close_settled(
    engine: Engine, rules: Rules, *, incident_id: int, actor: str, now: datetime
) -> Case:
    """Close a case with nothing left to record, as its card offers once it is so; the
    reason kept is what was settled. Refused if something was reopened meanwhile."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        case = load_case(session, incident)
        what = settled(
            published_on=incident.published_on,
            steps=case.steps,
            items=case.items,
            actions=case.actions,
        )
        if what is None:
            raise NotAllowed(
                f"{incident.reference} has something still to record; its card shows what."
            )
        reason = f"everything was recorded: {what}"
        incident.closed_at, incident.closed_by, incident.close_reason = now, actor, reason
        return {"reason": reason}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.CASE_CLOSED,
        apply=apply,
    )


def reopen_case(
    engine: Engine, rules: Rules, *, incident_id: int, reason: str, actor: str, now: datetime
) -> Case:
    """Reopen a closed case (the reason is kept and audited); its deadlines are recomputed
    and the reminders still to come are planned again."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        assert incident.closed_at is not None  # change_case lets only a closed case through
        detail = {"reason": Given(reason), "closed_on": _day(london_date(incident.closed_at))}
        incident.closed_at = incident.closed_by = incident.close_reason = None
        return detail

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.CASE_REOPENED,
        apply=apply,
        when_closed=True,
    )


#: Fields of an edited case kept in its history as "changed", never with their text: a
#: pseudonym or summary corrected because it identified someone must not stay on record.
_FREE_TEXT = ("pseudonym", "summary")
#: Dates recorded on a case that cannot come before the local authority became aware.
_RECORDED_DATES = {
    "notified_on": "the Panel notification",
    "decided_on": "the review decision",
    "published_on": "publication",
}


@dataclass(frozen=True)
class Edit:
    """An edited case, and the names of the fields that changed (none: nothing to save)."""

    case: Case
    changed: frozenset[str]


def edit_case(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    report: NewIncident,
    actor: str,
    now: datetime,
) -> Edit:
    """Correct a logged case's facts, as the form gives them again. Every deadline and
    reminder follows; the change is audited with old and new values (free text only as
    "changed"). Steps that were the old case owner's go to the new one."""

    def apply(session: Session, incident: Incident) -> dict[str, Any] | None:
        for name, what in _RECORDED_DATES.items():
            recorded = getattr(incident, name)
            if recorded is not None and recorded < report.facts.aware_on:
                raise NotAllowed(
                    f"The date of {what} ({recorded.isoformat()}) is before that date; "
                    "undo it on the card first if it was wrong."
                )
        changes: dict[str, Any] = {}
        for name, value in reported_fields(report).items():
            before = getattr(incident, name)
            if before == value or (name == "agencies" and sorted(before) == sorted(value)):
                continue  # the agencies involved are a set: picked in another order, the same
            changes[name] = (
                "changed" if name in _FREE_TEXT else {"from": _plain(before), "to": _plain(value)}
            )
            setattr(incident, name, value)
        if not changes:
            return None
        if "owner_id" in changes:
            before = changes["owner_id"]["from"]
            assert incident.id is not None
            for step in steps_of(session, incident_id=incident.id):
                if step.owner_id == before:
                    step.owner_id = report.owner_id
                    session.add(step)
        changed.update(changes)
        return {"changed": changes}

    changed: set[str] = set()
    case = change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.CASE_EDITED,
        apply=apply,
    )
    return Edit(case, frozenset(changed))


def _plain(value: Any) -> Any:
    """A value as the audit's JSON keeps it."""
    return value.isoformat() if isinstance(value, date) else value
