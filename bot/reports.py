"""Use cases that read across cases: the timeliness report and the App Home's figures."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.cases import facts_of
from bot.domain.timeliness import CaseRecord, StepRecord, TimelinessReport, timeliness
from bot.rules import Rules
from storage.models import Incident, Step
from storage.queries import (
    count_open_incidents,
    count_open_incidents_by_stage,
    incidents_aware_between,
    list_open_incidents,
    open_steps,
    steps_of_incidents,
)


def last_twelve_months(today: date) -> tuple[date, date]:
    """The default reporting period: the year up to and including ``today``."""
    return today - relativedelta(years=1) + timedelta(days=1), today


def timeliness_report(
    engine: Engine, rules: Rules, start: date, end: date, today: date
) -> TimelinessReport:
    """The timeliness figures for the cases the local authority became aware of from
    ``start`` to ``end``, deadlines recomputed with the partnership's rules."""
    with Session(engine) as session:
        incidents = incidents_aware_between(session, start, end)
        steps = steps_of_incidents(session, [i.id for i in incidents if i.id is not None])
    recorded: dict[int, dict[str, StepRecord]] = defaultdict(dict)
    for step in steps:
        recorded[step.incident_id][step.step_key] = StepRecord(step.status, step.completed_on)
    records = [
        CaseRecord(
            incident.reference,
            incident.pseudonym,
            facts_of(incident),
            recorded[incident.id or 0],
            closed=incident.closed_at is not None,
        )
        for incident in incidents
    ]
    return timeliness(
        records,
        start=start,
        end=end,
        today=today,
        timetable=rules.timetable,
        calendar=rules.calendar,
    )


@dataclass(frozen=True)
class Dashboard:
    """What the App Home shows one person: a page of open cases with their next deadline,
    that person's own open steps, and the open cases counted by stage."""

    cases: list[tuple[Incident, Step | None]]
    page: int
    total: int
    my_steps: list[tuple[Incident, Step]]
    more_steps: bool  # the person has more open steps than are shown
    by_stage: dict[str, int]


def dashboard(engine: Engine, user_id: str, page: int, per_page: int, mine: int) -> Dashboard:
    """Page ``page`` (from 0) of the open cases, next deadline first, and up to ``mine`` of
    ``user_id``'s open steps, soonest first: a few indexed queries, however many cases."""
    with Session(engine, expire_on_commit=False) as session:
        total = count_open_incidents(session)
        page = max(0, min(page, (total - 1) // per_page)) if total else 0
        incidents = list_open_incidents(session, limit=per_page, offset=page * per_page)
        steps = steps_of_incidents(session, [i.id for i in incidents if i.id is not None])
        my_steps = open_steps(session, owner_id=user_id, limit=mine + 1)
        by_stage = count_open_incidents_by_stage(session)
    next_step: dict[int, Step] = {}
    for step in steps:  # each incident's soonest first, so the first open dated one wins
        if step.status == "open" and step.due_on is not None:
            next_step.setdefault(step.incident_id, step)
    rows = [(incident, next_step.get(incident.id or 0)) for incident in incidents]
    return Dashboard(rows, page, total, my_steps[:mine], len(my_steps) > mine, by_stage)
