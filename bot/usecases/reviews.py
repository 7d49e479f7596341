"""Use cases after the rapid review: each partner's sign-off, the rapid review sent to the
Panel (and undone, before the Panel answers), the Panel's answer and any reply owed back,
the correspondence with the Panel, and each decision's path: the Panel's decision on a
national review, how the learning is shared without a review, a local review's progress
checks and the reason for its delay.

Each is one change of :func:`bot.usecases.lifecycle.change_case`: the incident locked, a closed case
refused, the steps brought in line (the Panel's response awaited becomes a step once the
review is sent), the reminders planned again, one audit event. Who may sign for which
partner is checked by the caller, who can ask Slack about user groups
(:func:`may_sign`); these know the database, not Slack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.review import (
    DELAY,
    LEARNING,
    NOTE_MAX,
    PANEL_DECISION,
    PANEL_REPLY,
    PANEL_RESPONSE,
    PROGRESS_CHECK,
    RAPID_REVIEW_STEP,
    SEND_ITEM,
    SIGN_OFF_ITEMS,
    Correspondence,
    Direction,
    NationalDecision,
    PanelAnswer,
    Partner,
    awaited_partners,
    may_record_sent,
    reply_due,
)
from bot.domain.words import AuditAction, Decision, Given, Status
from bot.rules import Rules
from bot.usecases.cases import Case
from bot.usecases.lifecycle import NotAllowed, change_case
from storage.db import open_session
from storage.models import (
    Incident,
    PanelCorrespondence,
    PanelReview,
    ProgressCheck,
    ReviewSignOff,
    Step,
)
from storage.queries.items import items_of
from storage.queries.review import panel_review, review_sign_offs
from storage.queries.steps import past_target_without, steps_of


def may_sign(
    leads: Mapping[Partner, str], partner: Partner, user: str, in_group: Callable[[str], bool]
) -> bool:
    """Whether ``user`` may sign for ``partner``: its lead, or a member of its lead group
    (``in_group`` asks Slack)."""
    lead = leads.get(partner)
    if lead is None:
        return False
    return lead == user or (lead.startswith("S") and in_group(lead))


def sign_off(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    partner: Partner,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """Record ``partner``'s sign-off of the rapid review on ``on``; its checklist item is
    done with it, on that day."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        _rapid_review(session, incident, on)
        if panel_review(session, incident_id=incident_id) is not None:
            raise NotAllowed("The rapid review has been sent to the Panel already.")
        if any(s.partner == partner for s in review_sign_offs(session, incident_id=incident_id)):
            raise NotAllowed(f"{rules.review.partners[partner]} has signed off already.")
        session.add(
            ReviewSignOff(
                incident_id=incident_id,
                partner=partner,
                signed_by=actor,
                signed_on=on,
                recorded_at=now,
            )
        )
        return {"partner": partner, "on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.REVIEW_SIGNED_OFF,
        apply=apply,
    )


def record_sent(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    on: date,
    reason: str | None,
    actor: str,
    now: datetime,
) -> Case:
    """Record the rapid review sent to the Panel on ``on``: once all three partners have
    signed, or with ``reason`` for going without the others. The timetable's rapid review
    step is done with it, and the Panel's response is then awaited."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        _rapid_review(session, incident, on)
        if panel_review(session, incident_id=incident_id) is not None:
            raise NotAllowed("The rapid review has been recorded as sent already.")
        signed = [Partner(s.partner) for s in review_sign_offs(session, incident_id=incident_id)]
        awaited = awaited_partners(signed)
        if not may_record_sent(signed, reason):
            names = ", ".join(rules.review.partners[p] for p in awaited)
            raise NotAllowed(f"Still to sign off: {names}. Say why it is sent without them.")
        kept = reason.strip() if awaited and reason else None
        session.add(
            PanelReview(
                incident_id=incident_id,
                sent_on=on,
                sent_by=actor,
                sent_reason=kept,
                recorded_at=now,
            )
        )
        _step_done(session, incident, RAPID_REVIEW_STEP, on, actor, now)
        for partner in awaited:
            _not_applicable_item(session, incident, SIGN_OFF_ITEMS[partner], actor, now)
        return {
            "on": on.isoformat(),
            "without": list(awaited),
            "reason": Given(kept) if kept else None,
        }

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.REVIEW_SENT,
        apply=apply,
    )


def record_panel_answer(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    answer: PanelAnswer,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """Record what the Panel answered on ``on``; an answer that owes a reply back makes
    the reply a step, due as the rules say."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        if sent.answer is not None:
            raise NotAllowed("The Panel's answer has been recorded already.")
        if on < sent.sent_on:
            raise NotAllowed("The answer cannot come before the rapid review was sent.")
        sent.answer, sent.answered_on, sent.answer_recorded_by = answer, on, actor
        sent.reply_due_on = reply_due(rules.review, answer, on, rules.calendar)
        session.add(sent)
        _step_done(session, incident, PANEL_RESPONSE, on, actor, now)
        return {"answer": answer, "on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PANEL_ANSWERED,
        apply=apply,
    )


