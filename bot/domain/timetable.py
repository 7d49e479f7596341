"""The statutory timetable: rules (data) applied to an incident's facts give its steps.

A rule says what starts a step's clock, how far from it the step falls due, and when the
step applies. Rules come from a TOML file (``bot/rules/timetable.toml`` by default) so a
partnership can change a number without changing code; :func:`parse_timetable` checks them.

A clock that has not started yet (the rapid review counts from the Panel notification,
which may not be recorded) falls back to the earliest date it could start, and the step is
marked provisional until the real date is known.

Most steps are deadlines. A few are minimum periods (keep the published report available
for at least a year): their date is the earliest day the period may end, never a day to
remind about or to be late for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from bot.domain.calendar import WorkingCalendar, day
from bot.domain.words import Decision

Location = Literal["in_area", "resident_harmed_outside_england", "elsewhere"]

OWNERS = ("local_authority", "partners", "police", "health")

#: Each step is a block of the case card, one Slack message of at most 50 blocks.
MAX_STEPS = 30


@dataclass(frozen=True)
class Facts:
    """What the timetable needs to know about an incident (no identifying details)."""

    aware_on: date
    died: bool = False
    seriously_harmed: bool = False
    abuse_or_neglect: bool = True
    looked_after: bool = False
    care_leaver: bool = False
    # Under 18. An age band that is not given counts as a child, the safe default: the
    # child-only duties (Panel notification, rapid review, CDOP) are then never missed.
    child: bool = True
    location: Location = "in_area"
    # It happened here to a child whose home is another local authority's area: this area
    # notifies and runs the rapid review, with the home authority (the Panel's guidance).
    lives_elsewhere: bool = False
    # Regulated settings: each brings its provider's own notifications (Ofsted and others).
    childrens_home: bool = False
    foster_placement: bool = False
    # A death not anticipated as a significant possibility (say 24 hours before): a joint
    # agency response, and the coroner.
    unexpected_death: bool = False
    # Not a serious incident, but the partnership holds a practice learning review of it
    # (local practice): its own light checklist (bot/domain/learning_review.py).
    practice_learning_review: bool = False
    notified_on: date | None = None
    decision: Decision | None = None
    decided_on: date | None = None
    publication_planned_on: date | None = None
    published_on: date | None = None

    def __post_init__(self) -> None:
        for name in ("notified_on", "decided_on", "published_on"):
            value = getattr(self, name)
            if value is not None and value < self.aware_on:
                raise ValueError(
                    f"{CLOCKS[name]} ({value.isoformat()}) is before the local authority "
                    f"became aware ({self.aware_on.isoformat()})"
                )
        if self.died and self.seriously_harmed:
            raise ValueError("an incident is either a death or serious harm, not both")


#: The facts a stored case keeps as they are, in columns of the same names: every fact
#: but ``child``, which is read from the case's age band.
RECORDED_FACTS = tuple(fact.name for fact in fields(Facts) if fact.name != "child")


#: Conditions a rule may require, by name; a rule applies when all of its conditions hold.
CONDITIONS: Mapping[str, Callable[[Facts], bool]] = {
    "serious_incident": lambda f: (
        f.abuse_or_neglect
        and (f.died or f.seriously_harmed)
        and f.location in ("in_area", "resident_harmed_outside_england")
    ),
    "child": lambda f: f.child,
    "adult": lambda f: not f.child,
    "abuse_or_neglect": lambda f: f.abuse_or_neglect,
    "died": lambda f: f.died,
    "seriously_harmed": lambda f: f.seriously_harmed,
    "looked_after": lambda f: f.looked_after,
    "care_leaver": lambda f: f.care_leaver,
    "practice_learning_review": lambda f: f.practice_learning_review,
    "lives_elsewhere": lambda f: f.lives_elsewhere,
    "childrens_home": lambda f: f.childrens_home,
    "foster_placement": lambda f: f.foster_placement,
    "unexpected_death": lambda f: f.died and f.unexpected_death,
    "notified": lambda f: f.notified_on is not None,
    "lcspr_commissioned": lambda f: f.decision == Decision.LCSPR,
    "publication_planned": lambda f: f.publication_planned_on is not None,
    "published": lambda f: f.published_on is not None,
}

#: Dates in the facts that can start a clock, with the words used to explain a deadline.
CLOCKS: Mapping[str, str] = {
    "aware_on": "awareness",
    "notified_on": "the Panel notification",
    "decided_on": "the decision to commission the review",
    "publication_planned_on": "the planned publication date",
    "published_on": "publication",
}

Unit = Literal["working_days", "calendar_days", "months", "years"]
_OFFSET = re.compile(
    r"^\s*(\d+)\s+(working days?|calendar days?|months?|years?)\s+(after|before)\s*$"
)


@dataclass(frozen=True)
class Offset:
    """How far from its clock a step falls due, e.g. ``7 working days before``."""

    amount: int
    unit: Unit
    before: bool = False

    @classmethod
    def parse(cls, text: str) -> Offset:
        match = _OFFSET.match(text)
        if not match:
            raise ValueError(
                f"cannot read the offset {text!r}: write it like '5 working days after', "
                "'28 calendar days after', '6 months after' or '7 working days before'"
            )
        amount, unit, direction = match.groups()
        word = unit.split()[0]
        units: dict[str, Unit] = {
            "working": "working_days",
            "calendar": "calendar_days",
            "month": "months",
            "months": "months",
            "year": "years",
            "years": "years",
        }
        return cls(int(amount), units[word], direction == "before")

    def apply(self, start: date, calendar: WorkingCalendar) -> date:
        """The due date; a calendar offset landing on a closed day moves to a working day
        (later for "after", earlier for "before", so a deadline is never overshot)."""
        sign = -1 if self.before else 1
        if self.unit == "working_days":
            return calendar.add_working_days(start, sign * self.amount)
        if self.unit == "calendar_days":
            due = start + relativedelta(days=sign * self.amount)
        elif self.unit == "months":
            due = start + relativedelta(months=sign * self.amount)
        else:
            due = start + relativedelta(years=sign * self.amount)
        return calendar.roll_back(due) if self.before else calendar.roll_forward(due)

    def __str__(self) -> str:
        unit = self.unit.replace("_", " ")
        if self.amount == 1:
            unit = unit.replace("days", "day").rstrip("s")
        return f"{self.amount} {unit} {'before' if self.before else 'after'}"


def not_serious_reasons(facts: Facts) -> tuple[str, ...]:
    """Why the facts are not a serious child safeguarding incident, in plain words (empty
    when they are one): what a case card says so that no one looks for the Panel
    notification or rapid review that the missing steps would have been."""
    reasons = []
    if not facts.child:
        reasons.append("the young person was 18 or over")
    if not facts.abuse_or_neglect:
        reasons.append("abuse or neglect is not known or suspected")
    if not (facts.died or facts.seriously_harmed):
        reasons.append("the child neither died nor was seriously harmed")
    if facts.location == "elsewhere":
        reasons.append("it happened outside the area to a child who does not live here")
    return tuple(reasons)


class Basis(StrEnum):
    """Whether a rule is the law's, national guidance's or the partnership's own: what a
    partnership may change freely, and what it departs from only with good reason."""

    MUST = "must"  # legislation: the Children Act 2004, SI 2018/789
    SHOULD = "should"  # statutory guidance (Working Together 2023) or the Panel's and DfE's
    LOCAL = "local"  # a local default: set your own


class StepKind(StrEnum):
    """What a step's date means."""

    DEADLINE = "deadline"  # the step must be done by then: reminded about, can be late
    MINIMUM_PERIOD = "minimum_period"  # kept up until at least then: nothing to remind about


