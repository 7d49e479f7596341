"""Sending the reminders that are due, and planning the daily digest.

Reminders are rows (:mod:`bot.usecases.reminders`); the job claims the due ones with a lease, all
those due for one destination (a person, a case's thread, a user group) together, commits,
sends each destination one message, and records the outcome in a second short
transaction, so no transaction is ever open while Slack is being called. Several replicas
tick at once without sending a reminder twice: a row is sent only by the worker holding
its lease. A worker that dies mid-send leaves its rows to be claimed again when the lease
runs out; a row claimed again that way is "in doubt" (the message may have reached Slack
before the worker died), so the Slack conversation is searched for it, by the reminder
ids in the message metadata, before it is sent.

Nothing is claimed outside the policy's working hours
(:meth:`~bot.domain.reminders.ReminderPolicy.in_hours`), and what is claimed when they end
during a tick is handed back until they next begin: a reminder missed during an outage, a
retry or a handed-back claim waits for the next working morning, then goes out once,
folded into its later ones and saying it is late.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import Block

from bot.domain.calendar import london_date
from bot.domain.reminders import ReminderKind, ReminderStatus
from bot.domain.yearly import YearlyReminder, yearly_reminder
from bot.flows.jobs import Clock, TickReport
from bot.logs import about_case, about_reminders
from bot.runtime import Runtime
from bot.usecases.read_models import Remindable
from bot.usecases.reminders import (
    Batch,
    Found,
    claim_due,
    due_by,
    plan_in_channel,
    record_outcome,
    release,
    replan_case,
    replan_national,
    still_wanted,
    wanted_reminders,
)
from bot.views.reminders import (
    Line,
    digest_message,
    reminders_message,
    undelivered,
    yearly_report_message,
)
from storage.models import (
    ChecklistItem,
    ImprovementAction,
    NationalReview,
    Reminder,
)

logger = logging.getLogger(__name__)

#: How long a claim holds a reminder: far longer than a batch takes to send.
LEASE = timedelta(minutes=5)
#: Destinations claimed at a time; a batch is sent well inside its lease.
BATCH = 25
#: Attempts before a reminder that keeps failing is reported instead of retried.
MAX_ATTEMPTS = 8
#: The first retry's wait, doubled for each attempt after it, up to the last.
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)
#: The message metadata event that names the reminders a message carries.
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


@dataclass(frozen=True)
class _Message:
    """One message ready to send, the reminder rows it carries, and what to say if it
    cannot be delivered."""

    label: str
    channel: str  # a channel id, or a user id for a direct message
    thread_ts: str | None
    text: str
    blocks: list[Block]
    carried: list[Reminder]
    lines: list[Line] = field(default_factory=list)
    missed: date | None = None  # the first day one of them was due, if before today


def plan_digest(runtime: Runtime, clock: Clock) -> None:
    """Today's digest, planned once by whichever replica ticks first on a working day."""
    policy, now = runtime.rules.reminders, clock()
    today = london_date(now)
    if policy.digest_at is None or not runtime.rules.calendar.is_working_day(today):
        return
    key = f"digest:{runtime.channel}:{today.isoformat()}"
    due_at = policy.instant(today, policy.digest_at)
    plan_in_channel(
        runtime.engine, kind=ReminderKind.DIGEST, channel=runtime.channel, key=key, due_at=due_at
    )


def plan_yearly_report(runtime: Runtime, clock: Clock) -> None:
    """The channel's reminder of the partners' yearly report, planned once for each of its
    reminder days by whichever replica ticks first; a day missed while none ran is planned
    when one next does, and sent in working hours."""
    wanted = _yearly(runtime, london_date(clock()))
    if wanted is None:
        return
    key = f"yearly_report:{runtime.channel}:{wanted.year.label}:{wanted.remind_on.isoformat()}"
    due_at = runtime.rules.reminders.instant(wanted.remind_on)
    plan_in_channel(
        runtime.engine,
        kind=ReminderKind.YEARLY_REPORT,
        channel=runtime.channel,
        key=key,
        due_at=due_at,
    )


