"""The working-day calendar against gov.uk's bank holiday list and a day-by-day oracle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.calendar import WorkingCalendar

# England & Wales bank holidays that fall on weekdays, as published on gov.uk/bank-holidays,
# typed in by hand so that the test does not trust the package it checks.
BANK_HOLIDAYS = {
    2022: [
        "01-03",
        "04-15",
        "04-18",
        "05-02",
        "06-02",
        "06-03",
        "08-29",
        "09-19",
        "12-26",
        "12-27",
    ],
    2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
    2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
    2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
    2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
}

CALENDAR = WorkingCalendar()


def _days(year: int) -> list[date]:
    start = date(year, 1, 1)
    return [start + timedelta(n) for n in range((date(year + 1, 1, 1) - start).days)]


@pytest.mark.parametrize("year", sorted(BANK_HOLIDAYS))
def test_weekday_closures_are_exactly_the_bank_holidays(year: int) -> None:
    closed = {d for d in _days(year) if d.weekday() < 5 and not CALENDAR.is_working_day(d)}
    assert closed == {date.fromisoformat(f"{year}-{md}") for md in BANK_HOLIDAYS[year]}


def test_weekends_are_never_working_days() -> None:
    assert not any(CALENDAR.is_working_day(d) for d in _days(2026) if d.weekday() >= 5)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2022, 9, 19), "State Funeral"),
        (date(2022, 6, 3), "Platinum Jubilee"),
        (date(2023, 5, 8), "Coronation"),
        (date(2026, 12, 28), "Boxing Day"),
    ],
)
def test_one_off_and_substitute_days(day: date, name: str) -> None:
    assert not CALENDAR.is_working_day(day)
    assert name in (CALENDAR.holiday_name(day) or "")


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 23), 5, date(2026, 11, 30)),  # Monday: the next Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # aware on a Saturday
        (date(2026, 11, 28), 5, date(2026, 12, 4)),
        (date(2026, 12, 25), 1, date(2026, 12, 29)),  # aware on Christmas Day
        (date(2026, 12, 21), 5, date(2026, 12, 30)),  # over Christmas and the substitute day
        (date(2022, 9, 16), 1, date(2022, 9, 20)),  # over the State Funeral
        (date(2023, 5, 5), 1, date(2023, 5, 9)),  # over the Coronation
        (date(2026, 11, 23), 15, date(2026, 12, 14)),
        (date(2027, 9, 6), -7, date(2027, 8, 25)),  # before, over the August bank holiday
        (date(2026, 11, 28), -1, date(2026, 11, 27)),
        (date(2026, 11, 28), 0, date(2026, 11, 30)),
        (date(2026, 11, 27), 0, date(2026, 11, 27)),
    ],
)
def test_add_working_days(start: date, count: int, expected: date) -> None:
    assert CALENDAR.add_working_days(start, count) == expected


def test_closure_days_are_not_working_days() -> None:
    calendar = WorkingCalendar(closure_days=[date(2026, 12, 29), date(2026, 12, 30)])
    assert calendar.holiday_name(date(2026, 12, 29)) == "Partnership closure day"
    assert calendar.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 31)
    assert CALENDAR.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)


def test_a_reopened_bank_holiday_is_a_working_day_again() -> None:
    """A bank holiday moved after the holiday list was made: its old date is reopened."""
    substitute = date(2026, 12, 28)  # the Boxing Day substitute
    calendar = WorkingCalendar(open_days=[substitute])
    assert calendar.holiday_name(substitute) is None
    assert calendar.is_working_day(substitute)
    assert calendar.add_working_days(date(2026, 12, 24), 1) == substitute
    assert substitute not in calendar.closed_days(2026, 2026)
    assert CALENDAR.holiday_name(substitute) is not None


def test_far_dates_extend_the_calendar() -> None:
    calendar = WorkingCalendar()
    assert calendar.add_working_days(date(2026, 1, 1), 1) == date(2026, 1, 2)
    assert calendar.add_working_days(date(1995, 12, 22), 1) == date(1995, 12, 27)
    assert calendar.add_working_days(date(2026, 1, 1), 2000) > date(2033, 1, 1)
    assert calendar.working_days_between(date(2040, 1, 2), date(2040, 1, 3)) == 1


# --- properties against a day-by-day oracle ----------------------------------------------


def _oracle_add(calendar: WorkingCalendar, start: date, count: int) -> date:
    step = timedelta(days=1 if count > 0 else -1)
    day, left = start, abs(count)
    while left:
        day += step
        left -= calendar.is_working_day(day)
    return day


days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
closures = st.frozensets(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)), max_size=20
)


@settings(max_examples=300, deadline=None)
@given(start=days, count=st.integers(-300, 300).filter(bool), closed=closures)
def test_add_working_days_matches_the_oracle(
    start: date, count: int, closed: frozenset[date]
) -> None:
    calendar = WorkingCalendar(closed)
    due = calendar.add_working_days(start, count)
    assert due == _oracle_add(calendar, start, count)
    assert calendar.is_working_day(due)
    assert due.weekday() < 5 and due not in closed
    if count > 0:  # "N working days after D" and "N working days left" agree
        assert calendar.working_days_between(start, due) == count


@settings(max_examples=200, deadline=None)
@given(a=days, b=days)
def test_working_days_between_counts_days_after_start_up_to_end(a: date, b: date) -> None:
    lo, hi = min(a, b), max(a, b)
    count = sum(CALENDAR.is_working_day(lo + timedelta(n)) for n in range(1, (hi - lo).days + 1))
    assert CALENDAR.working_days_between(a, b) == (count if a <= b else -count)


@given(day=days)
def test_rolling_lands_on_the_nearest_working_day(day: date) -> None:
    forward, back = CALENDAR.roll_forward(day), CALENDAR.roll_back(day)
    assert CALENDAR.is_working_day(forward) and CALENDAR.is_working_day(back)
    assert back <= day <= forward
    assert (forward == day) == CALENDAR.is_working_day(day) == (back == day)