@dataclass(frozen=True)
class StepRule:
    """One statutory step as a partnership's rules file describes it (its ``id`` there)."""

    step_key: str
    title: str
    owner: str
    clock: str  # a key of CLOCKS, or the id of an earlier step ("by that step's deadline")
    offset: Offset
    applies_when: tuple[str, ...]
    provisional_clock: str | None = None  # used, and marked provisional, until clock is known
    source: str = ""
    pausable: bool = False  # may wait on criminal or coroner proceedings
    kind: StepKind = StepKind.DEADLINE
    basis: Basis = Basis.LOCAL  # whose timescale it is
    # The id of an earlier step whose one form also makes this notification: when both
    # apply they are one step, titled `together` (a looked-after child's death reported on
    # the serious incident notification).
    same_form_as: str | None = None
    together: str = ""


@dataclass(frozen=True)
class YearlyReportRule:
    """The partners' yearly report: a step of the partnership, not of a case, so it has no
    row of its own; it falls due ``due`` after each reporting year ends, and the channel is
    reminded ``remind`` before that."""

    title: str
    due: Offset
    remind: tuple[Offset, ...]
    source: str
    basis: Basis


@dataclass(frozen=True)
class Timetable:
    """All step rules, in the order they are shown, plus the partnership's closure days,
    the bank holidays it has reopened and its yearly report (None: not reminded about)."""

    steps: tuple[StepRule, ...]
    closure_days: frozenset[date] = field(default_factory=frozenset)
    open_days: frozenset[date] = field(default_factory=frozenset)
    yearly_report: YearlyReportRule | None = None

    def is_pausable(self, step_id: str) -> bool:
        """Whether a step may wait on proceedings (False for a step the rules no longer have)."""
        return any(rule.step_key == step_id and rule.pausable for rule in self.steps)


