"""Cases seeded through the use cases, as the bot itself would store them (pseudonyms and
fictional ids only), for the reporting, export and retention tests."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.domain.incident import NewIncident
from bot.domain.review import RAPID_REVIEW_STEP
from bot.domain.timetable import Facts
from bot.rules import Rules, load_rules
from bot.usecases.cases import Case, log_received, receive_report
from bot.usecases.lifecycle import close_case, plan_publication, record_step_done
from bot.usecases.reviews import record_sent
from storage.models import Incident, Step

RULES = load_rules()
MANAGER = "U0MANAGER1"
POLICE_LEAD = "U0LEADPOL1"

_keys = itertools.count(1)


def log_incident(
    engine: Engine,
    rules: Rules,
    report: NewIncident,
    *,
    reported_by: str,
    submission_key: str,
    now: datetime,
) -> Incident:
    """Keep a checked report and log its case at once: the form's two use cases in one call
    (:func:`~bot.usecases.cases.receive_report`, then
    :func:`~bot.usecases.cases.log_received`), as tests and benchmarks seed cases.

    ``submission_key`` identifies the submission: the same one again returns the case it
    already made instead of a second.
    """
    receive_report(engine, report, reported_by=reported_by, submission_key=submission_key, now=now)
    incident = log_received(engine, rules, submission_key)
    assert incident is not None  # the report was kept just above
    return incident


def at_noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def log(
    engine: Engine,
    pseudonym: str,
    aware_on: date,
    *,
    owner: str = POLICE_LEAD,
    logged_on: date | None = None,
    age_band: str = "1_4",
    **facts: bool,
) -> Incident:
    """Log an incident (a death of a child aged 1 to 4 with abuse or neglect suspected,
    unless ``age_band`` or ``facts`` differ)."""
    report = NewIncident(
        pseudonym=pseudonym,
        age_band=age_band,
        facts=Facts(aware_on=aware_on, **({"died": True} | facts)),
        summary=f"{pseudonym} (pseudonym): a serious incident, agencies involved.",
        owner_id=owner,
    )
    incident = log_incident(
        engine,
        RULES,
        report,
        reported_by=MANAGER,
        submission_key=f"seed-{next(_keys)}",
        now=at_noon(logged_on or aware_on),
    )
    return incident


def step_id(engine: Engine, incident: Incident, key: str) -> int:
    with Session(engine) as session:
        step = session.exec(
            select(Step).where(Step.incident_id == incident.id, Step.step_key == key)
        ).one()
    assert step.id is not None
    return step.id


def done(engine: Engine, incident: Incident, key: str, on: date, **details: str) -> Case:
    """Record a step as done on ``on`` (the decision step needs ``decision=``); the rapid
    review is recorded as sent to the Panel, as its section on the card does."""
    if key == RAPID_REVIEW_STEP:
        assert incident.id is not None
        return record_sent(
            engine,
            RULES,
            incident_id=incident.id,
            on=on,
            reason="seeded before the partners signed off",
            actor=MANAGER,
            now=at_noon(on),
        )
    return record_step_done(
        engine,
        RULES,
        step_id=step_id(engine, incident, key),
        on=on,
        actor=MANAGER,
        now=at_noon(on),
        **details,  # type: ignore[arg-type]
    )


def plan(engine: Engine, incident: Incident, publication: date, *, on: date) -> Case:
    step = step_id(engine, incident, "lcspr_publication")
    return plan_publication(
        engine, RULES, step_id=step, on=publication, actor=MANAGER, now=at_noon(on)
    )


def close(engine: Engine, incident: Incident, now: datetime) -> Case:
    assert incident.id is not None
    return close_case(
        engine, RULES, incident_id=incident.id, reason="Duplicate", actor=MANAGER, now=now
    )
