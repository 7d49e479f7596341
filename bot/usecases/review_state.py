"""What has been recorded after the rapid review, read for the card, and what it does to
the case's steps: the review's own steps (the Panel's response, the decision's path, the
local review's milestones, progress checks and delay) join the timetable's, proceedings
hold the publication steps, and each partner's sign-off item on the checklist goes to that
partner's lead, so the reminder policy reminds them like any owner.

Called from :func:`bot.usecases.cases.sync_deadlines` and
:func:`bot.usecases.cases.load_case`; it knows the database, not Slack. The rules themselves
are pure (:mod:`bot.domain.review`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot.domain.calendar import day
from bot.domain.review import (
    DECISION_STEP,
    FAMILY_ITEM,
    SEND_ITEM,
    SIGN_OFF_ITEMS,
    Partner,
    ReviewState,
    plan_publication,
)
from bot.domain.review import Proceedings as Held
from bot.domain.words import Status
from bot.rules import Rules
from bot.usecases.read_models import Review
from storage.models import (
    ChecklistItem,
    Incident,
    Step,
)
from storage.queries.items import items_of
from storage.queries.review import (
    panel_correspondence,
    panel_review,
    proceedings_of,
    progress_checks,
    review_sign_offs,
)
from storage.queries.steps import steps_of

#: The timetable's steps that wait for proceedings: paused while they hold publication.
HELD_STEPS = ("lcspr_publication", "final_report_to_panel")


def read_review(session: Session, incident_id: int) -> Review:
    """What has been recorded of a case after the rapid review."""
    return Review(
        {Partner(s.partner): s for s in review_sign_offs(session, incident_id=incident_id)},
        panel_review(session, incident_id=incident_id),
        panel_correspondence(session, incident_id=incident_id),
        progress_checks(session, incident_id=incident_id),
        proceedings_of(session, incident_id=incident_id),
    )


def hold_publication(
    rules: Rules, state: ReviewState, steps: Sequence[Step], now: datetime
) -> None:
    """Pause the publication steps while proceedings that hold publication still run,
    saying which and until when; resume the ones they paused once none does (a pause
    someone recorded by hand stays theirs to resume). Concluded proceedings still move the
    planned publication, but no longer pause: their end is known, so the steps count down
    to it."""
    plan = plan_publication(
        rules.review, state.publication_planned_on, state.proceedings, rules.calendar
    )
    reason = hold_reason(rules, [p for p in plan.held_by if p.concluded_on is None])
    for step in steps:
        if step.step_key not in HELD_STEPS:
            continue
        if (
            reason
            and step.status in (Status.OPEN, Status.PAUSED)
            and (step.status == Status.OPEN or step.held_by_proceedings)
        ):
            if step.status == Status.OPEN:
                step.paused_at = now
            step.status, step.pause_reason, step.held_by_proceedings = Status.PAUSED, reason, True
        elif not reason and step.held_by_proceedings:
            if step.status == Status.PAUSED:
                step.status, step.paused_at, step.pause_reason = Status.OPEN, None, None
            step.held_by_proceedings = False


def hold_reason(rules: Rules, holding: Sequence[Held]) -> str | None:
    """Why publication waits, naming the proceedings it waits for first: "held for the
    criminal proceedings (trial expected Mon 1 Mar 2027)"."""
    if not holding:
        return None
    names = []
    for proceedings in holding:
        kind = rules.review.proceedings_kinds[proceedings.kind]
        end = proceedings.concluded_on or proceedings.expected_on
        if proceedings.concluded_on is not None:
            when = f"concluded {day(proceedings.concluded_on)}"
        elif end is not None:
            when = f"{kind.expected} expected {day(end)}"
        else:
            when = f"{kind.expected} date not yet known"
        names.append(f"{kind.title.lower()} ({when})")
    return "Publication held for the " + "; ".join(names)


def give_sign_off_items(session: Session, incident: Incident, rules: Rules) -> None:
    """Each partner's sign-off item nobody was given goes to that partner's lead."""
    assert incident.id is not None
    keys = {key: rules.sign_off_leads.get(partner) for partner, key in SIGN_OFF_ITEMS.items()}
    for item in items_of(session, incident_id=incident.id):
        if item.item_key in keys and item.owner_id is None and (lead := keys[item.item_key]):
            item.owner_id = lead
            session.add(item)


@dataclass(frozen=True)
class Recorded:
    """A fact recorded elsewhere that does a checklist item: the day it happened, who
    recorded it and when, and what it is (to say why the item cannot be changed by hand)."""

    on: date
    by: str
    at: datetime
    what: str


def recorded_elsewhere(
    incident: Incident, review: Review, steps: Sequence[Step], rules: Rules
) -> dict[str, Recorded]:
    """The checklist items that facts recorded elsewhere do, by key: each partner's
    sign-off, the rapid review sent, and the decision's rationale shared with the family
    (recorded with the decision)."""
    done = {
        SIGN_OFF_ITEMS[partner]: Recorded(
            row.signed_on,
            row.signed_by,
            row.recorded_at,
            f"{rules.review.partners[partner]}'s sign-off",
        )
        for partner, row in review.signed.items()
    }
    if (sent := review.sent) is not None:
        done[SEND_ITEM] = Recorded(
            sent.sent_on, sent.sent_by, sent.recorded_at, "the rapid review recorded as sent"
        )
    decision = next((s for s in steps if s.step_key == DECISION_STEP), None)
    told = incident.family_informed_on
    if told and decision and decision.completed_by and decision.completed_at:
        done[FAMILY_ITEM] = Recorded(
            told,
            decision.completed_by,
            decision.completed_at,
            "the decision's date shared with the family",
        )
    return done


def follow_facts(
    items: Sequence[ChecklistItem], recorded: dict[str, Recorded]
) -> list[ChecklistItem]:
    """Tick each item a recorded fact does, on that fact's day (a sign-off dated Thu 19
    Mar is done on Thu 19 Mar, not on the day of the click), so it is neither left open
    nor reminded as overdue. Returns the items it changed."""
    changed = []
    for item in items:
        fact = recorded.get(item.item_key)
        if fact is None or (item.status == Status.DONE and item.done_on == fact.on):
            continue
        if item.status != Status.DONE:
            item.status, item.updated_by, item.updated_at = Status.DONE, fact.by, fact.at
        item.done_on = fact.on
        changed.append(item)
    return changed


def followed_fact(session: Session, incident: Incident, item_key: str, rules: Rules) -> str | None:
    """What recorded fact an item follows, if one does (then it is not changed by hand)."""
    assert incident.id is not None
    steps = list(steps_of(session, incident_id=incident.id))
    fact = recorded_elsewhere(incident, read_review(session, incident.id), steps, rules).get(
        item_key
    )
    return f"{fact.what} ({day(fact.on)})" if fact else None
