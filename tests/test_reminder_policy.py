"""The reminder policy, pure: which working day and hour each rule fires on, and when not."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.calendar import LONDON, WorkingCalendar
from bot.domain.reminders import (
    PlannedReminder,
    ReminderPolicy,
    RemindRule,
    StepState,
    parse_reminders,
    plan_reminders,
)
from bot.rules import RulesError, load_reminders, load_rules

CALENDAR = WorkingCalendar()
POLICY = load_reminders()


def at(day: str, hour: int = 9, minute: int = 0) -> datetime:
    """A London wall-clock time as the UTC instant reminders are stored at."""
    local = datetime.combine(date.fromisoformat(day), time(hour, minute), tzinfo=LONDON)
    return local.astimezone(UTC)


def plan(
    due: str | None,
    now: datetime,
    *,
    needs_action: bool = True,
    snoozed: str | None = None,
    step: str = "panel_notification",
    policy: ReminderPolicy = POLICY,
) -> list[tuple[datetime, str]]:
    state = StepState(
        step,
        date.fromisoformat(due) if due else None,
        needs_action,
        date.fromisoformat(snoozed) if snoozed else None,
    )
    return [(r.at, r.to) for r in plan_reminders(policy, state, CALENDAR, now)]


def test_the_default_policy() -> None:
    assert POLICY.at == time(9) and POLICY.digest_at == time(9)
    assert [(r.days, r.every_day, r.to, r.kinds) for r in POLICY.rules] == [
        (-3, False, ("owner",), ("step",)),
        (-1, False, ("owner",), ("step", "item", "action")),
        (0, False, ("owner", "thread"), ("step",)),
        (1, True, ("owner", "thread", "escalation"), ("step",)),
        (0, False, ("owner",), ("item",)),
        (1, True, ("owner",), ("item",)),
        (0, False, ("owner",), ("action",)),
        (1, True, ("owner", "escalation"), ("action",)),
    ]


def test_a_checklist_items_owner_is_reminded_the_day_before_on_the_day_and_while_overdue() -> None:
    item = StepState("police_summary", date(2026, 11, 27), True, kind="item")
    planned = plan_reminders(POLICY, item, CALENDAR, at("2026-12-01", 10))
    assert [(r.at, r.to) for r in planned] == [
        (at("2026-11-26"), "owner"),  # Thursday, the working day before
        (at("2026-11-27"), "owner"),  # the due day
        (at("2026-11-30"), "owner"),  # overdue, each working day ...
        (at("2026-12-01"), "owner"),
        (at("2026-12-02"), "owner"),  # ... to the first one still to come
    ]


def test_a_rule_covers_steps_only_unless_it_says_so() -> None:
    policy = parse_reminders({"remind": [{"when": "on the due day", "to": ["owner"]}]})
    item = StepState("police_summary", date(2026, 11, 27), True, kind="item")
    assert plan_reminders(policy, item, CALENDAR, at("2026-11-23")) == []
    both = parse_reminders(
        {"remind": [{"when": "on the due day", "to": ["owner"], "kinds": ["item", "step"]}]}
    )
    assert plan_reminders(both, item, CALENDAR, at("2026-11-23")) == [
        PlannedReminder(at("2026-11-27"), "owner")
    ]


def test_each_rule_fires_on_its_working_day_at_nine() -> None:
    # Due Friday 27 November 2026; planned on the Monday before, at 08:00.
    assert plan("2026-11-27", at("2026-11-23", 8)) == [
        (at("2026-11-24"), "owner"),  # 3 working days before
        (at("2026-11-26"), "owner"),  # 1 working day before
        (at("2026-11-27"), "owner"),  # the due day
        (at("2026-11-27"), "thread"),
        (at("2026-11-30"), "escalation"),  # overdue: the next working day, a Monday
        (at("2026-11-30"), "owner"),
        (at("2026-11-30"), "thread"),
    ]


def test_weekends_and_bank_holidays_are_skipped() -> None:
    # Due Wednesday 30 December 2026: Christmas (Fri 25), the substitute Boxing Day
    # (Mon 28) and New Year's Day (Fri 1 Jan) are not working days.
    planned = plan("2026-12-30", at("2026-12-31", 10), step="rapid_review")
    days = sorted({moment.astimezone(LONDON).date() for moment, _ in planned})
    assert days == [
        date(2026, 12, 23),  # 3 working days before: Tue 29, Thu 24, Wed 23
        date(2026, 12, 29),  # 1 working day before
        date(2026, 12, 30),  # the due day
        date(2026, 12, 31),  # overdue, 1 working day
        date(2027, 1, 4),  # overdue, 2: after New Year's Day and the weekend
    ]


def test_nine_in_london_is_eight_utc_in_summer() -> None:
    planned = plan("2026-03-30", at("2026-03-20", 8))
    # Friday 27 March is still GMT; Monday 30 March is BST (clocks went forward on 29th).
    assert (at("2026-03-27"), "owner") in planned
    assert at("2026-03-27") == datetime(2026, 3, 27, 9, tzinfo=UTC)
    assert (datetime(2026, 3, 30, 8, tzinfo=UTC), "thread") in planned


def test_an_overdue_step_is_reminded_each_working_day_up_to_the_next() -> None:
    planned = plan("2026-11-27", at("2026-12-02", 10))
    overdue = sorted({m for m, to in planned if to == "escalation"})
    # Past ones are in the plan (a stored one missed in an outage is kept); the series runs
    # to the first one after "now", and is carried on each time it is planned again.
    assert overdue == [at("2026-11-30"), at("2026-12-01"), at("2026-12-02"), at("2026-12-03")]
    # At nine the day's reminder is due, so the next working day's joins the plan.
    before_nine = plan("2026-11-27", at("2026-12-02", 8, 59))
    next_day = [(at("2026-12-03"), to) for to in ("escalation", "owner", "thread")]
    assert plan("2026-11-27", at("2026-12-02", 9)) == before_nine + next_day


@pytest.mark.parametrize(
    ("due", "needs_action"),
    [("2026-11-27", False), (None, True)],
    ids=["done, not applicable, paused or closed", "no due date yet"],
)
def test_nothing_is_planned_for_a_step_that_needs_nothing(
    due: str | None, needs_action: bool
) -> None:
    assert plan(due, at("2026-11-23"), needs_action=needs_action) == []


def test_a_snooze_drops_reminders_before_it_and_reminds_the_owner_when_it_ends() -> None:
    planned = plan("2026-11-27", at("2026-11-24", 9, 30), snoozed="2026-11-25")
    assert planned[:2] == [(at("2026-11-25"), "owner"), (at("2026-11-26"), "owner")]
    assert all(moment >= at("2026-11-25") for moment, _ in planned)
    # Snoozed past the due date: the overdue series waits for it, then carries on.
    overdue = plan("2026-11-27", at("2026-11-30", 9, 30), snoozed="2026-12-02")
    assert overdue[0] == (at("2026-12-02"), "escalation")
    assert {m for m, _ in overdue} == {at("2026-12-02")}


def test_rules_can_be_limited_to_some_steps_and_fire_at_another_hour() -> None:
    policy = ReminderPolicy(
        (RemindRule(-10, False, ("owner",), ("lcspr_publication",)),), at=time(14, 30)
    )
    assert plan("2027-06-30", at("2027-01-04"), step="lcspr_publication", policy=policy) == [
        (at("2027-06-16", 14, 30), "owner")
    ]
    assert plan("2027-06-30", at("2027-01-04"), step="rapid_review", policy=policy) == []


@settings(max_examples=300, deadline=None)
@given(
    due=st.dates(min_value=date(2022, 1, 1), max_value=date(2030, 12, 31)),
    lag=st.integers(min_value=-20, max_value=40),
    hour=st.integers(min_value=0, max_value=23),
)
def test_reminders_only_ever_fall_on_working_days_at_the_policy_hour(
    due: date, lag: int, hour: int
) -> None:
    now = datetime.combine(due + timedelta(days=lag), time(hour), tzinfo=LONDON)
    for reminder in plan_reminders(POLICY, StepState("x", due, True), CALENDAR, now):
        local = reminder.at.astimezone(LONDON)
        assert CALENDAR.is_working_day(local.date()), local
        assert local.time() == time(9)
    planned = plan_reminders(POLICY, StepState("x", due, True), CALENDAR, now)
    assert planned == sorted(set(planned))
    assert max(r.at for r in planned) > now  # an open step always has one still to come
    assert isinstance(planned[0], PlannedReminder)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[remind]]\nwhen = 'soon'\nto = ['owner']", "remind 1: cannot read when = 'soon'"),
        ("[[remind]]\nwhen = 'on the due day'\nto = ['boss']", "to must be a list of one or"),
        ("[[remind]]\nwhen = 'on the due day'", "remind 1: missing key(s): to"),
        (
            "[[remind]]\nwhen = 'on the due day'\nto = ['owner']\nkinds = ['task']",
            "remind 1: kinds must be a list of one or more of step, item, action",
        ),
        ("[reminders]\nat = '9am'\n[[remind]]\nwhen = 'on the due day'\nto = ['owner']", "09:00"),
        ("[remindrs]\nat = '09:00'", "unknown section(s): remindrs"),
        ("[reminders]\nat = '09:00'", "no [[remind]] entries"),
    ],
)
def test_a_bad_policy_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text(text)
    with pytest.raises(RulesError, match=r"^" + str(path)) as raised:
        load_reminders(path)
    assert message in str(raised.value)


def test_a_policy_without_a_digest_section_has_no_digest() -> None:
    policy = parse_reminders({"remind": [{"when": "2 working days after", "to": ["thread"]}]})
    assert policy.digest_at is None
    assert policy.rules == (RemindRule(2, False, ("thread",)),)


def test_a_policy_naming_an_unknown_step_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text("[[remind]]\nwhen = 'on the due day'\nto = ['owner']\nsteps = ['rapid']")
    with pytest.raises(RulesError, match="does not have: rapid"):
        load_rules(reminders=path)


def test_a_policy_naming_a_minimum_period_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text(
        "[[remind]]\nwhen = 'on the due day'\nto = ['owner']\nsteps = ['report_availability']"
    )
    with pytest.raises(RulesError, match="no deadline to remind of: report_availability"):
        load_rules(reminders=path)
