"""The partnership's yearly figures about reviews: what its yearly report says about the
year's serious incidents, their rapid reviews, the decisions, the local reviews and the
learning taken into practice (Working Together 2023: the partners report on it yearly).

Pure: plain records in, figures out. Every figure is counted from stored dates and words
(the notification, the sending, the decision, publication, each action's due and done
dates), so the report can be checked against the cases. The timeliness of the statutory
steps is :mod:`bot.domain.timeliness`'s, counted over the steps done in the year or due
in it and not done.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from bot.domain.actions import ActionStatus, AssuranceResult, Origin
from bot.domain.calendar import WorkingCalendar
from bot.domain.review import NationalDecision, PanelAnswer
from bot.domain.timeliness import MEASURES, CaseRecord, Measure, measures
from bot.domain.timetable import Timetable, YearlyReportRule
from bot.domain.words import Decision, Status

#: Days in an average month, for a time to publication in months.
MONTH_DAYS = 365.25 / 12

#: The statutory steps whose timeliness the year reports: the timeliness report's, and the
#: notifications of a looked-after child's or a care leaver's death, which the yearly
#: report accounts for although no rapid review follows them.
YEARLY_MEASURES: tuple[tuple[str, str], ...] = (
    *MEASURES,
    ("looked_after_death_notification", "Looked-after children's deaths notified"),
    ("care_leaver_death_notification", "Care leavers' deaths notified"),
)


# -- the reporting year ---------------------------------------------------------------


@dataclass(frozen=True)
class YearStart:
    """The day a reporting year starts, every year: 1 April (April to March) by default."""

    month: int = 4
    day: int = 1

    def __post_init__(self) -> None:
        if (self.month, self.day) == (2, 29):
            raise ValueError("29 February is not in every year: choose another day")
        date(2001, self.month, self.day)  # raises ValueError for 04-31 and the like

    @classmethod
    def parse(cls, text: str) -> YearStart:
        """``04-01`` (MM-DD); ValueError naming the problem otherwise."""
        found = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text.strip())
        if found is None:
            raise ValueError("must be a month and day, MM-DD, such as 04-01 (1 April)")
        try:
            return cls(int(found[1]), int(found[2]))
        except ValueError as exc:
            raise ValueError(f"{text.strip()} cannot start a reporting year ({exc})") from None

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"


#: The default: April to March, the financial year most partnerships report on.
APRIL = YearStart(4, 1)


@dataclass(frozen=True)
class ReportingYear:
    """One reporting year, from ``start`` to ``end`` inclusive."""

    start: date
    end: date

    @property
    def label(self) -> str:
        """``2026-27`` for a year across two calendar years, ``2026`` for a calendar year."""
        if self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.year}-{self.end.year % 100:02d}"

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @property
    def quarters(self) -> tuple[ReportingYear, ...]:
        """The year's four quarters from its start: the workbook charts timeliness by them."""
        starts = [self.start + relativedelta(months=3 * n) for n in range(4)]
        ends = [later - timedelta(days=1) for later in starts[1:]] + [self.end]
        return tuple(ReportingYear(s, e) for s, e in zip(starts, ends, strict=True))


def reporting_year(first: int, starts: YearStart) -> ReportingYear:
    """The reporting year that starts in calendar year ``first``."""
    start = date(first, starts.month, starts.day)
    return ReportingYear(start, date(first + 1, starts.month, starts.day) - timedelta(days=1))


def year_of(day: date, starts: YearStart) -> ReportingYear:
    """The reporting year ``day`` is in."""
    this = reporting_year(day.year, starts)
    return this if day >= this.start else reporting_year(day.year - 1, starts)


def parse_year(text: str, starts: YearStart) -> ReportingYear | None:
    """``2026-27`` (or ``2026/27``, ``2026-2027``): the year starting in 2026; ``2026`` when
    the year is the calendar year. None for anything else, or a year that does not follow
    (``2026-28``), or one no calendar holds (``0000-01``, ``9999-00``)."""
    found = re.fullmatch(r"(\d{4})(?:[-/](\d{2}|\d{4}))?", text.strip())
    if found is None or not MINYEAR <= int(found[1]) < MAXYEAR:  # its end too is a date
        return None
    year = reporting_year(int(found[1]), starts)
    second = found[2]
    if second is None:
        return year if year.start.year == year.end.year else None
    if year.start.year == year.end.year:
        return None
    wanted = year.end.year if len(second) == 4 else year.end.year % 100
    return year if int(second) == wanted else None