def _yearly(runtime: Runtime, today: date) -> YearlyReminder | None:
    """The yearly report's reminder wanted by ``today``, if the timetable has one."""
    rule = runtime.rules.timetable.yearly_report
    if rule is None:
        return None
    return yearly_reminder(
        rule, today=today, starts=runtime.year_start, calendar=runtime.rules.calendar
    )


class ReminderJob:
    """One tick's sending: claims, messages and their outcomes, by one ``worker``."""

    def __init__(
        self,
        runtime: Runtime,
        client: WebClient,
        clock: Clock,
        report: TickReport,
        *,
        worker: str,
        lease: timedelta = LEASE,
        stop: threading.Event | None = None,
    ) -> None:
        self.runtime, self.client, self.worker = runtime, client, worker
        self.engine, self.rules = runtime.engine, runtime.rules
        self.clock, self.lease, self.report = clock, lease, report
        self.stop = stop or threading.Event()
        self.touched: set[int] = set()
        self.touched_reviews: set[int] = set()  # national reviews, whose actions have no case
        # Never start a send the lease might not outlast.
        self.margin = timedelta(seconds=float(client.timeout) + 1)

    def send_due(self, batch: int) -> None:
        """Claim what is due, a destination at a time, and send each destination one
        message, inside working hours only."""
        if not self._in_hours():
            return
        while True:
            claimed = claim_due(
                self.engine, now=self.clock(), worker=self.worker, lease=self.lease, limit=batch
            )
            if not claimed.batches:
                break
            for index, group in enumerate(claimed.batches):
                rest = [r for later in claimed.batches[index:] for r in later.reminders]
                if not self._in_hours():  # working hours ended during the tick
                    self._release(rest, retry_at=self._opening(), error="after hours")
                    return self._replan_touched()
                if self.stop.is_set() or group.lease_until - self.clock() < self.margin:
                    # Stopping, or Slack was slow: hand the rest back, to be claimed again.
                    self._release(rest, retry_at=self.clock(), error="slow")
                    return self._replan_touched()
                with about_reminders(_ids(group.reminders)):
                    self._deliver(group, claimed.found)
        self._replan_touched()

    def _in_hours(self) -> bool:
        """Whether reminders may leave now; if not, the report says until when they wait."""
        if self.rules.reminders.in_hours(self.clock(), self.rules.calendar):
            return True
        self.report.waiting = self._opening()
        return False

    def _opening(self, moment: datetime | None = None) -> datetime:
        """``moment`` (default now) if inside working hours, else when they next begin."""
        return self.rules.reminders.next_opening(moment or self.clock(), self.rules.calendar)

    def _replan_touched(self) -> None:
        """Plan the next reminder of every daily series that just sent one."""
        for incident_id in sorted(self.touched):
            replan_case(self.engine, self.rules, incident_id, self.clock())
        for review_id in sorted(self.touched_reviews):
            replan_national(self.engine, self.rules, review_id, self.clock())

    def _release(self, reminders: list[Reminder], *, retry_at: datetime, error: str) -> None:
        release(
            self.engine,
            reminder_ids=_ids(reminders),
            worker=self.worker,
            retry_at=retry_at,
            error=error,
        )

    def _deliver(self, group: Batch, found: Found) -> None:
        """Send one destination's claimed reminders as one message, about the cases, steps
        and items (``found``) as they stood when they were claimed a moment ago, and record
        how it went."""
        for reminder in group.reminders:
            if reminder.incident_id is not None:
                self.touched.add(reminder.incident_id)
            elif isinstance(holder := found.about(reminder)[0], NationalReview) and holder.id:
                self.touched_reviews.add(holder.id)
        superseded = group.superseded
        skipped: list[Reminder] = []
        wanted: list[Reminder] = []
        for reminder in group.current:
            (wanted if self._still_wanted(reminder, found) else skipped).append(reminder)
        self.report.superseded += len(superseded)
        self._finish(superseded, ReminderStatus.SUPERSEDED)
        first_due = min((london_date(r.due_at) for r in superseded + wanted), default=None)
        message = self._compose(wanted, found, first_due)
        if message is None:
            skipped += wanted
        self.report.skipped += len(skipped)
        self._finish(skipped, ReminderStatus.SKIPPED)
        if message is None:
            return
        try:
            if group.in_doubt:
                rest = self._unless_posted(message, found)
                if rest is None:
                    return
                message = rest
            self.client.chat_postMessage(
                channel=message.channel,
                thread_ts=message.thread_ts,
                text=message.text,
                blocks=message.blocks,
                metadata=metadata_of(_ids(message.carried)),
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
            if error in PERMANENT_ERRORS:
                return self._give_up(message, error)
            return self._retry(message, error, _retry_after(exc))
        except (SlackClientError, OSError) as exc:
            return self._retry(message, str(exc) or type(exc).__name__, None)
        self.report.note(self.report.sent, message.label)
        self._finish(message.carried, ReminderStatus.SENT)

    def _still_wanted(self, reminder: Reminder, found: Found) -> bool:
        """Whether the policy still wants this reminder: not once the step or item is
        done, paused or snoozed, the case closed, the date moved, the digest a day old."""
        if reminder.kind == ReminderKind.DIGEST:
            return london_date(reminder.due_at) == london_date(self.clock())
        if reminder.kind == ReminderKind.YEARLY_REPORT:  # until its report falls due
            return _yearly(self.runtime, london_date(self.clock())) is not None
        incident, thing = found.about(reminder)
        if incident is None or thing is None:
            return False
        wanted = wanted_reminders(incident, thing, self.rules, self.clock())
        by_key = {w.dedupe_key: w for w in wanted}
        return still_wanted(reminder, by_key, self.rules.calendar, self.clock())

    def _compose(
        self, reminders: list[Reminder], found: Found, first_due: date | None
    ) -> _Message | None:
        """The one message that carries ``reminders`` (all to one destination), or None
        when there is nothing to say; late, it says so, once (``first_due``: the day the
        first of them, or of those folded into them, was due)."""
        if not reminders:
            return None
        today, calendar = london_date(self.clock()), self.rules.calendar
        missed = first_due if first_due is not None and first_due < today else None
        first = reminders[0]
        if first.kind == ReminderKind.DIGEST:
            return self._digest(reminders, today)
        if first.kind == ReminderKind.YEARLY_REPORT:
            return self._yearly_report(reminders, today)
        lines: dict[tuple[str, int | None], Line] = {}
        for reminder in reminders:
            incident, thing = found.about(reminder)
            assert incident is not None and thing is not None  # still wanted, so found
            key = (type(thing).__name__, thing.id)
            escalated = reminder.kind == ReminderKind.ESCALATION
            lines.setdefault(key, Line(incident, thing, escalated))
        shown = list(lines.values())
        group = first.recipient if first.destination.startswith("group:") else None
        text, blocks = reminders_message(shown, today, calendar, group=group, missed=missed)
        if first.kind == ReminderKind.THREAD:
            incident = shown[0].incident
            channel, thread_ts = incident.channel_id or self.runtime.channel, incident.card_ts
        elif group is not None:  # a user group is mentioned in the channel
            channel, thread_ts = self.runtime.channel, None
        else:
            channel, thread_ts = first.recipient, None  # a direct message
        about = ", ".join(f"{line.incident.reference} {_key(line.thing)}" for line in shown)
        label = f"{about} → {first.destination}"
        return _Message(label, channel, thread_ts, text, blocks, reminders, shown, missed)

    def _digest(self, reminders: list[Reminder], today: date) -> _Message | None:
        rows = due_by(self.engine, day=_sunday(today))
        if not rows:
            return None
        text, blocks = digest_message(rows, today, self.rules.calendar)
        recipient = reminders[0].recipient
        return _Message(f"digest → {recipient}", recipient, None, text, blocks, reminders)

    def _yearly_report(self, reminders: list[Reminder], today: date) -> _Message | None:
        wanted, rule = _yearly(self.runtime, today), self.rules.timetable.yearly_report
        if wanted is None or rule is None:
            return None
        text, blocks = yearly_report_message(rule, wanted, today, self.rules.calendar)
        recipient = reminders[0].recipient
        label = f"yearly report {wanted.year.label} → {recipient}"
        return _Message(label, recipient, None, text, blocks, reminders)

    def _unless_posted(self, message: _Message, found: Found) -> _Message | None:
        """The message again without the reminders Slack holds already (a worker that died
        before it could record them sent them), or None if it holds them all."""
        posted = self._posted_ids(message)
        sent = [r for r in message.carried if r.id in posted]
        if not sent:
            return message
        self._finish(sent, ReminderStatus.SENT)
        self.report.note(self.report.sent, f"{message.label} (found in Slack, not sent again)")
        rest = [r for r in message.carried if r.id not in posted]
        return self._compose(rest, found, message.missed)

    def _posted_ids(self, message: _Message) -> set[int]:
        """The reminders that Slack's copy of the conversation says were sent already."""
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
                return set()  # no thread, so nothing in it: post (to the channel) again
            raise
        posted: set[int] = set()
        for page in itertools.islice(pages, _SEARCH_PAGES):
            for each in page["messages"]:
                posted |= carried_by(each.get("metadata"))
        return posted

    def _retry(self, message: _Message, error: str, retry_after: timedelta | None) -> None:
        attempts = max(r.attempts for r in message.carried)
        if attempts >= MAX_ATTEMPTS:
            return self._give_up(message, f"{error} ({attempts} attempts)")
        wait = min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY)
        retry_at = self._opening(self.clock() + max(wait, retry_after or timedelta(0)))
        self._release(message.carried, retry_at=retry_at, error=error)
        self.report.note(
            self.report.retrying, f"{message.label}: {error}; again after {retry_at:%H:%M:%S}Z"
        )

    def _give_up(self, message: _Message, error: str) -> None:
        """Record reminders that cannot be delivered and say so in each case's thread,
        rather than trying them forever."""
        self._finish(message.carried, ReminderStatus.FAILED, error)
        self.report.note(self.report.failed, f"{message.label}: {error}")
        if not message.channel.startswith(("U", "W")):
            return  # a post to the channel itself failed: there is nowhere to say so
        by_case: dict[str, list[Line]] = {}
        for line in message.lines:
            by_case.setdefault(line.incident.reference, []).append(line)
        for lines in by_case.values():
            incident = lines[0].incident
            with about_case(incident.reference):
                try:
                    self.client.chat_postMessage(
                        channel=incident.channel_id or self.runtime.channel,
                        thread_ts=incident.card_ts,
                        text=undelivered(
                            incident, [line.thing for line in lines], message.channel, error
                        ),
                    )
                except (SlackApiError, SlackClientError, OSError) as exc:
                    logger.warning("could not report an undelivered reminder: %s", exc)

    def _finish(
        self, reminders: list[Reminder], status: ReminderStatus, error: str | None = None
    ) -> None:
        if not reminders:
            return
        held = record_outcome(
            self.engine,
            reminder_ids=_ids(reminders),
            worker=self.worker,
            status=status,
            now=self.clock(),
            error=error,
        )
        if held < len(reminders):
            logger.warning(
                "%d of reminders %s were taken over before they were recorded",
                len(reminders) - held,
                _ids(reminders),
            )


def metadata_of(reminder_ids: list[int]) -> dict[str, Any]:
    """The message metadata naming every reminder a message carries, by which a worker
    taking over after a crash knows what was sent. The ids are one string: Slack's
    metadata values are strings, numbers, booleans and objects."""
    payload = {"reminders": ",".join(map(str, reminder_ids))}
    return {"event_type": METADATA_EVENT, "event_payload": payload}


def carried_by(metadata: Mapping[str, Any] | None) -> set[int]:
    """The reminders a message's metadata (:func:`metadata_of`) says it carries."""
    if not metadata or metadata.get("event_type") != METADATA_EVENT:
        return set()
    listed = (metadata.get("event_payload") or {}).get("reminders")
    if not isinstance(listed, str):
        return set()
    return {int(part) for part in listed.split(",") if part.isdigit()}


def _key(thing: Remindable) -> str:
    if isinstance(thing, ImprovementAction):
        return f"action {thing.id}"
    return thing.item_key if isinstance(thing, ChecklistItem) else thing.step_key


def _ids(reminders: list[Reminder]) -> list[int]:
    return [r.id for r in reminders if r.id is not None]


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