def record_reply_sent(
    engine: Engine, rules: Rules, *, incident_id: int, on: date, actor: str, now: datetime
) -> Case:
    """Record the reply the Panel's answer owed as sent on ``on``."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        if sent.reply_due_on is None or sent.answered_on is None:
            raise NotAllowed("The Panel's answer owes no reply.")
        if sent.reply_sent_on is not None:
            raise NotAllowed("The reply has been recorded as sent already.")
        if on < sent.answered_on:
            raise NotAllowed("The reply cannot be sent before the Panel's answer came.")
        sent.reply_sent_on = on
        session.add(sent)
        _step_done(session, incident, PANEL_REPLY, on, actor, now)
        return {"on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PANEL_REPLY_SENT,
        apply=apply,
    )


def log_correspondence(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    on: date,
    direction: Direction,
    what: str,
    actor: str,
    now: datetime,
) -> Case:
    """Log one exchange with the Panel: its date, direction and what it was. ``what`` has
    passed the confidentiality guard; the audit keeps only that it was logged."""
    try:
        entry = Correspondence(on, direction, what.strip())
    except ValueError as exc:
        raise NotAllowed(str(exc)) from None

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        _not_before_aware(incident, on)
        session.add(
            PanelCorrespondence(
                incident_id=incident_id,
                exchanged_on=entry.on,
                direction=entry.direction,
                what=entry.what,
                recorded_by=actor,
                recorded_at=now,
            )
        )
        return {"on": on.isoformat(), "direction": direction}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PANEL_CORRESPONDENCE,
        apply=apply,
    )


def undo_sent(
    engine: Engine, rules: Rules, *, incident_id: int, reason: str, actor: str, now: datetime
) -> Case:
    """Undo "sent to the Panel", recorded in error, while the Panel has not answered: the
    rapid review step, the sending item and the sign-off items it closed are open again,
    and the Panel's response is no longer awaited. ``reason`` has passed the guard."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        if sent.answer is not None:
            raise NotAllowed("The Panel has answered; the sending can no longer be undone.")
        was = sent.sent_on
        session.delete(sent)
        step = _step(session, incident, RAPID_REVIEW_STEP)
        if step is not None and step.status == Status.DONE:
            step.reopen()
            session.add(step)
        signed = {s.partner for s in review_sign_offs(session, incident_id=incident_id)}
        reopened = {SEND_ITEM} | {k for p, k in SIGN_OFF_ITEMS.items() if p not in signed}
        for item in items_of(session, incident_id=incident_id):
            if item.item_key in reopened and item.status != Status.OPEN:
                item.status, item.updated_by, item.updated_at = Status.OPEN, actor, now
                item.done_on = None
                session.add(item)
        return {"was": was.isoformat(), "reason": Given(reason)}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.REVIEW_SENT_UNDONE,
        apply=apply,
    )