@dataclass(frozen=True)
class YearlyReminder:
    """The yearly report a reminder is about: its reporting year and due date, and the
    reminder day it stands for."""

    year: ReportingYear
    due_on: date
    remind_on: date


def yearly_reminder(
    rule: YearlyReportRule, *, today: date, starts: YearStart, calendar: WorkingCalendar
) -> YearlyReminder | None:
    """The reminder of the yearly report wanted by ``today``: the report falling due next
    (on or after today) and its latest reminder day up to today, so that a day missed while
    no process ran is still reminded of, once, until the report is due; None before the
    first reminder day. Reminder days count working days back from a due date that is
    itself a working day, so none falls on a weekend or a bank holiday."""
    this = year_of(today, starts)
    before = reporting_year(this.start.year - 1, starts)
    year = before if rule.due.apply(before.end, calendar) >= today else this
    due = rule.due.apply(year.end, calendar)
    passed = [day for day in (o.apply(due, calendar) for o in rule.remind) if day <= today]
    return YearlyReminder(year, due, max(passed)) if passed else None


# -- the records ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRecord:
    """A case as the yearly figures need it: timeliness's record (its facts hold the
    notification, the decision and publication), and what was recorded after the rapid
    review."""

    case: CaseRecord
    national_decision: NationalDecision | None = None
    national_decided_on: date | None = None
    target_on: date | None = None  # the local review's target (its target step's due date)
    publication_kind: str | None = None
    delay_reason: str | None = None  # as told to the Panel and the Secretary of State
    delay_told_on: date | None = None
    proceedings: tuple[str, ...] = ()  # the kinds of proceedings recorded alongside
    sent_on: date | None = None  # the rapid review sent to the Panel
    answer: PanelAnswer | None = None  # what the Panel said, and when
    answered_on: date | None = None

    @property
    def commissioned_on(self) -> date | None:
        """When a local review was commissioned: by the decision, or by the Panel's
        decision after a national review was recommended."""
        facts = self.case.facts
        if facts.decision == Decision.LCSPR:
            return facts.decided_on
        if self.national_decision == NationalDecision.LOCAL_REVIEW:
            return self.national_decided_on
        return None


@dataclass(frozen=True)
class ActionRecord:
    """An improvement action as stored, named by its case's reference and pseudonym."""

    reference: str
    pseudonym: str
    title: str
    agency: str
    due_on: date | None
    status: str
    done_on: date | None = None
    assurance_result: str | None = None
    assured_on: date | None = None
    origin: str = Origin.LOCAL  # the review it comes from


@dataclass(frozen=True)
class RulesUsed:
    """What the figures were computed with: the fingerprint of the rules in force now (the
    deadlines are recomputed with them), and the one the ``applied_rules`` table holds for
    the stored due dates, with when those rules were applied. A rule changed after a year
    ended changes that year's deadlines: the report says so rather than hide it."""

    fingerprint: str
    stored: str | None = None
    applied_at: datetime | None = None

    @property
    def short(self) -> str:
        return self.fingerprint[:12]


# -- the figures --------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseLine:
    """A case the year's figures about cases count, with each date that puts it in them
    (None: not in the year): a reader can check a count against the cases behind it."""

    reference: str
    pseudonym: str
    notified_on: date | None
    decision: Decision | None
    decided_on: date | None
    national_decision: NationalDecision | None
    national_decided_on: date | None
    commissioned_on: date | None


class Standing(StrEnum):
    """Where an action due in the year stands: the actions figures count these."""

    DONE_ON_TIME = "done on time"
    DONE_LATE = "done late"
    OVERDUE = "open, past its due date"
    NOT_YET_DUE = "open, not yet due"
    NOT_TAKEN_FORWARD = "not taken forward"


@dataclass(frozen=True)
class ActionEntry:
    """An action the year's figures count: due in the year (where it stands), or with its
    assurance result recorded in the year, or both."""

    action: ActionRecord
    standing: Standing | None  # None: not due in the year
    assured: AssuranceResult | None  # the result recorded in the year


