"""When the rules or the calendar change, the open cases follow.

Due dates and planned reminders are stored, computed when a case changes. A new closure
day, an edited timetable or reminder policy, or an upgraded bank-holiday list would
otherwise reach a case only when someone next changed it. So the rules in force are
fingerprinted; when the fingerprint differs from the one stored (checked at start, or
``safeguarding-bot recompute``), every open case is brought in line with the same
mechanism a change uses (``sync_deadlines`` and ``replan``), a few cases per transaction,
and each case that changed gets one audit event saying what moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.words import AuditAction
from bot.rules import DEADLINES, Rules, rules_fingerprint
from bot.usecases.cases import sync_deadlines
from bot.usecases.reminders import replan
from storage.db import open_session
from storage.models import Incident
from storage.queries.applied_rules import applied_fingerprint, set_applied_fingerprint
from storage.queries.audit import record_audit
from storage.queries.incidents import get_incident, open_incident_ids
from storage.queries.items import items_of
from storage.queries.reminders import planned_reminder_keys
from storage.queries.steps import steps_of

#: Open cases brought in line per transaction: short enough not to hold up requests.
BATCH = 50


@dataclass(frozen=True)
class Moved:
    """A due date that moved (``old`` None: a step or item that now applies; ``new``
    None: one that no longer does, or has no date yet)."""

    reference: str
    kind: str  # "step" or "item"
    key: str
    title: str
    old: date | None
    new: date | None


@dataclass(frozen=True)
class Recomputed:
    """What bringing the open cases in line changed (or, in a dry run, would change)."""

    cases: int  # open cases looked at
    changed: list[int]  # ids of the cases that changed
    moved: list[Moved]
    reminders: int  # planned reminders added or dropped


def recompute_open_cases(
    engine: Engine, rules: Rules, *, now: datetime, dry_run: bool = False, batch: int = BATCH
) -> Recomputed:
    """Bring every open case's steps, checklist and reminders in line with ``rules``,
    ``batch`` cases per transaction; audit each case that changed (actor "system").
    With ``dry_run`` the same work is done and rolled back: it says what would move."""
    looked, changed, moved, reminders, after = 0, [], [], 0, 0
    while True:
        with open_session(engine) as session:
            ids = open_incident_ids(session, after, batch)
            for incident_id in ids:
                incident = get_incident(session, incident_id=incident_id, for_update=True)
                if incident is None or incident.closed_at is not None:
                    continue  # closed since the page was read
                looked += 1
                case_moved, case_reminders = _bring_in_line(session, incident, rules, now)
                if case_moved or case_reminders:
                    changed.append(incident_id)
                    moved += case_moved
                    reminders += case_reminders
            if dry_run:
                session.rollback()
            else:
                if not ids:
                    set_applied_fingerprint(session, DEADLINES, rules_fingerprint(rules), now)
                session.commit()
        if not ids:
            return Recomputed(looked, changed, moved, reminders)
        after = ids[-1]


def recompute_if_rules_changed(engine: Engine, rules: Rules, *, now: datetime) -> Recomputed | None:
    """At start: :func:`recompute_open_cases` if the rules differ from those the stored
    dates were computed with (or none were recorded yet); None, having done nothing, if
    they are the same."""
    with open_session(engine) as session:
        if applied_fingerprint(session, DEADLINES) == rules_fingerprint(rules):
            return None
    return recompute_open_cases(engine, rules, now=now)


def _dates(session: Session, incident_id: int) -> dict[tuple[str, str], tuple[str, date | None]]:
    steps = steps_of(session, incident_id=incident_id)
    items = items_of(session, incident_id=incident_id)
    return {("step", s.step_key): (s.title, s.due_on) for s in steps} | {
        ("item", i.item_key): (i.title, i.due_on) for i in items
    }


def _bring_in_line(
    session: Session, incident: Incident, rules: Rules, now: datetime
) -> tuple[list[Moved], int]:
    """One case: its dates and reminders recomputed, and audited if anything changed."""
    assert incident.id is not None
    dates, planned = (
        _dates(session, incident.id),
        planned_reminder_keys(session, incident_id=incident.id),
    )
    sync_deadlines(session, incident, rules, now)
    session.flush()
    replan(session, incident, rules, now)
    session.flush()
    new_dates, new_planned = (
        _dates(session, incident.id),
        planned_reminder_keys(session, incident_id=incident.id),
    )
    moved = []
    for kind, key in sorted(dates.keys() | new_dates.keys()):
        title, old = dates.get((kind, key), ("", None))
        new_title, new = new_dates.get((kind, key), (title, None))
        if old != new or ((kind, key) in dates) != ((kind, key) in new_dates):
            moved.append(Moved(incident.reference, kind, key, new_title, old, new))
    reminders = len(planned ^ new_planned)
    if moved or reminders:
        incident.updated_at = now  # a change to the case: its version moves on
        session.add(incident)
        record_audit(
            session,
            actor="system",
            action=AuditAction.DEADLINES_RECOMPUTED,
            incident=incident,
            at=now,
            detail={
                "why": "the rules or calendar changed",
                "due": {f"{m.kind}:{m.key}": {"from": m.old, "to": m.new} for m in moved},
                "reminders_added": len(new_planned - planned),
                "reminders_dropped": len(planned - new_planned),
            },
        )
    return moved, reminders