def record_national_decision(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    decision: NationalDecision,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """Record the Panel's decision on the national review the rapid review recommended:
    the case then follows the national review (its contributions) or a local review
    after all, commissioned on ``on``."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        if incident.decision != Decision.NATIONAL:
            raise NotAllowed("The rapid review did not recommend a national review.")
        if sent.national_decision is not None:
            raise NotAllowed("The Panel's decision has been recorded already.")
        if on < sent.sent_on:
            raise NotAllowed("The decision cannot come before the rapid review was sent.")
        sent.national_decision, sent.national_decided_on = decision, on
        session.add(sent)
        _step_done(session, incident, PANEL_DECISION, on, actor, now)
        return {"decision": decision, "on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PANEL_DECIDED,
        apply=apply,
    )


def record_learning(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    way: str,
    on: date,
    actor: str,
    now: datetime,
) -> Case:
    """No further review: record how the learning is shared instead (one of the rules'
    ways). With the Panel answered too, nothing is left and the case closes."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        if incident.decision != Decision.NO_REVIEW:
            raise NotAllowed("Only a case with no further review shares its learning this way.")
        if way not in rules.review.learning_ways:
            raise NotAllowed(f"Choose one of: {', '.join(rules.review.learning_ways)}.")
        if sent.learning_way is not None:
            raise NotAllowed("How the learning is shared has been recorded already.")
        _not_before_aware(incident, on)
        sent.learning_way, sent.learning_recorded_on = way, on
        session.add(sent)
        _step_done(session, incident, LEARNING, on, actor, now)
        return {"way": way, "on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.LEARNING_RECORDED,
        apply=apply,
    )


def record_progress_check(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    on: date,
    note: str,
    actor: str,
    now: datetime,
) -> Case:
    """Record a check on the local review's time taken and quality (SI 2018/789 reg. 14):
    the next check then falls due one interval on. ``note`` has passed the guard; the audit
    keeps only that it was made."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        step = _step(session, incident, PROGRESS_CHECK)
        if step is None or step.status != Status.OPEN:
            raise NotAllowed("There is no local review under way to check on.")
        _not_before_aware(incident, on)
        session.add(
            ProgressCheck(
                incident_id=incident_id,
                checked_on=on,
                note=note.strip()[:NOTE_MAX],
                recorded_by=actor,
                recorded_at=now,
            )
        )
        return {"on": on.isoformat()}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.PROGRESS_CHECKED,
        apply=apply,
    )


def record_delay_told(
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    on: date,
    reason: str,
    actor: str,
    now: datetime,
) -> Case:
    """Record the reason for the delay told to the Panel and the Secretary of State once
    the local review passed its target unpublished; it is logged as correspondence too.
    ``reason`` has passed the guard."""

    def apply(session: Session, incident: Incident) -> dict[str, Any]:
        sent = _sent(session, incident_id)
        step = _step(session, incident, DELAY)
        if step is None or step.status != Status.OPEN:
            raise NotAllowed("The review is not past its target, or the delay is recorded.")
        _not_before_aware(incident, on)
        sent.delay_reason, sent.delay_told_on = reason.strip(), on
        session.add(sent)
        session.add(
            PanelCorrespondence(
                incident_id=incident_id,
                exchanged_on=on,
                direction=Direction.TO_PANEL,
                what="The reason for the review's delay (also to the Secretary of State)",
                recorded_by=actor,
                recorded_at=now,
            )
        )
        _step_done(session, incident, DELAY, on, actor, now)
        return {"on": on.isoformat(), "reason": Given(reason.strip())}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor=actor,
        now=now,
        action=AuditAction.DELAY_TOLD,
        apply=apply,
    )


def target_passed(engine: Engine, rules: Rules, *, incident_id: int, now: datetime) -> Case:
    """The local review passed its target unpublished: bring the case in line, which adds
    the delay step (audited once; a second replica finds it there and changes nothing)."""

    def apply(session: Session, incident: Incident) -> dict[str, Any] | None:
        if _step(session, incident, DELAY) is not None:
            return None
        target = _step(session, incident, rules.review.target_step)
        due = target.due_on if target is not None else None
        return {"step": rules.review.target_step, "due": due.isoformat() if due else None}

    return change_case(
        engine,
        rules,
        incident_id=incident_id,
        actor="system",
        now=now,
        action=AuditAction.TARGET_PASSED,
        apply=apply,
    )


def past_target(engine: Engine, rules: Rules, *, today: date, limit: int) -> list[int]:
    """Up to ``limit`` cases whose local review passed its target before ``today``
    unpublished and that have no delay step yet (:func:`target_passed` adds it)."""
    with open_session(engine) as session:
        return past_target_without(
            session, target_step=rules.review.target_step, step_key=DELAY, before=today, limit=limit
        )


def _not_before_aware(incident: Incident, on: date) -> None:
    if on < incident.aware_on:
        raise NotAllowed("The date cannot be before the local authority became aware.")


def _rapid_review(session: Session, incident: Incident, on: date) -> None:
    """Refuse a case without a rapid review (not a serious child safeguarding incident),
    and a date before the case began."""
    if _step(session, incident, RAPID_REVIEW_STEP) is None:
        raise NotAllowed(f"{incident.reference} has no rapid review.")
    _not_before_aware(incident, on)


def _sent(session: Session, incident_id: int) -> PanelReview:
    sent = panel_review(session, incident_id=incident_id)
    if sent is None:
        raise NotAllowed("The rapid review has not been recorded as sent to the Panel yet.")
    return sent


def _step(session: Session, incident: Incident, key: str) -> Step | None:
    assert incident.id is not None
    return next((s for s in steps_of(session, incident_id=incident.id) if s.step_key == key), None)


def _step_done(
    session: Session, incident: Incident, key: str, on: date, actor: str, now: datetime
) -> None:
    step = _step(session, incident, key)
    if step is not None and step.status == Status.OPEN:
        step.record_done(by=actor, at=now, on=on)
        session.add(step)


def _not_applicable_item(
    session: Session, incident: Incident, key: str, actor: str, now: datetime
) -> None:
    """The sign-off item of a partner the review was sent without, if still open (the
    items that recorded facts do follow them: :func:`bot.usecases.review_state.follow_facts`)."""
    assert incident.id is not None
    items = items_of(session, incident_id=incident.id)
    item = next((i for i in items if i.item_key == key), None)
    if item is not None and item.status == Status.OPEN:
        item.status, item.updated_by, item.updated_at = Status.NOT_APPLICABLE, actor, now
        session.add(item)