@dataclass(frozen=True)
class Publication:
    """A local review published in the year, and how long it took from commissioning."""

    reference: str
    pseudonym: str
    commissioned_on: date
    published_on: date
    target_on: date | None
    kind: str | None

    @property
    def days(self) -> int:
        return (self.published_on - self.commissioned_on).days

    @property
    def within_target(self) -> bool | None:
        return None if self.target_on is None else self.published_on <= self.target_on


@dataclass(frozen=True)
class Delay:
    """A local review past its target unpublished during the year, and why."""

    reference: str
    pseudonym: str
    target_on: date
    published_on: date | None  # published late in the year, or still not
    days_past: int  # from the target to publication, or to today
    reason: str | None  # as told to the Panel, if it was
    told_on: date | None
    proceedings: tuple[str, ...]


@dataclass(frozen=True)
class ActionLine:
    """An action done late, or still open past its due date."""

    reference: str
    pseudonym: str
    agency: str
    title: str
    due_on: date
    done_on: date | None  # None: still open
    working_days: int  # how late it was done, or is today


@dataclass(frozen=True)
class PanelReply:
    """The Panel's answer to a rapid review, recorded in the year, and how many working
    days after the sending it came."""

    reference: str
    pseudonym: str
    sent_on: date
    answered_on: date
    answer: PanelAnswer
    working_days: int


@dataclass(frozen=True)
class ActionCounts:
    """One agency's actions (or everyone's): those due in the year, where each stands,
    and the assurance results recorded in the year."""

    agency: str
    due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0  # still open past the due date
    not_yet_due: int = 0  # open, due later in the year
    not_taken_forward: int = 0
    assurance: Mapping[AssuranceResult, int] = field(default_factory=dict)


@dataclass(frozen=True)
class YearlyReport:
    """The figures of one reporting year, as at ``today``."""

    year: ReportingYear
    today: date
    cases: tuple[CaseLine, ...]  # notified, decided or commissioned in the year
    timeliness: tuple[Measure, ...]  # the statutory steps done in the year, or due and not
    published: tuple[Publication, ...]
    delayed: tuple[Delay, ...]
    actions: ActionCounts  # everyone's
    by_agency: tuple[ActionCounts, ...]
    late_actions: tuple[ActionLine, ...]
    open_actions: tuple[ActionLine, ...]
    counted_actions: tuple[ActionEntry, ...]  # behind the actions' figures, by due date
    panel_replies: tuple[PanelReply, ...] = ()  # answers recorded in the year, by date
    unanswered: tuple[CaseLine, ...] = ()  # sent in the year, no answer yet
    learning_reviews: tuple[CaseLine, ...] = ()  # practice learning reviews of the year
    rules: RulesUsed | None = None

    def measure(self, step: str) -> Measure | None:
        return next((m for m in self.timeliness if m.step == step), None)

    @property
    def notified(self) -> int:
        """Panel notifications recorded in the year."""
        return sum(c.notified_on is not None for c in self.cases)

    @property
    def decisions(self) -> Mapping[Decision, int]:
        """Decisions after the rapid review made in the year, every kind."""
        decided = Counter(c.decision for c in self.cases)
        return {d: decided[d] for d in Decision}

    @property
    def national(self) -> Mapping[NationalDecision, int]:
        """The Panel's decisions in the year on national reviews recommended to it."""
        decided = Counter(c.national_decision for c in self.cases)
        return {d: decided[d] for d in NationalDecision}

    @property
    def commissioned(self) -> int:
        """Local reviews commissioned in the year."""
        return sum(c.commissioned_on is not None for c in self.cases)

    @property
    def median_days(self) -> float | None:
        """The median time from commissioning to publication, in days."""
        return statistics.median(p.days for p in self.published) if self.published else None

    @property
    def longest(self) -> Publication | None:
        return max(self.published, key=lambda p: (p.days, p.reference), default=None)

    @property
    def by_origin(self) -> Mapping[Origin, int]:
        """The actions due in the year, by the review they come from."""
        due = Counter(e.action.origin for e in self.counted_actions if e.standing is not None)
        return {origin: due[origin] for origin in Origin}

    @property
    def answers(self) -> Mapping[PanelAnswer, int]:
        """What the Panel said in its answers recorded in the year, every kind."""
        said = Counter(reply.answer for reply in self.panel_replies)
        return {answer: said[answer] for answer in PanelAnswer}

    @property
    def median_answer_days(self) -> float | None:
        """The median working days from sending a rapid review to the Panel's answer."""
        days = [reply.working_days for reply in self.panel_replies]
        return statistics.median(days) if days else None

    @property
    def slowest_answer(self) -> PanelReply | None:
        return max(self.panel_replies, key=lambda r: (r.working_days, r.reference), default=None)


