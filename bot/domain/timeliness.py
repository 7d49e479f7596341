"""Timeliness: the share of statutory steps done within their deadlines over a period.

These are the figures a partnership reports to the national Panel and in its yearly
report: Panel notifications within 5 working days of awareness, rapid reviews within 15
working days of the notification, final reports sent 7 working days before publication.
The numbers are not written here: each deadline is recomputed from the case's facts with
the partnership's own timetable and working days, so a report agrees with the case card.

A case belongs to the period in which the local authority became aware of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.domain.calendar import WorkingCalendar
from bot.domain.timetable import CLOCKS, Facts, Timetable, compute_steps

#: The steps reported on, with what the report calls them, in the order shown.
MEASURES: tuple[tuple[str, str], ...] = (
    ("panel_notification", "Panel notifications"),
    ("rapid_review", "Rapid reviews sent to the Panel"),
    ("final_report_to_panel", "Final reports sent to the Panel"),
)


@dataclass(frozen=True)
class StepRecord:
    """What was recorded of a case's step: its status and the day it was done."""

    status: str  # open, done, not_applicable, paused
    completed_on: date | None = None


@dataclass(frozen=True)
class CaseRecord:
    """A case as the report needs it: names for the late list, facts for the deadlines."""

    reference: str
    pseudonym: str
    facts: Facts
    steps: Mapping[str, StepRecord]  # by step id
    closed: bool = False


@dataclass(frozen=True)
class Late:
    """A step done after its deadline (``done_on`` set) or still not done past it."""

    reference: str
    pseudonym: str
    due: date
    done_on: date | None
    working_days: int  # how far past the deadline it was done, or is today


@dataclass(frozen=True)
class Met:
    """A step done by its deadline (or before it had one): kept, not only counted, so
    that the workbook can list and chart it by the quarter it was done in."""

    reference: str
    pseudonym: str
    due: date | None
    done_on: date


@dataclass(frozen=True)
class Measure:
    """One reported figure: how many of the period's cases met the deadline."""

    step: str
    label: str
    rule: str  # the deadline in words, from the timetable: "5 working days after awareness"
    met: tuple[Met, ...]
    late: tuple[Late, ...]
    pending: int  # not yet due, paused, or waiting for the date that starts the clock

    @property
    def on_time(self) -> int:
        return len(self.met)

    @property
    def counted(self) -> int:
        """Cases whose deadline has been met or missed."""
        return self.on_time + len(self.late)

    @property
    def done(self) -> int:
        """Cases whose step is done, on time or late."""
        return self.on_time + sum(item.done_on is not None for item in self.late)

    @property
    def share(self) -> float | None:
        """The share within the deadline, or None while nothing has fallen due."""
        return self.on_time / self.counted if self.counted else None


@dataclass(frozen=True)
class TimelinessReport:
    """The figures for cases the local authority became aware of from ``start`` to ``end``."""

    start: date
    end: date
    today: date
    cases: int
    measures: tuple[Measure, ...]


def timeliness(
    cases: Iterable[CaseRecord],
    *,
    start: date,
    end: date,
    today: date,
    timetable: Timetable,
    calendar: WorkingCalendar,
) -> TimelinessReport:
    """The report for the cases aware from ``start`` to ``end`` inclusive, as at ``today``.

    A step counts once its deadline has passed or it is done: done by the deadline is on
    time; done after it, or still open past it, is late. A step marked not applicable, and
    one left open on a case closed early, is not counted. Measures whose step the
    partnership's timetable does not have are left out.
    """
    chosen = [case for case in cases if start <= case.facts.aware_on <= end]
    found = measures(chosen, today=today, timetable=timetable, calendar=calendar)
    return TimelinessReport(start, end, today, len(chosen), found)


#: Whether a case's step counts in a report: given the case, the step and its deadline.
Counts = Callable[[CaseRecord, str, date | None], bool]


def measures(
    cases: Sequence[CaseRecord],
    *,
    today: date,
    timetable: Timetable,
    calendar: WorkingCalendar,
    counts: Counts | None = None,
    steps: Sequence[tuple[str, str]] = MEASURES,
) -> tuple[Measure, ...]:
    """Each of ``steps`` (MEASURES by default) over ``cases``, deadlines recomputed from
    their facts; ``counts`` picks which cases' step is counted (all by default): the
    yearly figures count a step done in the year, or due in it and not done."""
    rules = {rule.step_key: rule for rule in timetable.steps}
    due_dates = [
        {s.step_key: s.due for s in compute_steps(case.facts, timetable, calendar)}
        for case in cases
    ]
    found = []
    for step_id, label in steps:
        rule = rules.get(step_id)
        if rule is None:
            continue
        met: list[Met] = []
        late: list[Late] = []
        pending = 0
        for case, due_on in zip(cases, due_dates, strict=True):
            if step_id not in due_on:
                continue  # the step does not apply to this case
            if counts is not None and not counts(case, step_id, due_on[step_id]):
                continue
            outcome = _outcome(case, step_id, due_on[step_id], today, calendar)
            if isinstance(outcome, Met):
                met.append(outcome)
            elif outcome == "pending":
                pending += 1
            elif isinstance(outcome, Late):
                late.append(outcome)
        clock = CLOCKS.get(rule.clock, f"the {rule.clock.replace('_', ' ')} deadline")
        found.append(
            Measure(
                step_id,
                label,
                f"{rule.offset} {clock}",
                tuple(sorted(met, key=lambda item: (item.done_on, item.reference))),
                tuple(sorted(late, key=lambda item: (item.due, item.reference))),
                pending,
            )
        )
    return tuple(found)


def _outcome(
    case: CaseRecord, step_id: str, due: date | None, today: date, calendar: WorkingCalendar
) -> str | Met | Late | None:
    """A :class:`Met`, ``pending``, a :class:`Late`, or None when the step does not count."""
    record = case.steps.get(step_id, StepRecord("open"))
    if record.status == "not_applicable":
        return None
    if record.status == "done" and record.completed_on is not None:
        if due is None or record.completed_on <= due:
            return Met(case.reference, case.pseudonym, due, record.completed_on)
        late_by = calendar.working_days_between(due, record.completed_on)
        return Late(case.reference, case.pseudonym, due, record.completed_on, late_by)
    if case.closed:
        return None
    if record.status == "paused" or due is None or due >= today:
        return "pending"
    late_by = calendar.working_days_between(due, today)
    return Late(case.reference, case.pseudonym, due, None, late_by)
