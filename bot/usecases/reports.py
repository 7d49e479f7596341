"""Use cases that read across cases: the timeliness report, the yearly figures and the
App Home's figures."""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy.engine import Engine

from bot.domain.review import NationalDecision, PanelAnswer
from bot.domain.timeliness import CaseRecord, StepRecord, TimelinessReport, timeliness
from bot.domain.yearly import (
    ActionRecord,
    ReportingYear,
    ReviewRecord,
    RulesUsed,
    YearlyReport,
    yearly,
)
from bot.rules import DEADLINES, Rules, rules_fingerprint
from bot.usecases.read_models import Dashboard, facts_of
from storage.db import open_session
from storage.models import Incident, Step
from storage.queries.applied_rules import applied_rules
from storage.queries.incidents import (
    count_open_incidents,
    count_open_incidents_by_stage,
    incident_facts_aware_between,
    incidents_state,
    open_incidents_with_next_step,
)
from storage.queries.items import open_items
from storage.queries.steps import open_steps, step_records_aware_between
from storage.queries.yearly import (
    proceedings_kinds_of,
    yearly_action_rows,
    yearly_case_rows,
    yearly_step_rows,
)


def last_twelve_months(today: date) -> tuple[date, date]:
    """The default reporting period: the year up to and including ``today``."""
    return today - relativedelta(years=1) + timedelta(days=1), today


def timeliness_report(
    engine: Engine, rules: Rules, *, start: date, end: date, today: date
) -> TimelinessReport:
    """The timeliness figures for the cases the local authority became aware of from
    ``start`` to ``end``, deadlines recomputed with the partnership's rules."""
    with open_session(engine) as session:  # plain rows: thousands of cases, no ORM objects
        incidents = incident_facts_aware_between(session, start, end)
        steps = step_records_aware_between(session, start, end)
    recorded: dict[int, dict[str, StepRecord]] = defaultdict(dict)
    for incident_id, step_key, status, completed_on in steps:
        recorded[incident_id][step_key] = StepRecord(status, completed_on)
    records = [
        CaseRecord(
            incident.reference,
            incident.pseudonym,
            facts_of(incident),
            recorded[incident.id],
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


def yearly_report(engine: Engine, rules: Rules, year: ReportingYear, today: date) -> YearlyReport:
    """The figures of a reporting year as at ``today``, from the stored rows: the cases the
    year concerns (their facts, steps, what the Panel was sent, answered and decided,
    proceedings) and the improvement actions due or assured in it; with the fingerprint
    of the rules they are computed with, and of those stored (``applied_rules``)."""
    with open_session(engine) as session:  # plain rows, as the timeliness report reads
        incidents = yearly_case_rows(session, start=year.start, end=year.end)
        ids = [incident.id for incident in incidents]
        steps = yearly_step_rows(session, incident_ids=ids)
        held = proceedings_kinds_of(session, incident_ids=ids)
        actions = yearly_action_rows(session, start=year.start, end=year.end)
        stored, applied_at = applied_rules(session, DEADLINES)
    recorded: dict[int, dict[str, StepRecord]] = defaultdict(dict)
    targets: dict[int, date | None] = {}
    for incident_id, step_key, status, completed_on, due_on in steps:
        recorded[incident_id][step_key] = StepRecord(status, completed_on)
        if step_key == rules.review.target_step:
            targets[incident_id] = due_on
    kinds: dict[int, list[str]] = defaultdict(list)
    for incident_id, kind in held:
        if kind not in kinds[incident_id]:
            kinds[incident_id].append(kind)
    cases = [
        ReviewRecord(
            CaseRecord(
                row.reference,
                row.pseudonym,
                facts_of(row),
                recorded[row.id],
                closed=row.closed_at is not None,
            ),
            national_decision=NationalDecision(row.national_decision)
            if row.national_decision
            else None,
            national_decided_on=row.national_decided_on,
            target_on=targets.get(row.id),
            publication_kind=row.publication_kind,
            delay_reason=row.delay_reason,
            delay_told_on=row.delay_told_on,
            proceedings=tuple(kinds[row.id]),
            sent_on=row.sent_on,
            answer=PanelAnswer(row.answer) if row.answer else None,
            answered_on=row.answered_on,
        )
        for row in incidents
    ]
    return yearly(
        cases,
        [ActionRecord(*row) for row in actions],
        year=year,
        today=today,
        timetable=rules.timetable,
        calendar=rules.calendar,
        rules=RulesUsed(rules_fingerprint(rules), stored, applied_at),
    )


class TimelinessCache:
    """The App Home's timeliness figures, computed once and reused while no case has
    changed: every change to a case bumps its incident's version, a new case adds a row
    and a purge removes one, so one aggregate over the incidents tells whether the
    figures still hold. Keyed by the period and today (a new day can make a step late)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._figures: TimelinessReport | None = None

    def report(
        self, engine: Engine, rules: Rules, start: date, end: date, today: date
    ) -> TimelinessReport:
        with open_session(engine) as session:
            state = incidents_state(session)
        key = (id(rules), start, end, today, state)
        with self._lock:
            if key == self._key and self._figures is not None:
                return self._figures
        figures = timeliness_report(engine, rules, start=start, end=end, today=today)
        with self._lock:
            self._key, self._figures = key, figures
        return figures


def open_case_page(
    engine: Engine, page: int, per_page: int
) -> tuple[list[tuple[Incident, Step | None]], int, int]:
    """Page ``page`` (from 0, kept in range) of the open cases, next deadline first, each
    with its next open step; with how many are open and the page shown."""
    with open_session(engine) as session:
        total = count_open_incidents(session)
        page = max(0, min(page, (total - 1) // per_page)) if total else 0
        rows = open_incidents_with_next_step(session, limit=per_page, offset=page * per_page)
    return rows, total, page


def dashboard(engine: Engine, *, user_id: str, page: int, per_page: int, mine: int) -> Dashboard:
    """Page ``page`` (from 0) of the open cases, next deadline first, and up to ``mine`` of
    ``user_id``'s open steps and checklist items each, soonest first: a few indexed
    queries, however many cases."""
    rows, total, page = open_case_page(engine, page, per_page)
    with open_session(engine) as session:
        my_steps = open_steps(session, owner_id=user_id, limit=mine + 1)
        my_items = open_items(session, owner_id=user_id, limit=mine + 1)
        by_stage = count_open_incidents_by_stage(session)
    return Dashboard(
        rows,
        page,
        total,
        my_steps[:mine],
        len(my_steps) > mine,
        by_stage,
        my_items[:mine],
        len(my_items) > mine,
    )
