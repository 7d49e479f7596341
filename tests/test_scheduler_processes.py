"""Three schedulers in three OS processes, one database: 1,000 due reminders are each sent
exactly once, counted at the fake Slack API, although one process is killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from slack_sdk import WebClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, col, select

from bot.cases import facts_of
from bot.domain.timetable import compute_steps
from bot.reminders import replan
from bot.rules import load_rules
from bot.scheduler import METADATA_EVENT
from storage.db import make_engine, migrate, session_scope
from storage.models import Incident, Reminder, Step
from tests.fake_slack import FakeSlackAPI
from tests.running_bot import OWNER_ID
from tests.slack_requests import CHANNEL_ID, USER_ID

ROOT = Path(__file__).resolve().parent.parent
LOGGED = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)  # Monday
DUE = datetime(2026, 11, 24, 9, tzinfo=UTC)  # Tuesday 09:00 in London
CASES = 250  # deaths: 3 working days to both notifications, CDOP due today: 4 reminders each
LEASE_SECONDS = 3


def _seed(url: str, fake: FakeSlackAPI) -> set[int]:
    """250 cases logged on Monday, as log_incident stores them (less the checklists) with
    their cards in the channel, and the ids of the 1,000 reminders due on Tuesday at 09:00."""
    engine = make_engine(url)
    migrate(engine)
    rules = load_rules()
    client = WebClient(token="xoxb-test", base_url=fake.url)
    cards = [client.chat_postMessage(channel=CHANNEL_ID, text="card")["ts"] for _ in range(CASES)]
    with session_scope(engine) as session:
        incidents = [
            Incident(
                reference=f"SI-2026-{n:04d}",
                pseudonym="Child K",
                died=True,
                abuse_or_neglect=True,
                location="in_area",
                aware_on=date(2026, 11, 20),
                summary="Summary.",
                owner_id=OWNER_ID,
                created_by=USER_ID,
                created_at=LOGGED,
                channel_id=CHANNEL_ID,
                card_ts=card,
                checklist_ts=card,
            )
            for n, card in enumerate(cards, start=1)
        ]
        session.add_all(incidents)
        session.flush()
        for incident in incidents:
            for step in compute_steps(facts_of(incident), rules.timetable, rules.calendar):
                session.add(
                    Step(
                        incident_id=incident.id,
                        step_key=step.step,
                        title=step.title,
                        owner_role=step.owner,
                        owner_id=OWNER_ID,
                        due_on=step.due,
                        basis=step.basis,
                        provisional=step.provisional,
                    )
                )
        session.flush()
        for incident in incidents:
            replan(session, incident, rules, LOGGED)
    with Session(engine) as session:
        due = session.exec(select(Reminder.id).where(col(Reminder.due_at) <= DUE)).all()
    engine.dispose()
    return set(due)


def _held_by(url: str, worker: str) -> int:
    """Rows ``worker`` holds, read without taking SQLite's write lock (it may hold it)."""
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool
    )
    try:
        with engine.connect() as connection:
            return connection.execute(
                text("SELECT count(*) FROM reminder WHERE claimed_by = :w AND status = 'planned'"),
                {"w": worker},
            ).scalar_one()
    finally:
        engine.dispose()


def _sent(fake: FakeSlackAPI) -> Counter[int]:
    counts: Counter[int] = Counter()
    for call in fake.calls("chat.postMessage"):
        metadata = call.json_param("metadata") or {}
        if call.ok and metadata.get("event_type") == METADATA_EVENT:
            counts[metadata["event_payload"]["reminder"]] += 1
    return counts


def test_three_schedulers_send_each_reminder_once_though_one_is_killed(
    database_url: str,
) -> None:
    with FakeSlackAPI() as fake:
        due = _seed(database_url, fake)
        assert len(due) == 1000
        fake.delay("chat.postMessage", 0.002)  # a little network time to die in
        epoch = time.time()
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.reminder_worker",
                    database_url,
                    fake.url,
                    DUE.isoformat(),
                    str(epoch),
                    f"worker-{n}",
                    str(LEASE_SECONDS),
                ],
                cwd=ROOT,
                env=dict(os.environ, PYTHONPATH=str(ROOT)),
            )
            for n in range(3)
        ]
        victim = workers[0]
        try:
            deadline = time.monotonic() + 30
            while sum(_sent(fake).values()) < 150:
                assert time.monotonic() < deadline, "the workers sent nothing"
                time.sleep(0.02)
            # Freeze the first worker while it holds a claim, then kill it there.
            for _ in range(500):
                victim.send_signal(signal.SIGSTOP)
                if _held_by(database_url, "worker-0"):
                    break
                victim.send_signal(signal.SIGCONT)
                time.sleep(0.005)
            held = _held_by(database_url, "worker-0")
            victim.kill()
            victim.wait(timeout=10)
            for worker in workers[1:]:
                assert worker.wait(timeout=45) == 0, "a worker did not finish"
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
        sent = _sent(fake)

    assert held > 0  # the killed worker died holding reminders, which were not lost
    assert set(sent) == due
    assert [n for n in sent.values() if n != 1] == []  # and none was sent twice
    engine = make_engine(database_url)
    with Session(engine) as session:
        statuses = session.exec(select(Reminder.status).where(col(Reminder.id).in_(due))).all()
    engine.dispose()
    assert Counter(statuses) == {"sent": 1000}
