"""Reminders leave in working hours only, whatever happened before: the scheduler's tick
with a hand-moved clock through a missed Friday and a weekend, a 2 a.m. tick, a closure
day added after planning, a Slack failure just before closing time, a tick that starts
as the window closes, both clock changes, and three schedulers at once as it opens.

Case K's panel and partner notifications are due on Friday 27 November 2026: the owner
is reminded on Tue 24 and Thu 26, the owner and the thread on Fri 27, and from Mon 30 the
owner, the thread and whoever logged the case (the escalation), each working day at 09:00.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from bot.domain.calendar import LONDON, WorkingCalendar
from bot.domain.reminders import parse_reminders
from bot.edge.scheduler import _Ticks, tick
from bot.flows.jobs import TickReport
from bot.rules import RulesError, load_reminders
from bot.usecases.recompute import recompute_open_cases
from bot.views.reminders import late
from storage.models import Reminder
from tests.support.fake_slack import Call
from tests.support.running_bot import OWNER_ID
from tests.support.scheduler_world import World, about, at, who
from tests.support.slack_requests import USER_ID

OWNER, THREAD, ESCALATION = f"dm:{OWNER_ID}", "thread", f"dm:{USER_ID}"


def sent_since(world: World, before: int) -> list[Call]:
    return world.sent()[before:]


def opening_line(call: Call) -> str:
    return call.json_param("blocks")[0]["text"]["text"]


def is_late(call: Call) -> bool:
    return "could not be sent then" in about(call) or "could not be sent then" in str(
        call.json_param("blocks")
    )


def test_a_missed_friday_waits_through_the_weekend_for_mondays_window(world: World) -> None:
    world.log()
    assert len(world.tick(at("2026-11-26", 9)).sent) == 1  # Thursday, as planned
    # Down all Friday; back on Saturday morning.
    saturday = world.tick(at("2026-11-28", 10))
    assert saturday.sent == [] and saturday.waiting == at("2026-11-30", 9)
    assert "reminders wait until Mon 30 Nov 09:00 UK time" in saturday.lines()[-1]
    assert world.tick(at("2026-11-29", 15)).sent == []  # Sunday afternoon
    assert world.tick(at("2026-11-30", 2)).sent == []  # Monday, 2 a.m.
    assert world.tick(at("2026-11-30", 8, 59)).sent == []
    before = len(world.sent())
    monday = world.tick(at("2026-11-30", 9))
    calls = sent_since(world, before)
    assert sorted(who(c) for c in calls) == sorted([OWNER, THREAD, ESCALATION])  # one each
    assert monday.superseded == 4  # Friday's two steps, to the owner and in the thread
    by_who = {who(c): c for c in calls}
    friday = late(date(2026, 11, 27))
    for where in (OWNER, THREAD):
        assert about(by_who[where]).startswith(friday)  # said first, once
        assert about(by_who[where]).count("could not be sent then") == 1
        assert friday in opening_line(by_who[where])
    assert not is_late(by_who[ESCALATION])  # Monday's own, on time
    assert "overdue by 1 working day" in about(by_who[OWNER])
    assert world.tick(at("2026-11-30", 9, 5)).sent == []
    assert world.tick(at("2026-11-30", 16)).sent == []


def test_a_2am_tick_on_a_working_day_sends_nothing_until_the_window(world: World) -> None:
    world.log()
    assert len(world.tick(at("2026-11-24", 9)).sent) == 1
    # Down on Thursday 26th, when the owner's "1 working day before" was due.
    early = world.tick(at("2026-11-27", 2))
    assert early.sent == [] and early.waiting == at("2026-11-27", 9)
    assert world.tick(at("2026-11-27", 8, 59, 59)).sent == []
    before = len(world.sent())
    assert len(world.tick(at("2026-11-27", 9)).sent) == 2  # the owner's, the thread's
    owner = next(c for c in sent_since(world, before) if who(c) == OWNER)
    assert about(owner).startswith(late(date(2026, 11, 26)))
    thread = next(c for c in sent_since(world, before) if who(c) == THREAD)
    assert not is_late(thread)  # the thread was never due a reminder before today


def test_nothing_leaves_at_or_after_closing_time(world: World) -> None:
    world.log()
    closed = world.tick(at("2026-11-24", 17, 30))
    assert closed.sent == [] and closed.waiting == at("2026-11-25", 9)
    assert len(world.tick(at("2026-11-24", 17, 29, 59)).sent) == 1  # the last second


RAPID = "Complete the rapid review"


def _on_time_until_the_closure(world: World) -> date:
    """Case K reminded on time up to Monday 7 December; then the partnership declares
    Tuesday 8 December, when the owner's "3 working days before" the rapid review (due
    Fri 11 Dec) is planned, a closure day: the new calendar is in force from that evening."""
    world.log()
    for day in ("2026-11-24", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01"):
        world.tick(at(day, 9))
    for day in ("2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"):
        world.tick(at(day, 9))
    closure = date(2026, 12, 8)
    world.rules = dataclasses.replace(world.rules, calendar=WorkingCalendar([closure]))
    world.runtime = dataclasses.replace(world.runtime, rules=world.rules)
    return closure


def test_a_closure_day_added_after_planning_holds_its_reminder_for_the_next_working_day(
    world: World,
) -> None:
    closure = _on_time_until_the_closure(world)  # the stored dates not yet brought in line
    before = len(world.sent())
    assert world.tick(at("2026-12-08", 9)).waiting == at("2026-12-09", 9)
    assert world.tick(at("2026-12-08", 14)).sent == []
    world.tick(at("2026-12-09", 9))
    rapid = [c for c in sent_since(world, before) if RAPID in about(c)]
    assert [who(c) for c in rapid] == [OWNER]  # once
    assert about(rapid[0]).startswith(late(closure))
    assert world.tick(at("2026-12-09", 11)).sent == []


def test_a_closure_day_brought_in_line_on_the_day_still_reminds_once(world: World) -> None:
    _on_time_until_the_closure(world)
    # Restarted with the new calendar on the closure day: the dates move a day later.
    recompute_open_cases(world.engine, world.rules, now=at("2026-12-08", 10))
    assert world.step("rapid_review").due_on == date(2026, 12, 14)
    before = len(world.sent())
    assert world.tick(at("2026-12-08", 13)).sent == []
    for day in ("2026-12-09", "2026-12-10"):
        for hour in (9, 13):
            world.tick(at(day, hour))
    rapid = [c for c in sent_since(world, before) if RAPID in about(c)]
    # Wed 9 Dec is now "3 working days before" Mon 14: that reminder, once.
    assert [who(c) for c in rapid] == [OWNER]
    with Session(world.engine) as session:
        held = session.exec(select(Reminder).where(Reminder.status == "planned")).all()
    assert all(world.rules.calendar.is_working_day(r.due_at.date()) for r in held)


def test_a_slack_failure_at_1729_is_retried_in_the_next_window_not_the_evening(
    world: World,
) -> None:
    world.log()
    world.tick(at("2026-11-24", 9))
    # Up again late on Thursday; Slack fails the first attempt at 17:29:45.
    world.fake.fail("chat.postMessage", status=500, times=1)
    failed = world.tick(at("2026-11-26", 17, 29, 45))
    assert len(failed.retrying) == 1
    assert failed.retrying[0].endswith("again after 09:00:00Z")  # Friday morning
    for moment in (at("2026-11-26", 17, 30, 16), at("2026-11-26", 20), at("2026-11-27", 2)):
        assert world.tick(moment).sent == []
    before = len(world.sent())
    friday = world.tick(at("2026-11-27", 9))
    owner = [c for c in sent_since(world, before) if who(c) == OWNER]
    assert len(owner) == 1 and len(friday.sent) == 2
    assert about(owner[0]).startswith(late(date(2026, 11, 26)))


def test_a_tick_that_starts_just_before_closing_hands_back_what_it_cannot_send_in_time(
    world: World,
) -> None:
    world.log()
    world.tick(at("2026-11-24", 9))
    world.tick(at("2026-11-26", 9))
    # Friday, the due day: two messages (the owner's, the thread's); Slack is slow.
    world.fake.delay("chat.postMessage", seconds=2.5, times=1)
    closing = world.tick(at("2026-11-27", 17, 29, 58))
    assert len(closing.sent) == 1 and closing.waiting == at("2026-11-30", 9)
    with Session(world.engine) as session:
        handed_back = session.exec(select(Reminder).where(Reminder.last_error == "after hours"))
        rows = handed_back.all()
    assert rows and all(r.claimed_by is None and r.lease_until == at("2026-11-30", 9) for r in rows)
    assert world.tick(at("2026-11-27", 17, 31)).sent == []
    before = len(world.sent())
    world.tick(at("2026-11-30", 9))
    calls = {who(c): c for c in sent_since(world, before)}
    assert sorted(calls) == sorted([OWNER, THREAD, ESCALATION])
    assert about(calls[THREAD]).startswith(late(date(2026, 11, 27)))
    assert not is_late(calls[OWNER])  # the owner had Friday's on Friday


def _utc(day: str, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour, minute), tzinfo=UTC)


def test_the_october_clock_change_opens_the_window_at_nine_gmt(world: World) -> None:
    # Aware Fri 16 Oct 2026: the notifications are due Fri 23 Oct (BST); clocks go back
    # on Sunday 25th, so Monday's 09:00 is 09:00 UTC, not 08:00.
    world.log(now=_utc("2026-10-19", 9), aware_on=date(2026, 10, 16))
    assert len(world.tick(_utc("2026-10-22", 8)).sent) == 1  # Thursday, 09:00 BST
    assert world.tick(_utc("2026-10-22", 16, 45)).waiting is not None  # 17:45 BST
    # Down on Friday; Monday 08:30 UTC is 08:30 GMT: still closed.
    early = world.tick(_utc("2026-10-26", 8, 30))
    assert early.sent == [] and early.waiting == _utc("2026-10-26", 9)
    assert len(world.tick(_utc("2026-10-26", 9)).sent) == 3
    assert world.tick(_utc("2026-10-26", 17, 15)).sent == []  # 17:15 GMT, open: nothing due


def test_the_march_clock_change_opens_the_window_at_eight_utc(world: World) -> None:
    # Aware Fri 20 Mar 2026: the notifications are due Fri 27 Mar (GMT); clocks go
    # forward on Sunday 29th, so Monday's 09:00 is 08:00 UTC and 17:30 is 16:30 UTC.
    world.log(now=_utc("2026-03-23", 10), aware_on=date(2026, 3, 20))
    early = world.tick(_utc("2026-03-30", 7, 30))
    assert early.sent == [] and early.waiting == _utc("2026-03-30", 8)
    assert len(world.tick(_utc("2026-03-30", 8)).sent) == 3  # one each, once
    assert world.tick(_utc("2026-03-30", 16, 30)).waiting == _utc("2026-03-31", 8)


def test_three_schedulers_through_the_window_opening_send_each_message_once(
    world: World,
) -> None:
    world.log()
    world.tick(at("2026-11-24", 9))
    # Down from Thursday to Monday; three replicas come up and tick together.
    reports: list[TickReport] = []
    for moment in (at("2026-11-30", 8, 59, 59), at("2026-11-30", 9)):
        barrier = threading.Barrier(3)

        def run(name: str, moment: datetime = moment, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            reports.append(tick(world.runtime, world.client, moment, worker=name))

        threads = [threading.Thread(target=run, args=(f"replica-{n}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert sum(len(r.sent) for r in reports[:3]) == 0
    assert sum(len(r.sent) for r in reports[3:]) == 3
    assert sorted(who(c) for c in world.sent()[1:]) == sorted([OWNER, THREAD, ESCALATION])


POLICY, CALENDAR = load_reminders(), WorkingCalendar()


@settings(max_examples=400, deadline=None)
@given(
    moment=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    )
)
def test_the_next_opening_is_the_first_moment_in_working_hours(moment: datetime) -> None:
    opening = POLICY.next_opening(moment, CALENDAR)
    assert opening >= moment and POLICY.in_hours(opening, CALENDAR)
    local = opening.astimezone(LONDON)
    assert CALENDAR.is_working_day(local.date())
    if opening != moment:
        assert local.time() == POLICY.opens
        # Nothing in between is in working hours: not the hour before, nor a day before.
        for earlier in (opening - timedelta(minutes=1), opening - timedelta(days=1)):
            assert earlier < moment or not POLICY.in_hours(earlier, CALENDAR)
    else:
        assert POLICY.opens <= local.time() < POLICY.closes


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ('until = "17:30"\nat = "18:00"', "at (18:00) must fall in working hours"),
        ('from = "10:00"', "at (09:00) must fall in working hours, from 10:00 until 17:30"),
        ('until = "5pm"', 'until must be a time like "09:00"'),
        ('until = "08:00"', "must fall in working hours, from 09:00 until 08:00"),
    ],
)
def test_working_hours_that_cannot_hold_the_reminders_are_refused(
    tmp_path: Path, section: str, message: str
) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text(f"[reminders]\n{section}\n[[remind]]\nwhen = 'on the due day'\nto = ['owner']")
    with pytest.raises(RulesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_reminders(path)


def test_working_hours_are_a_setting() -> None:
    assert (POLICY.opens, POLICY.closes) == (time(9), time(17, 30))
    policy = parse_reminders(
        {
            "reminders": {"at": "10:00", "from": "08:00", "until": "16:00"},
            "digest": {"at": "08:30"},
            "remind": [{"when": "on the due day", "to": ["owner"]}],
        }
    )
    assert (policy.opens, policy.closes, policy.digest_at) == (time(8), time(16), time(8, 30))
    assert not policy.in_hours(at("2026-11-24", 16), CALENDAR)
    assert policy.in_hours(at("2026-11-24", 8), CALENDAR)
    # Unset, the window opens at the earlier of the reminders and the digest.
    earlier = parse_reminders(
        {
            "reminders": {"at": "10:00"},
            "digest": {"at": "08:30"},
            "remind": [{"when": "on the due day", "to": ["owner"]}],
        }
    )
    assert earlier.opens == time(8, 30)


def test_a_scheduler_says_once_until_when_reminders_wait(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    world.log()
    now = [at("2026-11-28", 10)]
    runtime = dataclasses.replace(world.runtime, clock=lambda: now[0])
    ticks = _Ticks(runtime, world.client, None)
    caplog.set_level(logging.INFO, logger="bot.edge.scheduler")
    for moment in (at("2026-11-28", 10), at("2026-11-28", 10, 1), at("2026-11-29", 12)):
        now[0] = moment
        ticks()
    waiting = [r.getMessage() for r in caplog.records if "working hours" in r.getMessage()]
    assert len(waiting) == 1 and waiting[0].endswith("wait until Mon 30 Nov 09:00 UK time.")
    now[0] = at("2026-11-30", 9)
    ticks()
    now[0] = at("2026-11-30", 18)
    ticks()
    waiting = [r.getMessage() for r in caplog.records if "working hours" in r.getMessage()]
    assert len(waiting) == 2 and waiting[1].endswith("wait until Tue 01 Dec 09:00 UK time.")
