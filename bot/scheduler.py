"""The scheduler: a short periodic tick in every process that sends what has fallen due.

Reminders are rows (:mod:`bot.reminders`); a tick claims due ones with a lease, commits,
sends each, and records the outcome in a second short transaction, so no transaction is
ever open while Slack is being called. Several replicas tick at once without sending a
reminder twice: a row is sent only by the worker holding its lease. A worker that dies
mid-send leaves its rows to be claimed again when the lease runs out; a row claimed again
that way is "in doubt" (the message may have reached Slack before the worker died), so
the Slack conversation is searched for it, by the reminder's id in the message metadata,
before it is sent.

The same tick finishes what a request's work after its ack left undone -- logs incident
reports received but not logged, retries channel posts that failed (the outbox) -- and
posts the daily digest. :func:`tick` is the testable unit; :func:`start_scheduler` runs it
every 30 seconds with APScheduler.
"""

from __future__ import annotations

import itertools
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import Block
from sqlmodel import Session

from bot.blocks.reminders import digest_message, reminder_message, undelivered
from bot.cases import POST_LEASE, log_received
from bot.domain.calendar import london_date
from bot.metrics import TICKS
from bot.posting import publish_case
from bot.reminders import replan_case, wanted_reminders
from bot.runtime import Runtime
from storage.db import session_scope
from storage.models import ChecklistItem, Incident, Reminder, Step
from storage.queries import (
    Claim,
    add_reminders,
    cases_of,
    claim_due_reminders,
    claim_unposted_incidents,
    finish_reminder,
    group_of,
    latest_due,
    open_items_due_by,
    open_steps_due_by,
    received_reports_waiting,
    release_reminder,
    reminder_exists,
)

logger = logging.getLogger(__name__)

#: How often each process ticks.
INTERVAL = timedelta(seconds=30)
#: How long a claim holds a reminder: far longer than a batch takes to send.
LEASE = timedelta(minutes=5)
#: Reminders claimed at a time; a batch is sent well inside its lease.
BATCH = 25
#: Cases whose channel posts are retried per tick.
OUTBOX_BATCH = 20
#: Attempts before a reminder that keeps failing is reported instead of retried.
MAX_ATTEMPTS = 8
#: The first retry's wait, doubled for each attempt after it, up to the last.
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)
#: The message metadata event that carries a reminder's id.
METADATA_EVENT = "safeguarding_reminder"
#: Conversation pages searched for a message that may have been sent already.
_SEARCH_PAGES = 10

#: Slack errors that no retry will mend (the owner left, the channel was archived, ...).
PERMANENT_ERRORS = frozenset(
    {
        "account_inactive",
        "user_not_found",
        "users_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "messages_tab_disabled",
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "restricted_action",
        "missing_scope",
        "invalid_blocks",
        "invalid_arguments",
        "msg_too_long",
        "no_text",
    }
)

_PROCESS = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class TickReport:
    """What one tick did, one line per message, for logs and ``remind --once``."""

    sent: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    posted: list[str] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)
    superseded: int = 0
    skipped: int = 0

    def lines(self) -> list[str]:
        listed = [
            f"{what:<8} {line}"
            for what, lines in (
                ("sent", self.sent),
                ("retrying", self.retrying),
                ("failed", self.failed),
                ("logged", self.logged),
                ("posted", self.posted),
            )
            for line in lines
        ]
        summary = (
            f"{len(self.sent)} sent, {len(self.retrying)} to retry, {len(self.failed)} failed, "
            f"{self.superseded} folded into a later one, {self.skipped} no longer needed, "
            f"{len(self.logged)} received report(s) logged, {len(self.posted)} case(s) posted."
        )
        return [*listed, summary]


