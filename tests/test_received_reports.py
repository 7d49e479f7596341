"""Incident reports kept when the form is answered, and the case made from each once."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from bot.domain.incident import NewIncident, report_from_record, report_record
from bot.domain.timetable import Facts
from bot.rules import load_rules
from bot.usecases import cases
from storage.models import Incident, ReceivedReport

RECEIVED = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
REPORT = NewIncident(
    pseudonym="Child K",
    age_band="under_1",
    facts=Facts(aware_on=date(2026, 11, 20), died=True, looked_after=True),
    summary="Admitted to hospital; police attended.",
    owner_id="U0LEADPOL1",
    agencies=("police", "health_icb"),
)


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_kept_report_reads_back_as_it_was() -> None:
    assert report_from_record(json.loads(json.dumps(report_record(REPORT)))) == REPORT


def test_the_same_submission_is_kept_once_and_logged_once(engine: Engine) -> None:
    for _ in range(2):
        cases.receive_report(
            engine, REPORT, reported_by="U0REPORTER", submission_key="view:V1", now=RECEIVED
        )
    assert count(engine, ReceivedReport) == 1
    incident = cases.log_received(engine, load_rules(), "view:V1")
    assert incident is not None and incident.reference == "SI-2026-0001"
    assert incident.created_at == RECEIVED and incident.summary == REPORT.summary
    assert count(engine, ReceivedReport) == 0
    cases.receive_report(  # sent again after its case was logged
        engine, REPORT, reported_by="U0REPORTER", submission_key="view:V1", now=RECEIVED
    )
    assert cases.log_received(engine, load_rules(), "view:V1").id == incident.id
    assert count(engine, ReceivedReport) == 0
    assert cases.log_received(engine, load_rules(), "view:NEVER") is None
    assert count(engine, Incident) == 1


def test_logging_the_same_report_from_many_threads_makes_one_case(engine: Engine) -> None:
    rules = load_rules()
    cases.receive_report(
        engine, REPORT, reported_by="U0REPORTER", submission_key="view:V2", now=RECEIVED
    )
    start = threading.Barrier(6)
    found: list[int | None] = []

    def log() -> None:
        start.wait()
        incident = cases.log_received(engine, rules, "view:V2")
        found.append(incident.id if incident else None)

    threads = [threading.Thread(target=log) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(found) == 6 and len(set(found)) == 1 and found[0] is not None
    assert count(engine, Incident) == 1 and count(engine, ReceivedReport) == 0
