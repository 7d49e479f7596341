"""The reminder policy: when the bot nudges about a statutory step or checklist item, and
whom.

The policy is data (``bot/rules/reminders.toml`` by default) so a partnership can change it
without changing code; :func:`parse_reminders` checks it. Each rule names a working day
counted from the due date (3 working days before, the due day, every working day while
overdue), what it covers (steps, checklist items or both) and who hears of it. Reminders
go out at one local time in England, on working days only, and never about a step or
item that needs nothing more: done, not applicable, paused, snoozed, on a closed case, or
a minimum period (the published report kept available), which has no deadline to be
reminded of.

They are also only ever *sent* inside working hours (:meth:`ReminderPolicy.in_hours`: a
working day, from the reminder time to 17:30 by default), whatever happened before: one
missed while the bot was down, retried after a Slack failure or planned for a day that
became a closure day waits for the next opening rather than going out on a Saturday or at
2 a.m.

:func:`plan_reminders` turns the policy and one step into reminder instants. Instants
already past are part of the plan too, so that whoever stores the plan can keep a reminder
that was missed while the bot was down (and send it once) rather than forget it; an
overdue step's daily series runs up to the first instant after "now" and is extended each
time it is planned again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Literal

from bot.domain.calendar import LONDON, WorkingCalendar

Recipient = Literal["owner", "thread", "escalation"]


class ReminderKind(StrEnum):
    """Who a stored reminder is for: a rule's recipient, or the channel's daily digest."""

    OWNER = "owner"
    THREAD = "thread"
    ESCALATION = "escalation"
    DIGEST = "digest"
    YEARLY_REPORT = "yearly_report"  # the partners' yearly report, in the channel


class ReminderStatus(StrEnum):
    """Where a stored reminder stands; only a planned one is ever claimed and sent."""

    PLANNED = "planned"
    SENT = "sent"
    FAILED = "failed"  # undeliverable, or still failing after every attempt
    SUPERSEDED = "superseded"  # missed, and carried by a later one about the same thing
    SKIPPED = "skipped"  # no longer wanted when its time came


Kind = Literal["step", "item", "action"]

#: What a rule may cover, with the words the rules file uses for them.
KINDS: Mapping[str, str] = {
    "step": "the statutory steps of the timetable",
    "item": "the items of the rapid review checklist",
    "action": "the improvement actions of the register, reminded to their owners",
}

#: Who a rule may remind, with the words the rules file uses for them.
RECIPIENTS: Mapping[str, str] = {
    "owner": "the step's owner, by direct message",
    "thread": "the case's thread in the partnership channel",
    "escalation": "SAFEGUARDING_ESCALATION (a user or user group), else whoever logged the case",
}

_WHEN = re.compile(
    r"^\s*(?:(?P<due>on the due day)"
    r"|(?P<every>every working day after)"
    r"|(?P<n>\d+) working days? (?P<side>before|after))\s*$"
)
_AT = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
#: When working hours end unless the policy says otherwise (UK time).
CLOSING = time(17, 30)


@dataclass(frozen=True)
class RemindRule:
    """One rule: a working day counted from the due date, what it covers, and who is
    reminded on it."""

    days: int  # working days after the due day; negative before it, 0 on it
    every_day: bool  # and on every working day after that, while the step stays open
    to: tuple[Recipient, ...]
    steps: tuple[str, ...] = ()  # only for these step ids (empty: every step)
    kinds: tuple[Kind, ...] = ("step",)  # steps, checklist items, improvement actions

    def applies_to(self, state: StepState) -> bool:
        if state.kind not in self.kinds:
            return False
        return state.kind != "step" or not self.steps or state.step in self.steps


@dataclass(frozen=True)
class ReminderPolicy:
    """The whole policy: its rules, the local time they fire at, the daily digest, and the
    working hours (``opens`` to ``closes``, UK time, on working days) messages leave in."""

    rules: tuple[RemindRule, ...]
    at: time = time(9, 0)
    digest_at: time | None = time(9, 0)  # None: no digest
    escalation: str | None = None  # a user or user group id, from the settings
    opens: time = time(9, 0)
    closes: time = CLOSING

    def instant(self, day: date, at: time | None = None) -> datetime:
        """``at`` (default: the reminder time) in London on ``day``, as a UTC instant."""
        local = datetime.combine(day, at or self.at, tzinfo=LONDON)
        return local.astimezone(UTC)

    def in_hours(self, moment: datetime, calendar: WorkingCalendar) -> bool:
        """Whether a reminder may leave at ``moment``: a working day in England, between
        opening and closing time there (so through both clock changes)."""
        local = moment.astimezone(LONDON)
        return calendar.is_working_day(local.date()) and self.opens <= local.time() < self.closes

    def next_opening(self, moment: datetime, calendar: WorkingCalendar) -> datetime:
        """``moment`` itself inside working hours, else when they next begin."""
        if self.in_hours(moment, calendar):
            return moment
        local = moment.astimezone(LONDON)
        day = local.date()
        if not calendar.is_working_day(day) or local.time() >= self.opens:
            day = calendar.roll_forward(day + timedelta(days=1))
        return self.instant(day, self.opens)


@dataclass(frozen=True)
class StepState:
    """What the policy needs to know about a step (or, ``kind`` "item", a checklist item)."""

    step: str  # the timetable's step id, or the checklist item's key
    due_on: date | None
    needs_action: bool  # an open, unpaused deadline (not a minimum period) of an open case
    snoozed_until: date | None = None
    kind: Kind = "step"


@dataclass(frozen=True, order=True)
class PlannedReminder:
    """A reminder about one step to one kind of recipient at one instant (UTC)."""

    at: datetime
    to: Recipient


def destination(kind: str, recipient: str, incident_id: int | None) -> str:
    """Which message a reminder goes out in: all that is due for one person at once is one
    direct message (what they own and what is escalated to them, across their cases), a
    case's thread gets one post, a user group one mention in the channel, the channel one
    digest."""
    if kind == ReminderKind.DIGEST:
        return f"digest:{recipient}"
    if kind == ReminderKind.YEARLY_REPORT:
        return f"yearly:{recipient}"
    if kind == ReminderKind.THREAD:
        return f"thread:{incident_id}"
    if recipient.startswith("S"):  # a user group: mentioned in the channel, not messaged
        return f"group:{recipient}"
    return f"dm:{recipient}"


def plan_reminders(
    policy: ReminderPolicy, step: StepState, calendar: WorkingCalendar, now: datetime
) -> list[PlannedReminder]:
    """Every reminder the policy wants for ``step``, soonest first.

    A snooze drops the reminders before the day it runs to and reminds the owner on that
    day, as "remind me then" means, if no rule does already.
    """
    if not step.needs_action or step.due_on is None:
        return []
    snoozed = step.snoozed_until
    planned: set[PlannedReminder] = set()
    for rule in policy.rules:
        if not rule.applies_to(step):
            continue
        for day in _days(rule, step.due_on, calendar, policy, now, snoozed):
            if snoozed is None or day >= snoozed:
                planned.update(PlannedReminder(policy.instant(day), to) for to in rule.to)
    if snoozed is not None:
        back = calendar.roll_forward(snoozed)
        planned.add(PlannedReminder(policy.instant(back), "owner"))
    return sorted(planned)


def _days(
    rule: RemindRule,
    due_on: date,
    calendar: WorkingCalendar,
    policy: ReminderPolicy,
    now: datetime,
    snoozed: date | None,
) -> Iterator[date]:
    """The working days a rule fires on; a daily series stops at the first one after both
    ``now`` and the end of any snooze (the next plan carries it on)."""
    if rule.days == 0:
        day = calendar.roll_back(due_on)  # a due day that is not a working day: the one before
    else:
        day = calendar.add_working_days(due_on, rule.days)
    yield day
    if not rule.every_day:
        return
    while policy.instant(day) <= now or (snoozed is not None and day < snoozed):
        day = calendar.add_working_days(day, 1)
        yield day


def parse_reminders(data: Mapping[str, Any]) -> ReminderPolicy:
    """Check a reminder policy file's contents and build the policy; errors name the rule
    and the key."""
    unknown = set(data) - {"reminders", "digest", "remind"}
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    section = _table(data.get("reminders", {}), "reminders", {"at", "from", "until"})
    at = _time(section, "at", "reminders")
    digest = data.get("digest")
    digest_at = None if digest is None else _time(_table(digest, "digest", {"at"}), "at", "digest")
    earliest = min(at, digest_at or at)
    opens = _time(section, "from", "reminders", earliest)
    closes = _time(section, "until", "reminders", CLOSING)
    for name, moment in (("at", at), ("digest at", digest_at)):
        if moment is not None and not opens <= moment < closes:
            raise ValueError(
                f"reminders: {name} ({moment:%H:%M}) must fall in working hours, from "
                f"{opens:%H:%M} until {closes:%H:%M}"
            )
    rules: list[RemindRule] = []
    for index, raw in enumerate(data.get("remind", [])):
        try:
            rules.append(_parse_rule(raw))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"remind {index + 1}: {exc}") from None
    if not rules:
        raise ValueError("no [[remind]] entries")
    return ReminderPolicy(tuple(rules), at, digest_at, opens=opens, closes=closes)


def _table(raw: Any, name: str, keys: set[str]) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"[{name}] must be a table")
    unknown = set(raw) - keys
    if unknown:
        raise ValueError(f"{name}: unknown key(s): {', '.join(sorted(unknown))}")
    return raw


def _time(raw: Mapping[str, Any], key: str, name: str, default: time = time(9, 0)) -> time:
    if key not in raw:
        return default
    text = raw[key]
    match = _AT.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f'{name}: {key} must be a time like "09:00" (24-hour, UK time)')
    return time(int(match[1]), int(match[2]))


def _parse_rule(raw: Any) -> RemindRule:
    if not isinstance(raw, Mapping):
        raise ValueError("must be a table ([[remind]])")
    unknown = set(raw) - {"when", "to", "steps", "kinds"}
    if unknown:
        raise ValueError(f"unknown key(s): {', '.join(sorted(unknown))}")
    missing = {"when", "to"} - set(raw)
    if missing:
        raise ValueError(f"missing key(s): {', '.join(sorted(missing))}")
    match = _WHEN.match(raw["when"]) if isinstance(raw["when"], str) else None
    if match is None:
        raise ValueError(
            f"cannot read when = {raw['when']!r}: write '3 working days before', "
            "'on the due day', '2 working days after' or 'every working day after'"
        )
    if match["due"]:
        days, every_day = 0, False
    elif match["every"]:
        days, every_day = 1, True
    else:
        days, every_day = int(match["n"]) * (-1 if match["side"] == "before" else 1), False
    to = raw["to"]
    if not isinstance(to, list) or not to or not all(r in RECIPIENTS for r in to):
        raise ValueError(f"to must be a list of one or more of {', '.join(RECIPIENTS)}")
    steps = raw.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
        raise ValueError("steps must be a list of step ids")
    kinds = raw.get("kinds", ["step"])
    if not isinstance(kinds, list) or not kinds or not all(k in KINDS for k in kinds):
        raise ValueError(f"kinds must be a list of one or more of {', '.join(KINDS)}")
    return RemindRule(
        days, every_day, tuple(dict.fromkeys(to)), tuple(steps), tuple(dict.fromkeys(kinds))
    )
