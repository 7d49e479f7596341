"""The scheduler: a short periodic tick in every process that does what has fallen due.

Each tick runs the scheduler's jobs (:mod:`bot.flows.jobs`) in turn: it logs incident reports
received but not logged and retries channel posts that failed (what a request's work after
its ack left undone), plans the daily digest and the yearly report's reminder, and sends
the reminders that are due.
:func:`tick` is the testable unit; :func:`start_scheduler` runs it every 30 seconds with
APScheduler.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.edge.metrics import TICKS
from bot.flows.jobs import TickReport
from bot.flows.jobs.outbox import retry_posts
from bot.flows.jobs.received import log_waiting
from bot.flows.jobs.reminders import BATCH, LEASE, ReminderJob, plan_digest, plan_yearly_report
from bot.flows.jobs.targets import add_delay_steps
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

#: How often each process ticks.
INTERVAL = timedelta(seconds=30)

_PROCESS = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def tick(
    runtime: Runtime,
    client: WebClient,
    now: datetime,
    *,
    worker: str = _PROCESS,
    lease: timedelta = LEASE,
    batch: int = BATCH,
    stop: threading.Event | None = None,
) -> TickReport:
    """Log and post what requests left undone, plan today's digest and any reminder of the
    yearly report, then send every reminder due by ``now``.

    ``now`` is when the tick starts; time then runs on from it (the lease of a long tick
    must not be measured against a stopped clock). ``client`` should raise at once on a
    failure (no retry handlers): failures are retried from the database, with a backoff.
    Once ``stop`` is set the reminders still claimed are handed back, not sent.
    """
    started = time.monotonic()

    def clock() -> datetime:
        return now + timedelta(seconds=time.monotonic() - started)

    report = TickReport()
    log_waiting(runtime, clock, report)
    retry_posts(runtime, client, clock, report)
    add_delay_steps(runtime, client, clock)
    plan_digest(runtime, clock)
    plan_yearly_report(runtime, clock)
    job = ReminderJob(runtime, client, clock, report, worker=worker, lease=lease, stop=stop)
    job.send_due(batch)
    return report


def start_scheduler(
    runtime: Runtime,
    client: WebClient,
    interval: timedelta = INTERVAL,
    *,
    after: threading.Event | None = None,
    stop: threading.Event | None = None,
) -> BackgroundScheduler:
    """Tick every ``interval`` in a background thread, the first time at once (so what
    fell due while the bot was down goes out on start), or, given ``after``, as soon as
    that is set (the server serving: the first tick, which builds the calendar, does not
    hold up the start). A tick still running when the next is due delays it rather than
    running beside it."""
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        _Ticks(runtime, client, stop),
        "interval",
        seconds=interval.total_seconds(),
        coalesce=True,
        max_instances=1,
        next_run_time=None if after else datetime.now(UTC),  # None: paused until ``after``
        id="reminders",
    )
    scheduler.start()
    if after is not None:

        def first_tick() -> None:
            after.wait()
            scheduler.modify_job("reminders", next_run_time=datetime.now(UTC))

        threading.Thread(target=first_tick, name="first-tick", daemon=True).start()
    return scheduler


class _Ticks:
    """The scheduled job: one tick, its metrics, and a log line for what it did; outside
    working hours, one line saying until when reminders wait (not one every tick)."""

    def __init__(self, runtime: Runtime, client: WebClient, stop: threading.Event | None) -> None:
        self.runtime, self.client, self.stop = runtime, client, stop
        self.waiting: datetime | None = None

    def __call__(self) -> None:
        TICKS.started()
        started = time.monotonic()
        report = tick(self.runtime, self.client, self.runtime.clock(), stop=self.stop)
        TICKS.finished(report, time.monotonic() - started)
        told, self.waiting = self.waiting, report.waiting
        if report.sent or report.retrying or report.failed or report.posted:
            for line, about in report.records():
                logger.info("%s", line, extra=about)
        elif report.waiting is not None and report.waiting != told:
            logger.info("%s", report.lines()[-1])