@dataclass(frozen=True)
class DueStep:
    """A step an incident must take, as the timetable computes it from the facts: its due
    date and how that date was reached (the stored row is ``storage.models.Step``)."""

    step_key: str
    title: str
    owner: str
    due: date | None  # for a minimum period, the earliest day it may end
    basis: str
    provisional: bool
    kind: StepKind = StepKind.DEADLINE


def compute_steps(facts: Facts, timetable: Timetable, calendar: WorkingCalendar) -> list[DueStep]:
    """Every step that applies to ``facts`` with its due date, soonest first (undated last;
    ties keep the timetable's order)."""
    done: dict[str, DueStep] = {}
    for rule in timetable.steps:
        if not all(CONDITIONS[name](facts) for name in rule.applies_when):
            continue
        step = _due(rule, facts, calendar, done)
        form = done.get(rule.same_form_as or "")
        if form is None:
            done[rule.step_key] = step
        else:  # one form makes both notifications: one step, due by the sooner
            sooner = min((form, step), key=lambda s: s.due or date.max)
            done[form.step_key] = replace(
                sooner, step_key=form.step_key, title=rule.together, owner=form.owner
            )
    return sorted(done.values(), key=lambda step: step.due or date.max)


def _due(
    rule: StepRule, facts: Facts, calendar: WorkingCalendar, earlier: dict[str, DueStep]
) -> DueStep:
    start, clock, provisional = clock_start(rule.clock, rule.provisional_clock, facts, earlier)
    if start is None:
        return DueStep(
            rule.step_key, rule.title, rule.owner, None, f"waiting for {clock}", True, rule.kind
        )
    if rule.clock not in CLOCKS and rule.offset.amount == 0:
        basis = f"by {clock}"
    else:
        basis = f"{rule.offset} {clock}"
    if rule.kind == StepKind.MINIMUM_PERIOD:
        basis = f"at least {basis}"
    due = rule.offset.apply(start, calendar)
    return DueStep(rule.step_key, rule.title, rule.owner, due, basis, provisional, rule.kind)


def clock_start(
    clock: str, provisional_clock: str | None, facts: Facts, earlier: Mapping[str, DueStep]
) -> tuple[date | None, str, bool]:
    """When a deadline's clock starts, falling back to ``provisional_clock`` until it does.

    Returns the date (None while neither has started), the words for the clock with that
    date (and the fallback, if used) so a deadline can show its basis, and whether the date
    is provisional. ``earlier`` holds the steps already computed, for clocks that are steps.
    """
    start, label, provisional = _clock(clock, facts, earlier)
    if start is not None:
        return start, f"{label} ({day(start)})", provisional
    if provisional_clock is not None:
        fallback_start, fallback, _ = _clock(provisional_clock, facts, earlier)
        if fallback_start is not None:
            return (
                fallback_start,
                f"{label} (provisional: counted from {fallback}, "
                f"{day(fallback_start)}, until recorded)",
                True,
            )
    return None, label, True


def _clock(
    name: str, facts: Facts, earlier: Mapping[str, DueStep]
) -> tuple[date | None, str, bool]:
    """The date a clock starts, the words for it, and whether that date is provisional."""
    if name in CLOCKS:
        return getattr(facts, name), CLOCKS[name], False
    step = earlier.get(name)
    label = f"the {name.replace('_', ' ')} deadline"
    if step is None:
        return None, label, True
    return step.due, label, step.provisional


def parse_timetable(data: Mapping[str, Any]) -> Timetable:
    """Check a rules file's contents and build the timetable; errors name the step and key."""
    unknown = set(data) - {"calendar", "step", "yearly_report"}
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    calendar = data.get("calendar", {})
    unknown = set(calendar) - {"closure_days", "open_days"}
    if unknown:
        raise ValueError(f"calendar: unknown key(s): {', '.join(sorted(unknown))}")
    closure, reopened = calendar.get("closure_days", []), calendar.get("open_days", [])
    for key, days in (("closure_days", closure), ("open_days", reopened)):
        if not isinstance(days, list) or not all(type(d) is date for d in days):
            raise ValueError(f"calendar.{key} must be a list of dates like 2027-01-04")
    if both := sorted(set(closure) & set(reopened)):
        raise ValueError(f"calendar: {both[0].isoformat()} is both a closure day and an open day")
    if weekend := [d for d in reopened if d.weekday() >= 5]:
        raise ValueError(
            f"calendar.open_days: {weekend[0].isoformat()} is a weekend: only a bank holiday "
            "can be reopened"
        )
    rules: list[StepRule] = []
    for index, raw in enumerate(data.get("step", [])):
        where = f"step {raw.get('id', index + 1)!r}"
        try:
            rules.append(_parse_rule(raw, {r.step_key for r in rules}))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{where}: {exc}") from None
    if not rules:
        raise ValueError("no [[step]] entries")
    if len(rules) > MAX_STEPS:
        raise ValueError(f"{len(rules)} steps; the case card holds at most {MAX_STEPS}")
    yearly = data.get("yearly_report")
    try:
        report = None if yearly is None else _parse_yearly(yearly)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"yearly_report: {exc}") from None
    return Timetable(tuple(rules), frozenset(closure), frozenset(reopened), report)


