"""Exports for use outside Slack: a CSV of cases and their steps (for the yearly report and
the Panel's returns) and an iCalendar file of every open deadline (for Outlook or Google
Calendar). Both carry references and pseudonyms only: no summary, no free text.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy.engine import Engine

from bot.domain.calendar import london_date
from bot.facts import case_title
from storage.db import open_session
from storage.models import Incident, Step
from storage.queries import incidents_aware_between, open_steps, steps_of_incidents

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
)

#: A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cases_csv(engine: Engine, start: date | None = None, end: date | None = None) -> str:
    """One row per step of every case the local authority became aware of from ``start``
    to ``end`` (all cases when not given), by reference; a case without steps has one row
    with the step columns empty."""
    with open_session(engine) as session:
        incidents = incidents_aware_between(session, start, end)
        steps = steps_of_incidents(session, [i.id for i in incidents if i.id is not None])
    by_incident: dict[int, list[Step]] = defaultdict(list)
    for step in steps:
        by_incident[step.incident_id].append(step)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for incident in incidents:
        case = _case_cells(incident)
        rows: list[Step | None] = [*by_incident[incident.id or 0]] or [None]
        for row in rows:
            writer.writerow([_cell(value) for value in case + _step_cells(row)])
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


def _step_cells(step: Step | None) -> list[object]:
    if step is None:
        return [None] * 8
    return [
        step.step_key,
        step.title,
        step.owner_role,
        step.owner_id,
        step.due_on,
        "yes" if step.provisional else "no",
        step.status,
        step.completed_on,
    ]


def _cell(value: object) -> str:
    """Dates as YYYY-MM-DD, nothing as empty, and typed text never taken for a formula."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def deadlines_ics(
    engine: Engine, now: datetime, start: date | None = None, end: date | None = None
) -> str:
    """Every open dated step of an open case due from ``start`` to ``end`` (all when not
    given) as an all-day event.

    Each event's UID is the case reference and step, so importing a later export updates
    the events instead of adding copies; SEQUENCE is the case's version, which grows with
    every change, so calendars take the newer date.
    """
    with open_session(engine) as session:
        rows = open_steps(session, due_from=start, due_to=end)
    calendar = Calendar()
    calendar.add("prodid", "-//safeguarding-bot//Statutory deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Safeguarding deadlines")
    for incident, step in rows:
        if step.due_on is None:
            continue
        event = Event()
        event.add("uid", f"{incident.reference}-{step.step_key}@safeguarding-bot")
        event.add("dtstamp", now)
        event.add("sequence", incident.version)
        event.add("dtstart", step.due_on)
        event.add("dtend", step.due_on + timedelta(days=1))
        event.add("summary", f"{case_title(incident)}: {step.title}")
        event.add("description", f"Due {step.basis}.")  # says if the date is provisional
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: the day stays free
        calendar.add_component(event)
    return str(calendar.to_ical().decode())