@dataclass(frozen=True)
class _Message:
    """A reminder ready to send, and what to say if it cannot be delivered."""

    label: str
    channel: str  # a channel id, or a user id for a direct message
    thread_ts: str | None
    text: str
    blocks: list[Block]
    incident: Incident | None = None
    step: Step | ChecklistItem | None = None


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
    """Retry unposted cases, plan today's digest, then send every reminder due by ``now``.

    ``now`` is when the tick starts; time then runs on from it (the lease of a long tick
    must not be measured against a stopped clock). ``client`` should raise at once on a
    failure (no retry handlers): failures are retried from the database, with a backoff.
    Once ``stop`` is set the reminders still claimed are handed back, not sent.
    """
    started = time.monotonic()

    def clock() -> datetime:
        return now + timedelta(seconds=time.monotonic() - started)

    run = _Tick(runtime, client, worker, clock, lease, stop or threading.Event())
    run.retry_outbox()
    run.plan_digest()
    run.send_due(batch)
    return run.report


class _Tick:
    def __init__(
        self,
        runtime: Runtime,
        client: WebClient,
        worker: str,
        clock: Callable[[], datetime],
        lease: timedelta,
        stop: threading.Event,
    ) -> None:
        self.runtime, self.client, self.worker, self.stop = runtime, client, worker, stop
        self.engine, self.rules = runtime.engine, runtime.rules
        self.clock, self.lease = clock, lease
        self.report = TickReport()
        self.touched: set[int] = set()
        # Never start a send the lease might not outlast.
        self.margin = timedelta(seconds=float(client.timeout) + 1)

    def retry_outbox(self) -> None:
        self.log_received()
        with session_scope(self.engine) as session:
            unposted = claim_unposted_incidents(session, self.clock(), POST_LEASE, OUTBOX_BATCH)
        for incident_id, reference in unposted:
            try:
                posted = publish_case(
                    self.client,
                    self.engine,
                    self.rules,
                    incident_id,
                    self.runtime.channel,
                    self.clock(),
                )
            except OSError as exc:  # connection refused, timeouts: tried again later
                logger.warning(
                    "posting %s to Slack failed, will retry: %s",
                    reference,
                    exc,
                    extra={"case": reference},
                )
                posted = False
            if posted:
                self.report.posted.append(f"{reference}: case card and checklist")

    def log_received(self) -> None:
        """Reports received a while ago whose case the request's own work did not log (the
        process stopped, the database failed): logged now, and posted just below."""
        with Session(self.engine) as session:
            waiting = received_reports_waiting(session, self.clock() - POST_LEASE, OUTBOX_BATCH)
        for key in waiting:
            try:
                incident = log_received(self.engine, self.rules, key)
            except (KeyError, TypeError, ValueError):  # kept, and left for a person to see
                logger.exception("the received report %s cannot be read", key)
                continue
            if incident is not None:
                self.report.logged.append(f"{incident.reference}: from the form {key}")

    def plan_digest(self) -> None:
        """Today's digest, planned once by whichever replica ticks first on a working day."""
        policy, now = self.rules.reminders, self.clock()
        today = london_date(now)
        if policy.digest_at is None or not self.rules.calendar.is_working_day(today):
            return
        key = f"digest:{self.runtime.channel}:{today.isoformat()}"
        with Session(self.engine) as session:
            if reminder_exists(session, key):
                return
        row = {
            "incident_id": None,
            "step_id": None,
            "kind": "digest",
            "recipient": self.runtime.channel,
            "due_at": policy.instant(today, policy.digest_at),
            "dedupe_key": key,
        }
        with session_scope(self.engine) as session:
            add_reminders(session, [row])

    def send_due(self, batch: int) -> None:
        while True:
            with session_scope(self.engine) as session:
                claims = claim_due_reminders(session, self.clock(), self.worker, self.lease, batch)
                reminders = [c.reminder for c in claims]
                latest = latest_due(session, reminders, self.clock())
                incidents, steps, items = cases_of(session, reminders)
            if not claims:
                break
            for index, claim in enumerate(claims):
                reminder = claim.reminder
                if (
                    self.stop.is_set()
                    or reminder.lease_until is None
                    or reminder.lease_until - self.clock() < self.margin
                ):
                    # Stopping, or Slack was slow: hand the rest back, to be claimed again.
                    self._release(claims[index:])
                    return self._replan_touched()
                incident = incidents.get(reminder.incident_id or 0)
                about = (
                    items.get(reminder.item_id)
                    if reminder.item_id is not None
                    else steps.get(reminder.step_id or 0)
                )
                self._deliver(claim, latest[group_of(reminder)], incident, about)
        self._replan_touched()

    def _replan_touched(self) -> None:
        """Plan the next reminder of every daily series that just sent one."""
        for incident_id in sorted(self.touched):
            replan_case(self.engine, self.rules, incident_id, self.clock())

    def _release(self, claims: Iterable[Claim]) -> None:
        with session_scope(self.engine) as session:
            for claim in claims:
                assert claim.reminder.id is not None
                release_reminder(session, claim.reminder.id, self.worker, self.clock(), "slow")

    def _deliver(
        self,
        claim: Claim,
        latest: datetime,
        incident: Incident | None,
        step: Step | ChecklistItem | None,
    ) -> None:
        """Send one claimed reminder, about ``incident`` and ``step`` (or item) as they
        stood when it was claimed a moment ago (none for the digest), and record how it
        went."""
        reminder = claim.reminder
        if reminder.incident_id is not None:
            self.touched.add(reminder.incident_id)
        if reminder.due_at < latest:  # missed ones collapse into the latest
            self.report.superseded += 1
            return self._finish(reminder, "superseded")
        message = self._compose(reminder, incident, step)
        if message is None:
            self.report.skipped += 1
            return self._finish(reminder, "skipped")
        assert reminder.id is not None
        try:
            if claim.in_doubt and self._already_posted(message, reminder.id):
                self.report.sent.append(f"{message.label} (found in Slack, not sent again)")
                return self._finish(reminder, "sent")
            self.client.chat_postMessage(
                channel=message.channel,
                thread_ts=message.thread_ts,
                text=message.text,
                blocks=message.blocks,
                metadata={"event_type": METADATA_EVENT, "event_payload": {"reminder": reminder.id}},
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
            if error in PERMANENT_ERRORS:
                return self._give_up(reminder, message, error)
            return self._retry(reminder, message, error, _retry_after(exc))
        except (SlackClientError, OSError) as exc:
            return self._retry(reminder, message, str(exc) or type(exc).__name__, None)
        self.report.sent.append(message.label)
        self._finish(reminder, "sent")

    def _compose(
        self, reminder: Reminder, incident: Incident | None, step: Step | ChecklistItem | None
    ) -> _Message | None:
        """The message to send, or None when it is no longer wanted: the step or item is
        done, paused or snoozed, the case closed, the date moved, the digest a day old."""
        now = self.clock()
        today, calendar = london_date(now), self.rules.calendar
        if reminder.kind == "digest":
            if london_date(reminder.due_at) != today:
                return None
            with Session(self.engine) as session:
                rows: list[tuple[Incident, Step | ChecklistItem]] = [
                    *open_steps_due_by(session, _sunday(today)),
                    *open_items_due_by(session, _sunday(today)),
                ]
            rows.sort(key=lambda row: row[1].due_on or today)
            if not rows:
                return None
            text, blocks = digest_message(rows, today, calendar)
            label = f"digest → {reminder.recipient}"
            return _Message(label, reminder.recipient, None, text, blocks)
        if incident is None or step is None:
            return None
        wanted = wanted_reminders(incident, step, self.rules, now)
        if reminder.dedupe_key not in {w.dedupe_key for w in wanted}:
            return None
        group = reminder.recipient if reminder.recipient.startswith("S") else None
        text, blocks = reminder_message(incident, step, today, calendar, group=group)
        if reminder.kind in ("owner", "escalation") and group is None:
            channel, thread_ts = reminder.recipient, None  # a direct message
        else:
            channel, thread_ts = incident.channel_id or self.runtime.channel, incident.card_ts
        key = step.item_key if isinstance(step, ChecklistItem) else step.step_key
        label = f"{incident.reference} {key} → {reminder.kind} {reminder.recipient}"
        return _Message(label, channel, thread_ts, text, blocks, incident, step)

    def _already_posted(self, message: _Message, reminder_id: int) -> bool:
        """Whether Slack holds a message for this reminder (sent by a worker that died
        before it could record it)."""
        channel = message.channel
        if channel.startswith(("U", "W")):
            channel = self.client.conversations_open(users=channel)["channel"]["id"]
        options: dict[str, Any] = {"channel": channel, "limit": 200, "include_all_metadata": True}
        try:
            if message.thread_ts:
                pages = self.client.conversations_replies(ts=message.thread_ts, **options)
            else:
                pages = self.client.conversations_history(**options)
        except SlackApiError as exc:
            if exc.response.get("error") == "thread_not_found":
                return False  # no thread, so nothing in it: post (to the channel) again
            raise
        for page in itertools.islice(pages, _SEARCH_PAGES):
            for posted in page["messages"]:
                metadata = posted.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if metadata.get("event_type") == METADATA_EVENT and payload.get("reminder") == (
                    reminder_id
                ):
                    return True
        return False

    def _retry(
        self, reminder: Reminder, message: _Message, error: str, retry_after: timedelta | None
    ) -> None:
        if reminder.attempts >= MAX_ATTEMPTS:
            return self._give_up(reminder, message, f"{error} ({reminder.attempts} attempts)")
        wait = min(FIRST_RETRY * 2 ** max(reminder.attempts - 1, 0), LAST_RETRY)
        retry_at = self.clock() + max(wait, retry_after or timedelta(0))
        assert reminder.id is not None
        with session_scope(self.engine) as session:
            release_reminder(session, reminder.id, self.worker, retry_at, error)
        self.report.retrying.append(f"{message.label}: {error}; again after {retry_at:%H:%M:%S}Z")

    def _give_up(self, reminder: Reminder, message: _Message, error: str) -> None:
        """Record a reminder that cannot be delivered and say so in the case's thread,
        rather than trying it forever."""
        self._finish(reminder, "failed", error)
        self.report.failed.append(f"{message.label}: {error}")
        incident, step = message.incident, message.step
        if incident is None or step is None or not message.channel.startswith(("U", "W")):
            return  # a post to the channel itself failed: there is nowhere to say so
        try:
            self.client.chat_postMessage(
                channel=incident.channel_id or self.runtime.channel,
                thread_ts=incident.card_ts,
                text=undelivered(incident, step, reminder.recipient, error),
            )
        except (SlackApiError, SlackClientError, OSError) as exc:
            logger.warning("could not report an undelivered reminder: %s", exc)

    def _finish(self, reminder: Reminder, status: str, error: str | None = None) -> None:
        assert reminder.id is not None
        with session_scope(self.engine) as session:
            if not finish_reminder(session, reminder.id, self.worker, status, self.clock(), error):
                logger.warning(
                    "reminder %s was taken over before it was recorded",
                    reminder.id,
                    extra={"reminder": reminder.id},
                )


def _retry_after(exc: SlackApiError) -> timedelta | None:
    """Slack's Retry-After on a 429, which the next attempt must respect."""
    if exc.response.status_code != 429:
        return None
    value = exc.response.headers.get("retry-after") or exc.response.headers.get("Retry-After")
    try:
        return timedelta(seconds=int(value))
    except (TypeError, ValueError):
        return None


def _sunday(day: date) -> date:
    """The last day of ``day``'s week: what "due this week" runs to."""
    return day + timedelta(days=6 - day.weekday())


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
        _tick_and_log,
        "interval",
        args=(runtime, client, stop),
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


def _tick_and_log(runtime: Runtime, client: WebClient, stop: threading.Event | None) -> None:
    TICKS.started()
    started = time.monotonic()
    report = tick(runtime, client, runtime.clock(), stop=stop)
    TICKS.finished(report, time.monotonic() - started)
    if report.sent or report.retrying or report.failed or report.posted:
        for line in report.lines():
            logger.info("%s", line)
