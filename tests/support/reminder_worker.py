"""One reminder scheduler in a process of its own, for tests/test_scheduler_processes.py.

    python -m tests.support.reminder_worker DATABASE_URL SLACK_API_URL START EPOCH WORKER LEASE

Ticks (as the scheduler would, without waiting 30 s between ticks) until no reminder due
by "now" is left unsent, then exits 0; 1 if that takes longer than a minute. "Now" is
START (an ISO time) plus the real seconds since EPOCH (a Unix time shared by every worker),
so all workers agree on the time that leases are measured in. Each worker calls Slack
with a token of its own, ``xoxb-test-WORKER``, so a test can slow one worker's network.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from datetime import datetime, timedelta

from slack_sdk import WebClient
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.db import make_engine
from storage.models import Reminder
from tests.support.slack_requests import CHANNEL_ID


def _left(engine: Engine, now: datetime) -> int:
    due = select(func.count()).where(Reminder.status == "planned", col(Reminder.due_at) <= now)
    with Session(engine) as session:
        return session.exec(due).one()


def main(argv: list[str]) -> int:
    url, slack_url, start, epoch, worker, lease = argv
    engine = make_engine(url)
    rules = load_rules()
    rules = dataclasses.replace(
        rules, reminders=dataclasses.replace(rules.reminders, digest_at=None)
    )
    client = WebClient(
        token=f"xoxb-test-{worker}", base_url=slack_url, retry_handlers=[], timeout=1
    )
    runtime = Runtime(engine, rules, CHANNEL_ID, Access(client, CHANNEL_ID))
    started = datetime.fromisoformat(start)

    def now() -> datetime:
        return started + timedelta(seconds=time.time() - float(epoch))

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        tick(runtime, client, now(), worker=worker, lease=timedelta(seconds=float(lease)), batch=10)
        if _left(engine, now()) == 0:
            return 0
        time.sleep(0.05)  # rows another worker holds: wait for it, or for its lease to end
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