def yearly(
    cases: Iterable[ReviewRecord],
    actions: Iterable[ActionRecord],
    *,
    year: ReportingYear,
    today: date,
    timetable: Timetable,
    calendar: WorkingCalendar,
    rules: RulesUsed | None = None,
) -> YearlyReport:
    """The figures of ``year`` as at ``today`` from the cases and actions (any superset of
    those the year concerns: each figure picks its own by its dates), computed with
    ``rules``."""
    records = list(cases)

    def counts(case: CaseRecord, step: str, due: date | None) -> bool:
        record = case.steps.get(step)
        if record is not None and record.status == Status.DONE:
            return year.holds(record.completed_on)
        return year.holds(due)

    timely = measures(
        [r.case for r in records],
        today=today,
        timetable=timetable,
        calendar=calendar,
        counts=counts,
        steps=YEARLY_MEASURES,
    )
    action_rows = list(actions)
    late, still_open = _listed(action_rows, year, today, calendar)
    agencies = sorted({a.agency for a in action_rows})
    by_agency = tuple(
        counted
        for agency in agencies
        if (counted := _counts(agency, [a for a in action_rows if a.agency == agency], year, today))
        != ActionCounts(agency)
    )
    return YearlyReport(
        year=year,
        today=today,
        cases=_case_lines(records, year),
        timeliness=timely,
        published=_published(records, year),
        delayed=_delayed(records, year, today),
        actions=_counts("", action_rows, year, today),
        by_agency=by_agency,
        late_actions=late,
        open_actions=still_open,
        counted_actions=tuple(
            ActionEntry(a, _standing(a, year, today), _assured(a, year))
            for a in sorted(action_rows, key=lambda a: (a.due_on or date.max, a.reference))
            if year.holds(a.due_on) or _assured(a, year) is not None
        ),
        panel_replies=_replies(records, year, calendar),
        unanswered=tuple(
            _line(r)
            for r in sorted(records, key=lambda r: r.case.reference)
            if year.holds(r.sent_on)
            and (r.answered_on is None or r.answered_on > year.end)
            and not r.case.closed
        ),
        learning_reviews=tuple(
            _line(r)
            for r in sorted(records, key=lambda r: r.case.reference)
            if r.case.facts.practice_learning_review and year.holds(r.case.facts.aware_on)
        ),
        rules=rules,
    )


def _line(record: ReviewRecord) -> CaseLine:
    """A case named, none of its dates in the year's case figures."""
    return CaseLine(record.case.reference, record.case.pseudonym, *[None] * 6)


def _replies(
    records: Sequence[ReviewRecord], year: ReportingYear, calendar: WorkingCalendar
) -> tuple[PanelReply, ...]:
    found = [
        PanelReply(
            r.case.reference,
            r.case.pseudonym,
            r.sent_on,
            r.answered_on,
            r.answer,
            calendar.working_days_between(r.sent_on, r.answered_on),
        )
        for r in records
        if r.sent_on is not None
        and r.answer is not None
        and r.answered_on is not None
        and year.holds(r.answered_on)
    ]
    return tuple(sorted(found, key=lambda reply: (reply.answered_on, reply.reference)))


def _case_lines(records: Sequence[ReviewRecord], year: ReportingYear) -> tuple[CaseLine, ...]:
    def within(day: date | None) -> date | None:
        return day if year.holds(day) else None

    found = []
    for r in records:
        facts = r.case.facts
        decided_on, national_on = within(facts.decided_on), within(r.national_decided_on)
        line = CaseLine(
            r.case.reference,
            r.case.pseudonym,
            within(facts.notified_on),
            facts.decision if decided_on else None,
            decided_on,
            r.national_decision if national_on else None,
            national_on,
            within(r.commissioned_on),
        )
        if line != CaseLine(r.case.reference, r.case.pseudonym, *[None] * 6):
            found.append(line)
    return tuple(sorted(found, key=lambda line: line.reference))