def _parse_yearly(raw: Mapping[str, Any]) -> YearlyReportRule:
    keys = {"title", "due", "remind", "source", "basis"}
    if unknown := set(raw) - keys:
        raise ValueError(f"unknown key(s): {', '.join(sorted(unknown))}")
    if missing := keys - {"basis"} - set(raw):
        raise ValueError(f"missing key(s): {', '.join(sorted(missing))}")
    due = Offset.parse(str(raw["due"]))
    remind = tuple(Offset.parse(str(text)) for text in raw["remind"])
    if due.before or not all(offset.before for offset in remind):
        raise ValueError("due counts after the year ends; remind counts before the due date")
    if (due.unit == "years" and due.amount > 1) or (due.unit == "months" and due.amount > 12):
        raise ValueError("due must fall within the 12 months after the year ends")
    return YearlyReportRule(
        str(raw["title"]),
        due,
        remind,
        str(raw["source"]),
        parse_basis(raw.get("basis", Basis.LOCAL)),
    )


_RULE_KEYS = {
    "id",
    "title",
    "owner",
    "clock",
    "due",
    "until",
    "kind",
    "applies_when",
    "provisional_clock",
    "source",
    "pausable",
    "basis",
    "same_form_as",
    "together",
}


def _parse_rule(raw: Mapping[str, Any], earlier: set[str]) -> StepRule:
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise ValueError(f"unknown key(s): {', '.join(sorted(unknown))}")
    kinds = [kind.value for kind in StepKind]
    if raw.get("kind", StepKind.DEADLINE) not in kinds:
        raise ValueError(f"kind must be one of {', '.join(kinds)}")
    kind = StepKind(raw.get("kind", StepKind.DEADLINE))
    # A deadline says when it is due; a minimum period how long it lasts at least.
    offset_key, other = ("until", "due") if kind == StepKind.MINIMUM_PERIOD else ("due", "until")
    missing = {"id", "title", "owner", "clock", offset_key} - set(raw)
    if missing:
        raise ValueError(f"missing key(s): {', '.join(sorted(missing))}")
    if other in raw:
        raise ValueError(f"a {kind.replace('_', ' ')} takes {offset_key!r}, not {other!r}")
    if raw["id"] in earlier:
        raise ValueError("the id is used twice")
    if raw["owner"] not in OWNERS:
        raise ValueError(f"owner must be one of {', '.join(OWNERS)}")
    for key in ("clock", "provisional_clock"):
        clock = raw.get(key)
        if clock is not None and clock not in CLOCKS and clock not in earlier:
            raise ValueError(
                f"{key} {clock!r} is neither a date ({', '.join(CLOCKS)}) nor an earlier step"
            )
    conditions = tuple(raw.get("applies_when", ()))
    for name in conditions:
        if name not in CONDITIONS:
            raise ValueError(f"unknown condition {name!r}; known: {', '.join(CONDITIONS)}")
    offset = Offset.parse(str(raw[offset_key]))
    bases = [basis.value for basis in Basis]
    if raw.get("basis", Basis.LOCAL) not in bases:
        raise ValueError(f"basis must be one of {', '.join(bases)}")
    same_form_as, together = raw.get("same_form_as"), raw.get("together", "")
    if same_form_as is not None and same_form_as not in earlier:
        raise ValueError(f"same_form_as {same_form_as!r} is not an earlier step")
    if (same_form_as is None) != (not together):
        raise ValueError("same_form_as and together go together: the one step's title")
    pausable = bool(raw.get("pausable", False))
    if kind == StepKind.MINIMUM_PERIOD and (offset.before or pausable):
        raise ValueError("a minimum period runs forward from its clock and cannot be paused")
    return StepRule(
        step_key=str(raw["id"]),
        title=str(raw["title"]),
        owner=raw["owner"],
        clock=raw["clock"],
        offset=offset,
        applies_when=conditions,
        provisional_clock=raw.get("provisional_clock"),
        source=str(raw.get("source", "")),
        pausable=pausable,
        kind=kind,
        basis=parse_basis(raw.get("basis", Basis.LOCAL)),
        same_form_as=same_form_as,
        together=str(together),
    )


def parse_basis(value: object) -> Basis:
    """A rule's ``basis``: must, should or local (ValueError naming them otherwise)."""
    if value not in tuple(Basis):
        raise ValueError(f"basis must be one of {', '.join(Basis)}")
    return Basis(str(value))
