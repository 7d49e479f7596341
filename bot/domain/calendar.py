"""England & Wales working days, with a partnership's own closure days.

Statutory deadlines count working days: Monday to Friday, not a bank holiday in England &
Wales (one-off and substitute days included, from the ``holidays`` package) and not a day
the partnership has declared closed. Day 0 is the clock's own date.

Deadlines for many cases are recomputed at once, so the calendar precomputes, for a span of
years, the ordered list of working days and a running count per day: every question is
then two list look-ups instead of a walk day by day. The span grows on demand.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    import holidays

#: Times are stored in UTC and shown, and deadlines dated, in London, whatever the host's TZ.
LONDON = ZoneInfo("Europe/London")


def london_date(moment: datetime) -> date:
    """The date in England at an (aware) instant: what "today" means for a deadline."""
    return moment.astimezone(LONDON).date()


def day(value: date) -> str:
    """A date as staff read it, in messages and in a deadline's basis: ``Wed 30 Dec 2026``."""
    return f"{value:%a} {value.day} {value:%b %Y}"


#: Years on either side of a requested date that a rebuild covers, so that offsets of a
#: few hundred working days and neighbouring cases rarely force another rebuild.
_MARGIN_YEARS = 3


@dataclass(frozen=True)
class _Span:
    """Precomputed working days for the years ``first_year..last_year`` inclusive."""

    first_year: int
    last_year: int
    base: int  # ordinal of 1 January of first_year
    running: list[int]  # running[i]: working days in [base, base + i]
    working: list[int]  # ordinals of the working days, ascending

    def covers(self, ordinal: int) -> bool:
        return 0 <= ordinal - self.base < len(self.running)


class WorkingCalendar:
    """Answers working-day questions for England & Wales plus local closure days, less
    the bank holidays a partnership has reopened (moved since its holiday list was made)."""

    def __init__(self, closure_days: Iterable[date] = (), open_days: Iterable[date] = ()) -> None:
        self.closure_days = frozenset(closure_days)
        self.open_days = frozenset(open_days)
        self._span: _Span | None = None
        self._lock = threading.Lock()

    def holiday_name(self, day: date) -> str | None:
        """Why ``day`` is not a working day apart from weekends, or None."""
        if day in self.closure_days:
            return "Partnership closure day"
        if day in self.open_days:
            return None
        return _bank_holidays(day.year, day.year).get(day)

    def closed_days(self, first_year: int, last_year: int) -> frozenset[date]:
        """Every bank holiday and closure day of those years: what a change to the
        calendar (a new closure day, an upgraded holiday list) changes."""
        bank = _bank_holidays(first_year, last_year).keys() - self.open_days
        local = {day for day in self.closure_days if first_year <= day.year <= last_year}
        return frozenset(bank) | local

    def is_working_day(self, day: date) -> bool:
        ordinal = day.toordinal()
        span = self._span_for(ordinal)
        i = ordinal - span.base
        return span.running[i] != (span.running[i - 1] if i else 0)

    def add_working_days(self, day: date, count: int) -> date:
        """The date ``count`` working days after ``day`` (before it when negative).

        ``day`` is day 0 and need not be a working day itself: three working days after a
        Saturday is the Wednesday. With ``count == 0`` the result is ``day`` if it is a
        working day, otherwise the next one.
        """
        if count == 0:
            return self.roll_forward(day)
        ordinal = day.toordinal()
        # Working days are never more than twice as sparse as calendar days, and a fortnight
        # covers the Christmas cluster: cover that reach, then answer by index.
        self._span_for(ordinal + 2 * count + (14 if count > 0 else -14))
        span = self._span_for(ordinal)
        if count > 0:
            index = span.running[ordinal - span.base] + count - 1
        else:
            index = span.running[ordinal - span.base - 1] + count
        return date.fromordinal(span.working[index])

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative if end < start.

        This is the "working days left" (or overdue) figure shown beside a deadline.
        """
        if end < start:
            return -self.working_days_between(end, start)
        a, b = start.toordinal(), end.toordinal()
        self._span_for(a)
        span = self._span_for(b)  # spans only ever grow, so this one covers both
        return span.running[b - span.base] - span.running[a - span.base]

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a working day, else the next working day."""
        if self.is_working_day(day):
            return day
        return self.add_working_days(day, 1)

    def roll_back(self, day: date) -> date:
        """``day`` if it is a working day, else the working day before it."""
        if self.is_working_day(day):
            return day
        return self.add_working_days(day, -1)

    def _span_for(self, ordinal: int) -> _Span:
        span = self._span
        if span is not None and span.covers(ordinal):
            return span
        return self._extend(ordinal)

    def _extend(self, ordinal: int) -> _Span:
        year = date.fromordinal(max(1, min(ordinal, date.max.toordinal()))).year
        with self._lock:
            span = self._span
            first, last = year - _MARGIN_YEARS, year + _MARGIN_YEARS
            if span is not None:
                first, last = min(span.first_year, first), max(span.last_year, last)
            if span is None or (first, last) != (span.first_year, span.last_year):
                span = self._build(max(first, 1), min(last, 9998))
                self._span = span
            return span

    def _build(self, first_year: int, last_year: int) -> _Span:
        closed = (_bank_holidays(first_year, last_year).keys() - self.open_days) | self.closure_days
        start = date(first_year, 1, 1)
        days = (date(last_year, 12, 31) - start).days + 1
        running: list[int] = []
        working: list[int] = []
        count = 0
        day = start
        one = timedelta(days=1)
        for _ in range(days):
            if day.weekday() < 5 and day not in closed:
                count += 1
                working.append(day.toordinal())
            running.append(count)
            day += one
        return _Span(first_year, last_year, start.toordinal(), running, working)


def _bank_holidays(first_year: int, last_year: int) -> holidays.HolidayBase:
    """England & Wales bank holidays; the ENG subdivision of GB carries the E&W list.

    The package is imported on first use, not at start: it is large, and the server should
    answer before any date has been counted."""
    import holidays

    return holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
