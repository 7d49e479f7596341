"""Three schedulers in three OS processes, one database: 1,000 due reminders are each sent
exactly once, counted at the fake Slack API, although one process is killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from slack_sdk import WebClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, col, select

from bot.flows.jobs.reminders import carried_by
from storage.db import make_engine, migrate, normalize_url
from storage.models import Reminder
from tests.support.due_reminders import DUE, seed_due_cases
from tests.support.fake_slack import FakeSlackAPI

ROOT = Path(__file__).resolve().parent.parent
CASES = 250  # 4 reminders each
# A lease far longer than the send margin (the client's 1 s timeout + 1 s): a worker
# descheduled for longer than the difference (6 s) between its check and its send could
# otherwise send after another worker took the row over. Production leases are 5 minutes.
LEASE_SECONDS = 8


def _held_by(url: str, worker: str) -> int:
    """Rows ``worker`` holds, read without taking SQLite's write lock (it may hold it)."""
    engine = create_engine(normalize_url(url), poolclass=NullPool)
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
        if call.ok:
            counts.update(carried_by(call.json_param("metadata")))
    return counts


def test_three_schedulers_send_each_reminder_once_though_one_is_killed(
    database_url: str,
) -> None:
    with FakeSlackAPI() as fake:
        engine = make_engine(database_url)
        migrate(engine)
        due = seed_due_cases(engine, WebClient(token="xoxb-test", base_url=fake.url), CASES)
        engine.dispose()
        assert len(due) == 1000
        # The first worker's network is slow, so it spends most of its time holding claims.
        # It starts alone and the others only once it holds some: started together, the
        # others could send everything while it was still importing (CI saw it hold none).
        fake.delay("chat.postMessage", 0.002)  # a little network time for the others
        fake.delay("chat.postMessage", 0.25, token="xoxb-test-worker-0")
        epoch = time.time()

        def start(n: int) -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.support.reminder_worker",
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

        victim = start(0)
        workers = [victim]
        try:
            deadline = time.monotonic() + 30
            while not _held_by(database_url, "worker-0"):
                assert time.monotonic() < deadline, "the first worker claimed nothing"
                time.sleep(0.02)
            workers += [start(1), start(2)]
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
        direct = [
            c for c in fake.calls("chat.postMessage") if c.ok and c.params["channel"][0] == "U"
        ]

    assert held > 0  # the killed worker died holding reminders, which were not lost
    assert set(sent) == due
    # 750 reminders to 8 owners: a message each (a second for what a takeover found unsent).
    assert len(direct) <= 2 * 8
    assert [n for n in sent.values() if n != 1] == []  # and none was sent twice
    engine = make_engine(database_url)
    with Session(engine) as session:
        statuses = session.exec(select(Reminder.status).where(col(Reminder.id).in_(due))).all()
    engine.dispose()
    assert Counter(statuses) == {"sent": 1000}