def _published(records: Sequence[ReviewRecord], year: ReportingYear) -> tuple[Publication, ...]:
    found = []
    for r in records:
        commissioned, published = r.commissioned_on, r.case.facts.published_on
        if commissioned is None or published is None or not year.holds(published):
            continue
        found.append(
            Publication(
                r.case.reference,
                r.case.pseudonym,
                commissioned,
                published,
                r.target_on,
                r.publication_kind,
            )
        )
    return tuple(sorted(found, key=lambda p: (p.published_on, p.reference)))


def _delayed(
    records: Sequence[ReviewRecord], year: ReportingYear, today: date
) -> tuple[Delay, ...]:
    """Local reviews whose target passed unpublished before the year's end (or today),
    not published before the year began: past the target at some time in the year."""
    until = min(year.end, today)
    found = []
    for r in records:
        target, published = r.target_on, r.case.facts.published_on
        if r.commissioned_on is None or target is None or target >= until:
            continue
        if published is not None and (published <= target or published < year.start):
            continue
        if published is None and r.case.closed:
            continue  # closed without publication: no longer a review under way
        past = ((published or today) - target).days
        found.append(
            Delay(
                r.case.reference,
                r.case.pseudonym,
                target,
                published,
                past,
                r.delay_reason,
                r.delay_told_on,
                r.proceedings,
            )
        )
    return tuple(sorted(found, key=lambda d: (d.target_on, d.reference)))


def _counts(
    agency: str, actions: Sequence[ActionRecord], year: ReportingYear, today: date
) -> ActionCounts:
    stands = Counter(_standing(a, year, today) for a in actions)
    assured = Counter(_assured(a, year) for a in actions)
    return ActionCounts(
        agency=agency,
        due=sum(year.holds(a.due_on) for a in actions),
        done_on_time=stands[Standing.DONE_ON_TIME],
        done_late=stands[Standing.DONE_LATE],
        overdue=stands[Standing.OVERDUE],
        not_yet_due=stands[Standing.NOT_YET_DUE],
        not_taken_forward=stands[Standing.NOT_TAKEN_FORWARD],
        assurance={result: assured[result] for result in AssuranceResult if assured[result]},
    )


def _standing(action: ActionRecord, year: ReportingYear, today: date) -> Standing | None:
    """Where an action due in the year stands; None for one not due in it."""
    if action.due_on is None or not year.holds(action.due_on):
        return None
    if _done(action):
        return Standing.DONE_LATE if _late(action) else Standing.DONE_ON_TIME
    if _open(action):
        return Standing.OVERDUE if action.due_on < today else Standing.NOT_YET_DUE
    if action.status == ActionStatus.NOT_TAKEN_FORWARD:
        return Standing.NOT_TAKEN_FORWARD
    return None


def _assured(action: ActionRecord, year: ReportingYear) -> AssuranceResult | None:
    """The assurance result recorded in the year, if one with a known word was."""
    if action.assurance_result in tuple(AssuranceResult) and year.holds(action.assured_on):
        return AssuranceResult(action.assurance_result)
    return None


def _listed(
    actions: Sequence[ActionRecord], year: ReportingYear, today: date, calendar: WorkingCalendar
) -> tuple[tuple[ActionLine, ...], tuple[ActionLine, ...]]:
    """The year's actions done late, and those still open past their due date."""
    late, still_open = [], []
    for a in actions:
        if a.due_on is None or not year.holds(a.due_on):
            continue
        if _done(a) and _late(a):
            assert a.done_on is not None
            days = calendar.working_days_between(a.due_on, a.done_on)
            late.append(
                ActionLine(a.reference, a.pseudonym, a.agency, a.title, a.due_on, a.done_on, days)
            )
        elif _open(a) and a.due_on < today:
            days = calendar.working_days_between(a.due_on, today)
            still_open.append(
                ActionLine(a.reference, a.pseudonym, a.agency, a.title, a.due_on, None, days)
            )
    order = lambda line: (line.due_on, line.reference, line.agency, line.title)  # noqa: E731
    return tuple(sorted(late, key=order)), tuple(sorted(still_open, key=order))


def _done(action: ActionRecord) -> bool:
    return action.status == ActionStatus.DONE


def _open(action: ActionRecord) -> bool:
    return action.status == ActionStatus.OPEN


def _late(action: ActionRecord) -> bool:
    """Done after its due date (an action done with no date recorded is not counted late)."""
    return (
        action.done_on is not None and action.due_on is not None and action.done_on > action.due_on
    )
