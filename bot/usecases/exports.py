"""Exports for use outside Slack: a CSV of cases, their steps and their improvement
actions (for the yearly report and the Panel's returns) and an iCalendar file of every open
deadline and open action's due date (for Outlook or Google Calendar). Both carry references
and pseudonyms only: no summary, no free text but an action's title, never its evidence,
reason or notes. The title is put through the confidentiality guard again on the way out
(:func:`_guarded`): it passed the guard of the day it was typed, and an export leaves Slack
for spreadsheets and calendars that no one can recall.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy.engine import Engine

from bot.domain.calendar import london_date
from bot.domain.day_events import DayEvent, day_calendar
from bot.domain.pseudonymity import withheld
from bot.usecases.read_models import case_title
from storage.db import open_session
from storage.models import Holder, ImprovementAction, Incident, Step
from storage.queries.actions import actions_of_many, open_actions
from storage.queries.incidents import incidents_aware_between
from storage.queries.steps import open_steps, steps_of_many

CSV_COLUMNS = (
    "reference",
    "pseudonym",
    "aware_on",
    "notified_on",
    "decision",
    "publication_planned_on",
    "published_on",
    "closed_on",
    "step",
    "step_title",
    "owner_role",
    "owner",
    "due_on",
    "provisional",
    "status",
    "completed_on",
    # An improvement action's row: "step" is action:ID, "step_title" its title, "owner_role"
    # its agency; these say what kind of row it is and the action's assurance.
    "kind",
    "origin",
    "assurance_due_on",
    "assurance_result",
    "assured_on",
)

#: A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cases_csv(
    engine: Engine,
    start: date | None = None,
    end: date | None = None,
    *,
    allowed: Collection[str] = (),
) -> str:
    """One row per step, then one per improvement action (``kind`` says which), of every
    case the local authority became aware of from ``start`` to ``end`` (all cases when
    not given), by reference; a case without either has one row with those columns
    empty. ``allowed`` are the words the guard lets through (the partnership's own)."""
    with open_session(engine) as session:
        incidents = incidents_aware_between(session, start, end)
        ids = [i.id for i in incidents if i.id is not None]
        steps = steps_of_many(session, ids)
        actions = actions_of_many(session, ids)
    by_incident: dict[int, list[Step | ImprovementAction]] = defaultdict(list)
    for step in steps:
        by_incident[step.incident_id].append(step)
    for action in actions:
        by_incident[action.incident_id or 0].append(action)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for incident in incidents:
        case = _case_cells(incident)
        rows: list[Step | ImprovementAction | None] = [*by_incident[incident.id or 0]] or [None]
        for each in rows:
            cells = (
                _action_cells(each, _guarded(each.title, incident, allowed))
                if isinstance(each, ImprovementAction)
                else _step_cells(each)
            )
            writer.writerow([_cell(value) for value in case + cells])
    return out.getvalue()


def _case_cells(incident: Incident) -> list[object]:
    closed = london_date(incident.closed_at) if incident.closed_at else None
    return [
        incident.reference,
        incident.pseudonym,
        incident.aware_on,
        incident.notified_on,
        incident.decision,
        incident.publication_planned_on,
        incident.published_on,
        closed,
    ]


def _action_cells(action: ImprovementAction, title: str) -> list[object]:
    return [
        f"action:{action.id}",
        title,
        action.agency,
        action.owner_id,
        action.due_on,
        "no",
        action.status,
        action.done_on,
        "action",
        action.origin,
        action.assurance_due_on,
        action.assurance_result,
        action.assured_on,
    ]


def _step_cells(step: Step | None) -> list[object]:
    if step is None:
        return [None] * 13
    return [
        step.step_key,
        step.title,
        step.owner_role,
        step.owner_id,
        step.due_on,
        "yes" if step.provisional else "no",
        step.status,
        step.completed_on,
        "step",
        None,
        None,
        None,
        None,
    ]


def _guarded(text: str, incident: Holder, allowed: Collection[str]) -> str:
    """``text`` as it may leave the bot (:func:`withheld`), in ``incident``'s own words."""
    return withheld(text, pseudonym=incident.pseudonym, allowed=allowed)


def _cell(value: object) -> str:
    """Dates as YYYY-MM-DD, nothing as empty, and typed text never taken for a formula."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def deadlines_ics(
    engine: Engine,
    *,
    now: datetime,
    start: date | None = None,
    end: date | None = None,
    allowed: Collection[str] = (),
) -> str:
    """Every open dated step of an open case, and every open improvement action, due from
    ``start`` to ``end`` (all when not given) as an all-day event.

    Each event's UID is the case reference and step, so importing a later export updates
    the events instead of adding copies; SEQUENCE is the case's version, which grows with
    every change, so calendars take the newer date. An action's title passes the guard
    as in :func:`cases_csv`.
    """
    with open_session(engine) as session:
        rows = open_steps(session, due_from=start, due_to=end)
        actions = open_actions(session, due_from=start, due_to=end)
    events = [
        DayEvent(
            uid=f"{incident.reference}-{step.step_key}@safeguarding-bot",
            on=step.due_on,
            summary=f"{case_title(incident)}: {step.title}",
            description=f"Due {step.basis}.",  # says if the date is provisional
            sequence=incident.version,
            stamp=now,
        )
        for incident, step in rows
        if step.due_on is not None
    ]
    events += [
        DayEvent(
            uid=f"{incident.reference}-action-{action.id}@safeguarding-bot",
            on=action.due_on,
            summary=f"{case_title(incident)}: improvement action: "
            + _guarded(action.title, incident, allowed),
            description=f"Improvement action for {action.agency}, due this day.",
            sequence=incident.version,
            stamp=now,
        )
        for incident, action in actions
        if action.due_on is not None and incident.closed_at is None
    ]
    return day_calendar(events, name="Safeguarding deadlines", method="PUBLISH").decode()
