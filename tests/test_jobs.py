"""The scheduler's jobs, each run alone: what one does, and that it does nothing of the
others' work."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

from slack_sdk import WebClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import cases
from bot.access import Access
from bot.domain.incident import NewIncident
from bot.domain.timetable import Facts
from bot.jobs import TickReport
from bot.jobs.outbox import retry_posts
from bot.jobs.received import log_waiting
from bot.jobs.reminders import ReminderJob, plan_digest
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import Incident, Reminder
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
    cases.log_incident(engine, rules, REPORT, reported_by=USER_ID, submission_key="k", now=RECEIVED)
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
