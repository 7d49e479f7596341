"""The scheduler's jobs, each run alone: what one does, and that it does nothing of the
others' work."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from slack_sdk import WebClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.domain.incident import NewIncident
from bot.domain.timetable import Facts
from bot.flows.access import Access
from bot.flows.jobs import TickReport, targets
from bot.flows.jobs.outbox import retry_posts
from bot.flows.jobs.received import log_waiting
from bot.flows.jobs.reminders import ReminderJob, plan_digest
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.usecases import cases
from storage.models import AuditEvent, Incident, Reminder, Step
from tests.support import seed
from tests.support.fake_slack import FakeSlackAPI
from tests.support.slack_requests import CHANNEL_ID, USER_ID

RECEIVED = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday, before the 09:00 digest
REPORT = NewIncident(
    pseudonym="Child K",
    age_band="5_9",
    facts=Facts(aware_on=date(2026, 11, 20), seriously_harmed=True),
    summary="Summary.",
    owner_id="U0LEADPOL1",
    agencies=("police",),
)


def test_each_job_does_its_own_work_alone(engine: Engine, fake: FakeSlackAPI) -> None:
    client = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[], timeout=5)
    runtime = Runtime(engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    now = RECEIVED + timedelta(minutes=5)  # past the request's own posting lease

    def clock() -> datetime:
        return now

    report = TickReport()
    cases.receive_report(
        engine, REPORT, reported_by=USER_ID, submission_key="view:J1", now=RECEIVED
    )

    log_waiting(runtime, clock, report)
    assert report.logged == ["SI-2026-0001: from the form view:J1"]
    assert fake.calls("chat.postMessage") == []  # logged, not posted

    retry_posts(runtime, client, clock, report)
    assert report.posted == ["SI-2026-0001: case card and checklist"]
    with Session(engine) as session:
        incident = session.exec(select(Incident)).one()
    assert incident.card_ts and incident.checklist_ts
    posts = len(fake.calls("chat.postMessage"))

    plan_digest(runtime, clock)
    plan_digest(runtime, clock)  # once a day, however many ticks plan it
    with Session(engine) as session:
        digests = session.exec(select(Reminder).where(Reminder.kind == "digest")).all()
    assert [(d.status, d.due_at) for d in digests] == [
        ("planned", datetime(2026, 11, 23, 9, tzinfo=UTC))
    ]
    assert len(fake.calls("chat.postMessage")) == posts  # planned, not sent

    nine = datetime(2026, 11, 23, 9, tzinfo=UTC)
    sending = ReminderJob(runtime, client, lambda: nine, report, worker="w1")
    sending.send_due(25)
    assert report.sent == [f"digest → {CHANNEL_ID}"]
    assert report.logged == ["SI-2026-0001: from the form view:J1"]  # nothing logged again


def test_the_reminder_job_hands_back_what_it_claimed_once_told_to_stop(
    engine: Engine, fake: FakeSlackAPI
) -> None:
    client = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[], timeout=5)
    rules = load_rules()
    runtime = Runtime(engine, rules, CHANNEL_ID, Access(client, CHANNEL_ID))
    seed.log_incident(engine, rules, REPORT, reported_by=USER_ID, submission_key="k", now=RECEIVED)
    plan_digest(runtime, lambda: RECEIVED)
    stop = threading.Event()
    stop.set()
    report = TickReport()
    due = datetime(2026, 11, 24, 9, tzinfo=UTC)
    ReminderJob(runtime, client, lambda: due, report, worker="w1", stop=stop).send_due(25)
    assert report.sent == [] and fake.calls("chat.postMessage") == []
    with Session(engine) as session:
        held = session.exec(select(Reminder).where(Reminder.claimed_by == "w1")).all()
        due_ones = session.exec(select(Reminder).where(Reminder.due_at <= due)).all()
    assert held == []  # handed back, for the next tick (or another worker)
    assert due_ones and {(r.status, r.last_error) for r in due_ones} == {("planned", "slow")}


def test_the_delay_job_looks_once_a_day_until_every_late_review_has_its_step(
    engine: Engine, fake: FakeSlackAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[], timeout=5)
    runtime = Runtime(engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))

    def commissioned(pseudonym: str) -> None:
        """A local review commissioned on Tue 26 May 2026: its target is Thu 26 Nov."""
        incident = seed.log(engine, pseudonym, date(2026, 5, 1))
        seed.done(engine, incident, "rapid_review", date(2026, 5, 20))
        seed.done(engine, incident, "lcspr_decision", date(2026, 5, 26), decision="lcspr")

    def delay_steps() -> int:
        with Session(engine) as session:
            return len(session.exec(select(Step).where(Step.step_key == "review_delay")).all())

    def at(day: int, hour: int) -> Callable[[], datetime]:
        return lambda: datetime(2026, 11, day, hour, 0, tzinfo=UTC)

    for pseudonym in ("Child A", "Child B", "Child C"):
        commissioned(pseudonym)
    monkeypatch.setattr(targets, "BATCH", 2)
    targets.add_delay_steps(runtime, client, at(27, 0))
    assert delay_steps() == 2  # a full batch: it looks again on the next tick
    targets.add_delay_steps(runtime, client, at(27, 1))
    assert delay_steps() == 3  # all in: it looks again tomorrow
    commissioned("Child D")
    targets.add_delay_steps(runtime, client, at(27, 2))
    assert delay_steps() == 3
    targets.add_delay_steps(runtime, client, at(28, 0))
    assert delay_steps() == 4
    with Session(engine) as session:
        audited = session.exec(select(AuditEvent).where(AuditEvent.action == "target_passed"))
        assert len(audited.all()) == 4  # once each
