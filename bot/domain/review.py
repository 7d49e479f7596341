"""After the rapid review: sign-off, each decision's path, the Panel's answer, the local
review's milestones, parallel proceedings and publication.

The rules are data (``bot/rules/review.toml`` by default) so a partnership can use its own
timescales; :func:`parse_review` checks them, and every rule carries its source and who
sets its timescale (must, should or local: :class:`~bot.domain.timetable.Basis`). Dates are
counted as the timetable counts them (:class:`~bot.domain.timetable.Offset` over a
:class:`~bot.domain.calendar.WorkingCalendar`).

Two milestones are already timetable steps (the final report, 7 working days before
publication, and publication itself): a milestone names that step (``timestep``) instead of
repeating its rule, and its date is whatever the timetable computed. The functions here
take the case's state as plain values (:class:`ReviewState`), so storage and Slack can be
wired onto them without this module knowing either.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from bot.domain.calendar import WorkingCalendar, day
from bot.domain.timetable import OWNERS, Basis, DueStep, Facts, Offset, parse_basis
from bot.domain.words import Decision


class Partner(StrEnum):
    """The three safeguarding partners (Children Act 2004 s16E), who sign the rapid review."""

    LOCAL_AUTHORITY = "local_authority"
    POLICE = "police"
    INTEGRATED_CARE_BOARD = "integrated_care_board"


class PanelAnswer(StrEnum):
    """What the Panel said about the rapid review and its decision."""

    AGREES = "agrees"
    DISAGREES = "disagrees"
    ASKS_FOR_MORE_INFORMATION = "asks_for_more_information"


class NationalDecision(StrEnum):
    """The Panel's decision after a national review was recommended."""

    NATIONAL_REVIEW = "national_review"  # the Panel carries it out; the partnership contributes
    LOCAL_REVIEW = "local_review"  # a local review after all


class Direction(StrEnum):
    """Which way a letter or message in the correspondence with the Panel went."""

    TO_PANEL = "to_panel"
    FROM_PANEL = "from_panel"


class ProceedingsKind(StrEnum):
    """Parallel proceedings that hold publication."""

    CRIMINAL = "criminal"
    CORONER = "coroner"
    FAMILY = "family"


class PublicationKind(StrEnum):
    """What is published."""

    FULL_REPORT = "full_report"
    IMPROVEMENTS_ONLY = "improvements_only"  # only the information about improvements


class ReviewPath(StrEnum):
    """Where a case is after the rapid review: what its one-line stage starts with."""

    RAPID_REVIEW = "rapid_review"  # not yet sent, or sent and awaiting the Panel
    PANEL_DECISION = "panel_decision"  # national review recommended; the Panel decides
    NATIONAL_REVIEW = "national_review"
    LOCAL_REVIEW = "local_review"
    NO_FURTHER_REVIEW = "no_further_review"


E = TypeVar("E", bound=StrEnum)

#: The clock word for the first milestone of a local review and of a national review.
COMMISSIONED = "commissioned"
DECIDED = "decided"

#: A correspondence entry says what was sent, not what it said: a short line.
MAX_CORRESPONDENCE = 150
#: A progress check's note and a delay's reason: a line or two.
NOTE_MAX = 300


#: The timetable's step that recording the rapid review as sent does.
RAPID_REVIEW_STEP = "rapid_review"
#: The steps this module adds to a case that are recorded from the card's review section,
#: with what they record (the Panel's answer, a decision, a note): no generic "done".
PANEL_RESPONSE = "panel_response"
PANEL_REPLY = "panel_reply"
PANEL_DECISION = "panel_decision"
LEARNING = "learning_otherwise"
PROGRESS_CHECK = "progress_check"
DELAY = "review_delay"
REVIEW_STEPS = (PANEL_RESPONSE, PANEL_REPLY, PANEL_DECISION, LEARNING, PROGRESS_CHECK, DELAY)
#: Every step done only from the review section: the rapid review's sending too.
RECORDED_IN_SECTION = (RAPID_REVIEW_STEP, *REVIEW_STEPS)

#: Each partner's sign-off item in the shipped rapid review checklist (checklist.toml): done
#: when that partner signs, and its lead's to be reminded of. A checklist without one just
#: has no reminder for that partner.
SIGN_OFF_ITEMS: dict[Partner, str] = {
    Partner.LOCAL_AUTHORITY: "sign_off_local_authority",
    Partner.POLICE: "sign_off_police",
    Partner.INTEGRATED_CARE_BOARD: "sign_off_icb",
}
#: The checklist item done when the rapid review is recorded as sent.
SEND_ITEM = "send_to_panel"
#: The timetable's decision step, and the checklist item its date shared with the family
#: does.
DECISION_STEP = "lcspr_decision"
FAMILY_ITEM = "share_with_family"


@dataclass(frozen=True)
class Rule:
    """A rule with a title, its source and who sets it."""

    title: str
    source: str
    basis: Basis


@dataclass(frozen=True)
class TimedRule:
    """A rule that falls due: its owner and how long after its clock."""

    title: str
    owner: str
    due: Offset
    source: str
    basis: Basis


@dataclass(frozen=True)
class AnswerRule:
    """One of the Panel's answers, and the reply it owes back (if any)."""

    title: str
    source: str
    basis: Basis
    reply: str | None = None
    reply_due: Offset | None = None


@dataclass(frozen=True)
class ChainRule:
    """A milestone of a local review, or a contribution to a national review: due some time
    after the start (``after`` is the start word) or after another one; or, with
    ``timestep``, dated by that timetable step."""

    id: str
    title: str
    short: str  # its name in the one-line stage, when it is next
    done: str  # the stage once it is recorded
    owner: str
    source: str
    basis: Basis
    after: str | None = None
    due: Offset | None = None
    timestep: str | None = None


@dataclass(frozen=True)
class KindRule:
    """A kind of proceedings or of publication, in the partnership's words."""

    title: str
    expected: str = ""  # proceedings: the date they are expected to end with ("trial")
    reason_required: bool = False  # publication: whether a reason must be recorded


@dataclass(frozen=True)
class ReviewRules:
    """All the rules after the rapid review; chains are in dependency order."""

    sign_off: Rule
    partners: Mapping[Partner, str]  # the name shown for each partner
    decisions: Mapping[Decision, Rule]
    panel_response: TimedRule
    panel_answers: Mapping[PanelAnswer, AnswerRule]
    panel_decision: TimedRule
    national_contributions: tuple[ChainRule, ...]
    learning_otherwise: TimedRule
    learning_ways: tuple[str, ...]
    target_step: str  # the timetable step whose date is the local review's target
    milestones: tuple[ChainRule, ...]
    progress_check: TimedRule  # ``due`` is the interval between checks
    delay: TimedRule  # ``due`` counts from the target date
    after_proceedings: Offset
    proceedings: Rule
    proceedings_kinds: Mapping[ProceedingsKind, KindRule]
    available_step: str  # the timetable's minimum period the report stays available for
    publication: Rule
    publication_kinds: Mapping[PublicationKind, KindRule]

    def step_titles(self) -> dict[str, str]:
        """The title of each step these rules can add to a case, by its key: the history
        names a step by it, also once the step is gone from the case."""
        timed = {
            PANEL_RESPONSE: self.panel_response,
            PANEL_DECISION: self.panel_decision,
            LEARNING: self.learning_otherwise,
            PROGRESS_CHECK: self.progress_check,
            DELAY: self.delay,
        }
        chains = (*self.milestones, *self.national_contributions)
        return {key: rule.title for key, rule in timed.items()} | {r.id: r.title for r in chains}

    def timetable_steps(self) -> dict[str, str]:
        """The timetable step ids these rules name, with where they name them, so that the
        rules can be checked against the timetable they are used with."""
        named = {self.target_step: "local_review.target_step"}
        named[self.available_step] = "publication.available_step"
        for rule in self.milestones:
            if rule.timestep is not None:
                named[rule.timestep] = f"milestone {rule.id!r}: timestep"
        return named


# --- the state of a case, and what follows from it ---------------------------------------


@dataclass(frozen=True)
class Proceedings:
    """Proceedings running alongside the review: publication waits for them."""

    kind: ProceedingsKind
    expected_on: date | None  # when they are expected to end (the trial, the inquest)
    concluded_on: date | None = None


@dataclass(frozen=True)
class Correspondence:
    """One exchange with the Panel: its date, direction and what it was, never its
    content (no one's name or details)."""

    on: date
    direction: Direction
    what: str

    def __post_init__(self) -> None:
        if not self.what.strip() or len(self.what) > MAX_CORRESPONDENCE:
            raise ValueError(
                f"say what the exchange was in 1 to {MAX_CORRESPONDENCE} characters "
                "(such as 'Panel's letter asking for the chronology')"
            )


@dataclass(frozen=True)
class ReviewState:
    """What has been recorded on a case after the rapid review (plain values from storage)."""

    signed: frozenset[Partner] = frozenset()
    sent_on: date | None = None
    decision: Decision | None = None
    decided_on: date | None = None
    panel_answer: PanelAnswer | None = None
    panel_answered_on: date | None = None
    reply_due_on: date | None = None  # as computed when the answer was recorded
    reply_sent_on: date | None = None
    national_decision: NationalDecision | None = None
    national_decided_on: date | None = None
    learning_way: str | None = None  # no further review: how the learning is shared
    done: Mapping[str, date] = field(default_factory=dict)  # milestones, contributions
    checked: tuple[date, ...] = ()  # the local review's progress checks, oldest first
    delay_told_on: date | None = None
    proceedings: tuple[Proceedings, ...] = ()
    publication_planned_on: date | None = None  # the partnership's own plan
    published_on: date | None = None
    publication_kind: PublicationKind | None = None


@dataclass(frozen=True)
class Planned:
    """A milestone or contribution of one case, with its due date and how it was reached."""

    id: str
    title: str
    owner: str
    due_on: date | None  # None while its clock has not started
    done_on: date | None
    basis: str


@dataclass(frozen=True)
class PublicationPlan:
    """When the report is planned to be published, and which proceedings hold it."""

    planned_on: date | None  # None: no plan yet, or held by proceedings with no date
    held_by: tuple[Proceedings, ...]


def awaited_partners(signed: Collection[Partner]) -> tuple[Partner, ...]:
    """The partners who have not signed the rapid review off, in the statutory order."""
    return tuple(partner for partner in Partner if partner not in signed)


def may_record_sent(signed: Collection[Partner], reason: str | None = None) -> bool:
    """Whether "sent to the Panel" may be recorded: all three partners have signed, or a
    reason for sending without a signature is recorded."""
    return not awaited_partners(signed) or bool(reason and reason.strip())


def commissioned_on(state: ReviewState) -> date | None:
    """When the local review was commissioned: the decision, or the Panel's decision for a
    local review after all; None when there is no local review."""
    if state.decision == Decision.LCSPR:
        return state.decided_on
    if state.national_decision == NationalDecision.LOCAL_REVIEW:
        return state.national_decided_on
    return None


def review_path(state: ReviewState) -> ReviewPath:
    """Which path the case is on, from its decision and the Panel's."""
    if state.decision is None or state.sent_on is None:
        return ReviewPath.RAPID_REVIEW
    if state.decision == Decision.LCSPR:
        return ReviewPath.LOCAL_REVIEW
    if state.decision == Decision.NO_REVIEW:
        return ReviewPath.NO_FURTHER_REVIEW
    if state.national_decision == NationalDecision.LOCAL_REVIEW:
        return ReviewPath.LOCAL_REVIEW
    if state.national_decision == NationalDecision.NATIONAL_REVIEW:
        return ReviewPath.NATIONAL_REVIEW
    return ReviewPath.PANEL_DECISION


def panel_response_due(rules: ReviewRules, sent_on: date, calendar: WorkingCalendar) -> date:
    """When the Panel's response to the rapid review is awaited by."""
    return rules.panel_response.due.apply(sent_on, calendar)


def panel_decision_due(rules: ReviewRules, sent_on: date, calendar: WorkingCalendar) -> date:
    """When the Panel's decision on a recommended national review is awaited by."""
    return rules.panel_decision.due.apply(sent_on, calendar)


def reply_due(
    rules: ReviewRules, answer: PanelAnswer, answered_on: date, calendar: WorkingCalendar
) -> date | None:
    """When the reply the Panel's answer owes back is due; None if it owes none."""
    rule = rules.panel_answers[answer]
    return None if rule.reply_due is None else rule.reply_due.apply(answered_on, calendar)


def learning_due(rules: ReviewRules, decided_on: date, calendar: WorkingCalendar) -> date:
    """No further review: when the partners are due to say how the learning is shared."""
    return rules.learning_otherwise.due.apply(decided_on, calendar)


def may_close(rules: ReviewRules, state: ReviewState) -> bool:
    """No further review: the case may close once the way the learning is shared is
    recorded and the Panel has answered (with any reply its answer owes sent)."""
    if state.decision != Decision.NO_REVIEW or state.panel_answer is None:
        return False
    owes = rules.panel_answers[state.panel_answer].reply is not None
    return state.learning_way is not None and (not owes or state.reply_sent_on is not None)


def review_facts(
    rules: ReviewRules, state: ReviewState, facts: Facts, calendar: WorkingCalendar
) -> Facts:
    """The facts the timetable counts from, as the review has moved them: a local review
    after all is commissioned on the Panel's decision, and proceedings move the planned
    publication (so the final report falls due before the moved date, or not at all
    while they have no date)."""
    if state.national_decision == NationalDecision.LOCAL_REVIEW and state.national_decided_on:
        facts = replace(facts, decision=Decision.LCSPR, decided_on=state.national_decided_on)
    if state.proceedings:
        plan = plan_publication(rules, state.publication_planned_on, state.proceedings, calendar)
        facts = replace(facts, publication_planned_on=plan.planned_on)
    return facts


def review_due_steps(
    rules: ReviewRules,
    state: ReviewState,
    calendar: WorkingCalendar,
    *,
    today: date,
    timetable_due: Mapping[str, date | None],
) -> list[DueStep]:
    """The steps the review adds to a case once the rapid review is sent: the Panel's
    response (and any reply owed), then the decision's path: the Panel's decision on a
    national review and the contributions to one; how the learning is shared without a
    review; or the local review's milestones, its progress check and, once the target
    passed unpublished, the reason for the delay. The milestones a timetable step dates
    are that step, so they are not added again."""
    if state.sent_on is None:
        return []
    sent = day(state.sent_on)
    response = rules.panel_response
    due = panel_response_due(rules, state.sent_on, calendar)
    steps = [
        _step(PANEL_RESPONSE, response, due, f"{response.due} the rapid review was sent ({sent})")
    ]
    if state.panel_answer is not None and state.panel_answered_on and state.reply_due_on:
        answer = rules.panel_answers[state.panel_answer]
        if answer.reply is not None:
            answered = day(state.panel_answered_on)
            basis = f"{answer.reply_due} the Panel's answer ({answered}); {answer.source}"
            reply = DueStep(
                PANEL_REPLY, answer.reply, response.owner, state.reply_due_on, basis, False
            )
            steps.append(reply)
    if state.decision == Decision.NATIONAL:
        rule = rules.panel_decision
        due = panel_decision_due(rules, state.sent_on, calendar)
        steps.append(
            _step(PANEL_DECISION, rule, due, f"{rule.due} the rapid review was sent ({sent})")
        )
    path = review_path(state)
    if path == ReviewPath.NATIONAL_REVIEW:
        assert state.national_decided_on is not None
        planned = plan_contributions(rules, state.national_decided_on, state.done, calendar)
        steps += [_planned(p) for p in planned]
    elif path == ReviewPath.NO_FURTHER_REVIEW:
        assert state.decided_on is not None
        rule = rules.learning_otherwise
        due = learning_due(rules, state.decided_on, calendar)
        steps.append(
            _step(LEARNING, rule, due, f"{rule.due} the decision ({day(state.decided_on)})")
        )
    elif path == ReviewPath.LOCAL_REVIEW:
        steps += _local_review_steps(rules, state, calendar, today, timetable_due)
    return steps


def _local_review_steps(
    rules: ReviewRules,
    state: ReviewState,
    calendar: WorkingCalendar,
    today: date,
    timetable_due: Mapping[str, date | None],
) -> list[DueStep]:
    started = commissioned_on(state)
    assert started is not None
    if state.published_on is not None:
        return []  # published: what was not recorded no longer applies (what was stays)
    planned = plan_milestones(rules, started, state.done, calendar, timetable_due)
    dated_by = {rule.id for rule in rules.milestones if rule.timestep is not None}
    steps = [_planned(p) for p in planned if p.id not in dated_by]
    check = rules.progress_check
    last = state.checked[-1] if state.checked else None
    due = next_progress_check(rules, started, last, calendar)
    since = f"the last check ({day(last)})" if last else f"commissioning ({day(started)})"
    every = str(check.due).removesuffix(" after")
    basis = f"every {every} from commissioning; the next after {since}"
    steps.append(_step(PROGRESS_CHECK, check, due, basis))
    target = timetable_due.get(rules.target_step)
    late = delay_due(rules, target, state.published_on, today, calendar)
    if late is not None and target is not None:
        delay = rules.delay
        steps.append(_step(DELAY, delay, late, f"{delay.due} the target ({day(target)}) passed"))
    return steps


def _step(key: str, rule: TimedRule, due: date, basis: str) -> DueStep:
    return DueStep(key, rule.title, rule.owner, due, f"{basis}; {rule.source}", provisional=False)


def _planned(planned: Planned) -> DueStep:
    return DueStep(planned.id, planned.title, planned.owner, planned.due_on, planned.basis, False)


def plan_milestones(
    rules: ReviewRules,
    commissioned: date,
    done: Mapping[str, date],
    calendar: WorkingCalendar,
    timetable_due: Mapping[str, date | None],
) -> list[Planned]:
    """The local review's milestones in dependency order, each due after its clock: the
    commissioning, or the milestone it follows (its recorded date, else its due date).
    ``timetable_due`` holds the timetable's due dates by step id, for the milestones a
    timetable step dates (absent: not yet applicable, so undated)."""
    return _plan_chain(
        rules.milestones, commissioned, "commissioning", done, calendar, timetable_due
    )


def plan_contributions(
    rules: ReviewRules, decided: date, done: Mapping[str, date], calendar: WorkingCalendar
) -> list[Planned]:
    """The partnership's contributions to a national review, from the Panel's decision."""
    return _plan_chain(
        rules.national_contributions, decided, "the Panel's decision", done, calendar, {}
    )


def _plan_chain(
    chain: Sequence[ChainRule],
    start: date,
    start_words: str,
    done: Mapping[str, date],
    calendar: WorkingCalendar,
    timetable_due: Mapping[str, date | None],
) -> list[Planned]:
    planned: dict[str, Planned] = {}
    for rule in chain:  # dependency order, so each clock is already known
        if rule.timestep is not None:
            due_on = timetable_due.get(rule.timestep)
            basis = f"the timetable's {rule.timestep.replace('_', ' ')} step"
        else:
            assert rule.after is not None and rule.due is not None  # checked when parsed
            clock: date | None
            if rule.after in (COMMISSIONED, DECIDED):
                clock, words = start, start_words
            else:
                before = planned[rule.after]
                clock = before.done_on or before.due_on
                words = before.title if before.done_on else f"{before.title} (due)"
            due_on = None if clock is None else rule.due.apply(clock, calendar)
            basis = f"{rule.due} {words}" + ("" if clock is None else f" ({day(clock)})")
        planned[rule.id] = Planned(
            rule.id, rule.title, rule.owner, due_on, done.get(rule.id), basis
        )
    return list(planned.values())


def progress_checks(
    rules: ReviewRules, commissioned: date, through: date, calendar: WorkingCalendar
) -> list[date]:
    """Every progress check from commissioning up to ``through``: one interval, two
    intervals... after commissioning (not after each other, so months do not drift)."""
    checks: list[date] = []
    every = rules.progress_check.due
    n = 1
    while (check := Offset(every.amount * n, every.unit).apply(commissioned, calendar)) <= through:
        checks.append(check)
        n += 1
    return checks


def next_progress_check(
    rules: ReviewRules, commissioned: date, last_checked: date | None, calendar: WorkingCalendar
) -> date:
    """The progress check due next: the first scheduled one after the last recorded check
    (or after commissioning), so a missed check stays due rather than being skipped."""
    after = last_checked or commissioned
    every = rules.progress_check.due
    n = 1
    while (check := Offset(every.amount * n, every.unit).apply(commissioned, calendar)) <= after:
        n += 1
    return check


def delay_due(
    rules: ReviewRules,
    target_on: date | None,
    published_on: date | None,
    today: date,
    calendar: WorkingCalendar,
) -> date | None:
    """When "tell the Panel and the Secretary of State the reason for the delay" is due:
    only once the target has passed without publication (None otherwise)."""
    if target_on is None or published_on is not None or today <= target_on:
        return None
    return rules.delay.due.apply(target_on, calendar)


def plan_publication(
    rules: ReviewRules,
    planned_on: date | None,
    proceedings: Sequence[Proceedings],
    calendar: WorkingCalendar,
) -> PublicationPlan:
    """The planned publication date: the partnership's own plan, moved to after the end of
    any proceedings (their conclusion, else their expected date) by ``after_proceedings``.
    A new expected date moves it with it, later or back, never before the own plan.
    Proceedings with neither date hold publication with no date at all. ``held_by`` puts
    the proceedings that end last (the ones the date waits for) first."""
    undated = tuple(p for p in proceedings if (p.concluded_on or p.expected_on) is None)
    if undated:
        return PublicationPlan(None, undated)
    ends = {p: rules.after_proceedings.apply(_end(p), calendar) for p in proceedings}
    holding = tuple(
        sorted(
            (p for p, end in ends.items() if planned_on is None or end > planned_on),
            key=lambda p: ends[p],
            reverse=True,
        )
    )
    latest = max(ends.values(), default=None)
    if latest is None or (planned_on is not None and planned_on >= latest):
        return PublicationPlan(planned_on, ())
    return PublicationPlan(latest, holding)


def _end(proceedings: Proceedings) -> date:
    end = proceedings.concluded_on or proceedings.expected_on
    assert end is not None  # undated proceedings are handled before
    return end


def asked_at_publication(rules: ReviewRules) -> tuple[str, ...]:
    """The steps that publication asks about while any is open (each recorded, or not
    applicable with a reason) instead of dropping them: the local review's milestones (the
    final report's timetable step among them) and the reason for a delay. Its progress
    checks simply end with it."""
    keys = (rule.timestep or rule.id for rule in rules.milestones)
    return (*(key for key in keys if key != rules.target_step), DELAY)


def check_publication(rules: ReviewRules, kind: PublicationKind, reason: str | None) -> None:
    """Refuse a publication record whose kind needs a reason (only the information about
    improvements) without one."""
    if rules.publication_kinds[kind].reason_required and not (reason and reason.strip()):
        raise ValueError(f"say why {rules.publication_kinds[kind].title.lower()} is published")


def stage_line(
    rules: ReviewRules,
    state: ReviewState,
    calendar: WorkingCalendar,
    today: date,
    timetable_due: Mapping[str, date | None],
    *,
    open_steps: Sequence[tuple[str, date | None]] = (),
) -> str:
    """The case's stage in one line for the card, such as "Local review — draft received,
    sign-off due Fri 12 Mar". ``timetable_due`` is as for :func:`plan_milestones`;
    ``open_steps`` (title, due date) are the case's deadlines still open, which a case
    done with the Panel names instead of saying it may close."""
    path = review_path(state)
    if path == ReviewPath.RAPID_REVIEW:
        return _rapid_review_line(rules, state, calendar, today)
    if path == ReviewPath.PANEL_DECISION:
        assert state.sent_on is not None
        due = panel_decision_due(rules, state.sent_on, calendar)
        return f"National review recommended — {_due(rules.panel_decision.title, due, today)}"
    if path == ReviewPath.NATIONAL_REVIEW:
        assert state.national_decided_on is not None
        planned = plan_contributions(rules, state.national_decided_on, state.done, calendar)
        return "National review — " + _next(planned, today, "contributions made")
    if path == ReviewPath.NO_FURTHER_REVIEW:
        return "No further review — " + _no_review_line(rules, state, calendar, today, open_steps)
    return "Local review — " + _local_review_line(rules, state, calendar, today, timetable_due)


def _rapid_review_line(
    rules: ReviewRules, state: ReviewState, calendar: WorkingCalendar, today: date
) -> str:
    if state.sent_on is None:
        awaited = awaited_partners(state.signed)
        if not awaited:
            return "Rapid review — signed off by all three partners, not yet sent"
        names = ", ".join(rules.partners[p].lower() for p in awaited)
        return f"Rapid review — sign-off awaited from {names}"
    due = panel_response_due(rules, state.sent_on, calendar)
    return f"Rapid review sent {_short(state.sent_on, today)} — " + _due(
        rules.panel_response.title, due, today
    )


def _no_review_line(
    rules: ReviewRules,
    state: ReviewState,
    calendar: WorkingCalendar,
    today: date,
    open_steps: Sequence[tuple[str, date | None]],
) -> str:
    if state.learning_way is None:
        assert state.decided_on is not None
        due = learning_due(rules, state.decided_on, calendar)
        return _due("how the learning is shared", due, today)
    way = f"learning shared by {state.learning_way[0].lower()}{state.learning_way[1:]}"
    if may_close(rules, state) and open_steps:
        title, next_due = min(open_steps, key=lambda step: step[1] or date.max)
        return f"{way}; the Panel has answered; {_due(title, next_due, today)}"
    if may_close(rules, state):
        return f"{way}; the Panel has answered, the case may close"
    return f"{way}; {_panel_line(rules, state, calendar, today)}"


def _panel_line(
    rules: ReviewRules, state: ReviewState, calendar: WorkingCalendar, today: date
) -> str:
    """What is awaited from or owed to the Panel, for a case that may not close yet."""
    assert state.sent_on is not None
    if state.panel_answer is None:
        due = panel_response_due(rules, state.sent_on, calendar)
        return _due(rules.panel_response.title, due, today)
    assert state.panel_answered_on is not None
    answer = rules.panel_answers[state.panel_answer]
    reply = reply_due(rules, state.panel_answer, state.panel_answered_on, calendar)
    assert answer.reply is not None and reply is not None  # else the case may close
    return _due(answer.reply, reply, today)


def _local_review_line(
    rules: ReviewRules,
    state: ReviewState,
    calendar: WorkingCalendar,
    today: date,
    timetable_due: Mapping[str, date | None],
) -> str:
    if state.published_on is not None:
        kind = state.publication_kind or PublicationKind.FULL_REPORT
        what = rules.publication_kinds[kind].title.lower()
        return f"published {_short(state.published_on, today)} ({what})"
    started = commissioned_on(state)
    assert started is not None
    planned = plan_milestones(rules, started, state.done, calendar, timetable_due)
    labels = {rule.id: rule for rule in rules.milestones}
    recorded = [m for m in planned if m.done_on is not None]
    done = ""
    if recorded:
        latest = max(recorded, key=lambda m: (m.done_on or date.min, planned.index(m)))
        done = labels[latest.id].done + ", "
    open_ = [m for m in planned if m.done_on is None]
    plan = plan_publication(rules, state.publication_planned_on, state.proceedings, calendar)
    # Held by proceedings still running once nothing but the timetable's steps (the final
    # report and publication, which wait for them) is left to do; concluded ones have
    # already moved the dates those steps count down to.
    running = tuple(p for p in plan.held_by if p.concluded_on is None)
    if running and all(labels[m.id].timestep is not None for m in open_):
        return done + _held(rules, PublicationPlan(plan.planned_on, running), today)
    if not open_:
        return done.removesuffix(", ")
    nxt = min(open_, key=lambda m: (m.due_on or date.max, planned.index(m)))
    return done + _due(labels[nxt.id].short, nxt.due_on, today)


def _held(rules: ReviewRules, plan: PublicationPlan, today: date) -> str:
    """Publication held by proceedings: by the ones it waits for, until when."""
    first = plan.held_by[0]
    label = rules.proceedings_kinds[first.kind].expected
    if first.expected_on is None and first.concluded_on is None:
        return f"publication held for the {label} (no date yet)"
    end = first.concluded_on or first.expected_on
    assert end is not None and plan.planned_on is not None
    return (
        f"publication held for the {label} ({_short(end, today)}), "
        f"planned for {_short(plan.planned_on, today)}"
    )


def _next(planned: Sequence[Planned], today: date, finished: str) -> str:
    """The open item due soonest, or ``finished`` when all are recorded."""
    open_ = [p for p in planned if p.done_on is None]
    if not open_:
        return finished
    nxt = min(open_, key=lambda p: (p.due_on or date.max, planned.index(p)))
    return _due(nxt.title, nxt.due_on, today)


def _due(what: str, due_on: date | None, today: date) -> str:
    if due_on is None:
        return f"{what} next"
    if due_on < today:
        return f"{what} overdue since {_short(due_on, today)}"
    return f"{what} due {_short(due_on, today)}"


def _short(value: date, today: date) -> str:
    """``Fri 12 Mar``, with the year only when it is not this year's."""
    text = f"{value:%a} {value.day} {value:%b}"
    return text if value.year == today.year else f"{text} {value.year}"


# --- settings ------------------------------------------------------------------------------


def parse_sign_off_leads(text: str) -> dict[Partner, str]:
    """``local_authority=S0123ABCD,police=U0123ABCD,integrated_care_board=S0456EFGH``: who
    may sign for each partner (a user or user group id); every partner once."""
    leads: dict[Partner, str] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        name, _, who = (s.strip() for s in part.partition("="))
        if name not in tuple(Partner):
            raise ValueError(f"{name!r} is not a partner: {', '.join(Partner)}")
        if who[:1] not in ("U", "W", "S") or not who.isalnum():
            raise ValueError(f"{name}: {who!r} is not a user ID (U…) or user group ID (S…)")
        if Partner(name) in leads:
            raise ValueError(f"{name} is given twice")
        leads[Partner(name)] = who
    missing = awaited_partners(leads)
    if missing:
        raise ValueError(f"no lead for {', '.join(missing)}: give all three, like {_LEADS_EXAMPLE}")
    return leads


_LEADS_EXAMPLE = "local_authority=S0123ABCD,police=U0123ABCD,integrated_care_board=S0456EFGH"


# --- parsing -------------------------------------------------------------------------------

_SECTIONS = {
    "sign_off",
    "decision",
    "panel_response",
    "panel_answer",
    "panel_decision",
    "national_contribution",
    "learning_otherwise",
    "local_review",
    "milestone",
    "progress_check",
    "delay",
    "proceedings",
    "publication",
}


def parse_review(data: Mapping[str, Any]) -> ReviewRules:
    """Check a review rules file's contents and build the rules; errors name the rule and
    the key, in one line."""
    unknown = set(data) - _SECTIONS
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    sign_off = _table(data, "sign_off")
    partners = _names(_table(sign_off, "partners", "sign_off"), Partner, "sign_off.partners")
    decisions = _keyed(data, "decision", Decision)
    answers = _keyed(data, "panel_answer", PanelAnswer)
    local = _table(data, "local_review")
    _keys(local, {"target_step"}, {"target_step"}, "local_review")
    proceedings = _table(data, "proceedings")
    publication = _table(data, "publication")
    progress = _table(data, "progress_check")
    learning = _table(data, "learning_otherwise")
    ways = learning.get("ways")
    if not isinstance(ways, list) or not ways or not all(_text(w) for w in ways):
        raise ValueError("learning_otherwise: ways must be a list of words, at least one")
    return ReviewRules(
        sign_off=_rule(sign_off, "sign_off", {"partners"}),
        partners=partners,
        decisions={k: _rule(v, f"decision.{k}") for k, v in decisions.items()},
        panel_response=_timed(_table(data, "panel_response"), "panel_response"),
        panel_answers={k: _answer(v, f"panel_answer.{k}") for k, v in answers.items()},
        panel_decision=_timed(_table(data, "panel_decision"), "panel_decision"),
        national_contributions=_chain(data, "national_contribution", DECIDED, timesteps=False),
        learning_otherwise=_timed(learning, "learning_otherwise", {"ways"}),
        learning_ways=tuple(ways),
        target_step=_word(local["target_step"], "local_review: target_step"),
        milestones=_chain(data, "milestone", COMMISSIONED, timesteps=True),
        progress_check=_every(progress),
        delay=_timed(_table(data, "delay"), "delay"),
        after_proceedings=_offset(proceedings, "after_proceedings", "proceedings"),
        proceedings=_rule(proceedings, "proceedings", {"after_proceedings", "kinds"}, False),
        proceedings_kinds=_kinds(proceedings, ProceedingsKind, "proceedings", {"expected"}),
        available_step=_word(publication.get("available_step"), "publication: available_step"),
        publication=_rule(publication, "publication", {"available_step", "kinds"}, False),
        publication_kinds=_kinds(publication, PublicationKind, "publication", {"reason_required"}),
    )


def _table(data: Mapping[str, Any], key: str, within: str | None = None) -> Mapping[str, Any]:
    where = f"{within}.{key}" if within else key
    value = data.get(key)
    if value is None:
        raise ValueError(f"missing [{where}]")
    if not isinstance(value, Mapping):
        raise ValueError(f"[{where}] must be a table")
    return value


def _keys(raw: Mapping[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown key(s): {', '.join(sorted(unknown))}")
    missing = required - set(raw)
    if missing:
        raise ValueError(f"{where}: missing key(s): {', '.join(sorted(missing))}")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _word(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be a timetable step id")
    return value


def _names(raw: Mapping[str, Any], enum: type[E], where: str) -> dict[E, str]:
    """A table naming each member of ``enum`` exactly once."""
    _keys(raw, {e.value for e in enum}, {e.value for e in enum}, where)
    for key, value in raw.items():
        if not _text(value):
            raise ValueError(f"{where}: {key} must be a name")
    return {e: raw[e.value] for e in enum}


def _keyed(
    data: Mapping[str, Any], key: str, enum: type[E], within: str | None = None
) -> dict[E, Any]:
    """``[key.<member>]`` tables, one for each member of ``enum``."""
    raw = _table(data, key, within)
    where = f"{within}.{key}" if within else key
    _keys(raw, {e.value for e in enum}, {e.value for e in enum}, where)
    for name, value in raw.items():
        if not isinstance(value, Mapping):
            raise ValueError(f"[{where}.{name}] must be a table")
    return {e: raw[e.value] for e in enum}


def _rule(
    raw: Mapping[str, Any], where: str, extra: Collection[str] = (), titled: bool = True
) -> Rule:
    required = {"source", "basis"} | ({"title"} if titled else set())
    _keys(raw, required | set(extra), required, where)
    return Rule(str(raw.get("title", "")), _source(raw, where), _basis(raw, where))


def _source(raw: Mapping[str, Any], where: str) -> str:
    if not _text(raw.get("source")):
        raise ValueError(f"{where}: source must say where the rule comes from")
    return str(raw["source"])


def _basis(raw: Mapping[str, Any], where: str) -> Basis:
    try:
        return parse_basis(raw.get("basis"))
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def _owner(raw: Mapping[str, Any], where: str) -> str:
    if raw.get("owner") not in OWNERS:
        raise ValueError(f"{where}: owner must be one of {', '.join(OWNERS)}")
    return str(raw["owner"])


def _offset(raw: Mapping[str, Any], key: str, where: str) -> Offset:
    try:
        offset = Offset.parse(str(raw.get(key)))
    except ValueError as exc:
        raise ValueError(f"{where}: {key}: {exc}") from None
    if offset.before:
        raise ValueError(f"{where}: {key} counts forward: write 'after'")
    return offset


def _timed(raw: Mapping[str, Any], where: str, extra: Collection[str] = ()) -> TimedRule:
    required = {"title", "owner", "due", "source", "basis"}
    _keys(raw, required | set(extra), required, where)
    return TimedRule(
        str(raw["title"]),
        _owner(raw, where),
        _offset(raw, "due", where),
        _source(raw, where),
        _basis(raw, where),
    )


def _every(raw: Mapping[str, Any]) -> TimedRule:
    required = {"title", "owner", "every", "source", "basis"}
    _keys(raw, required, required, "progress_check")
    every = f"{raw['every']} after" if isinstance(raw["every"], str) else raw["every"]
    offset = _offset({"every": every}, "every", "progress_check")
    if offset.amount < 1:
        raise ValueError("progress_check: every must be at least 1 (such as '1 month')")
    return TimedRule(
        str(raw["title"]),
        _owner(raw, "progress_check"),
        offset,
        _source(raw, "progress_check"),
        _basis(raw, "progress_check"),
    )


def _answer(raw: Mapping[str, Any], where: str) -> AnswerRule:
    required = {"title", "source", "basis"}
    _keys(raw, required | {"reply", "reply_due"}, required, where)
    if ("reply" in raw) != ("reply_due" in raw):
        raise ValueError(f"{where}: reply and reply_due go together")
    reply = raw.get("reply")
    if reply is not None and not _text(reply):
        raise ValueError(f"{where}: reply must say what is owed back")
    due = _offset(raw, "reply_due", where) if "reply_due" in raw else None
    return AnswerRule(str(raw["title"]), _source(raw, where), _basis(raw, where), reply, due)


def _kinds(
    raw: Mapping[str, Any], enum: type[E], where: str, fields: set[str]
) -> dict[E, KindRule]:
    kinds = _keyed(raw, "kinds", enum, where)
    result: dict[E, KindRule] = {}
    for kind, value in kinds.items():
        at = f"{where}.kinds.{kind}"
        _keys(value, {"title"} | fields, {"title"} | fields, at)
        if not _text(value["title"]):
            raise ValueError(f"{at}: title must be text")
        if "expected" in fields and not _text(value["expected"]):
            raise ValueError(f"{at}: expected must name the date, such as 'trial'")
        if "reason_required" in fields and not isinstance(value["reason_required"], bool):
            raise ValueError(f"{at}: reason_required must be true or false")
        result[kind] = KindRule(
            value["title"], value.get("expected", ""), value.get("reason_required", False)
        )
    return result


_CHAIN_KEYS = {"id", "title", "short", "done", "owner", "after", "due", "timestep"}


def _chain(
    data: Mapping[str, Any], key: str, start: str, *, timesteps: bool
) -> tuple[ChainRule, ...]:
    """``[[key]]`` entries in dependency order (file order where free); a chain of ``after``
    that goes round is refused."""
    raws = data.get(key)
    if not isinstance(raws, list) or not raws:
        raise ValueError(f"no [[{key}]] entries")
    rules: dict[str, ChainRule] = {}
    for index, raw in enumerate(raws):
        if not isinstance(raw, Mapping):
            raise ValueError(f"{key} {index + 1}: must be a table ([[{key}]])")
        where = f"{key} {raw.get('id', index + 1)!r}"
        rule = _chain_rule(raw, where, start, timesteps)
        if rule.id in rules or rule.id in (COMMISSIONED, DECIDED):
            raise ValueError(f"{where}: the id is used twice")
        rules[rule.id] = rule
    for rule in rules.values():
        if rule.after is not None and rule.after != start and rule.after not in rules:
            raise ValueError(
                f"{key} {rule.id!r}: after {rule.after!r} is neither {start!r} nor a {key}"
            )
    return _dependency_order(rules, start, key)


def _chain_rule(raw: Mapping[str, Any], where: str, start: str, timesteps: bool) -> ChainRule:
    allowed = _CHAIN_KEYS | {"source", "basis"}
    if not timesteps:
        allowed -= {"timestep"}
    _keys(raw, allowed, {"id", "title", "owner", "source", "basis"}, where)
    if not isinstance(raw["id"], str) or not raw["id"].isidentifier():
        raise ValueError(f"{where}: the id must be lower-case letters and underscores")
    if "timestep" in raw:
        if "after" in raw or "due" in raw:
            raise ValueError(f"{where}: a timestep dates it; leave out after and due")
        timestep, after, due = _word(raw["timestep"], f"{where}: timestep"), None, None
    else:
        if "after" not in raw or "due" not in raw:
            raise ValueError(f"{where}: missing key(s): after and due (or timestep)")
        timestep, after, due = None, str(raw["after"]), _offset(raw, "due", where)
    if not _text(raw["title"]):
        raise ValueError(f"{where}: title must be text")
    if timesteps:
        for label in ("short", "done"):
            if not _text(raw.get(label)):
                raise ValueError(f"{where}: {label} must be text (the card's one-line stage)")
    return ChainRule(
        id=raw["id"],
        title=raw["title"],
        short=str(raw.get("short", raw["title"])),
        done=str(raw.get("done", raw["title"])),
        owner=_owner(raw, where),
        source=_source(raw, where),
        basis=_basis(raw, where),
        after=after,
        due=due,
        timestep=timestep,
    )


def _dependency_order(
    rules: Mapping[str, ChainRule], start: str, key: str
) -> tuple[ChainRule, ...]:
    placed: dict[str, ChainRule] = {}
    while len(placed) < len(rules):
        ready = [
            rule
            for rule in rules.values()
            if rule.id not in placed and (rule.after in (None, start) or rule.after in placed)
        ]
        if not ready:
            # Each entry follows at most one other, so following them from any entry left
            # over comes back round: that loop is what the message shows.
            node = next(rule.id for rule in rules.values() if rule.id not in placed)
            seen: list[str] = []
            while node not in seen:
                seen.append(node)
                node = str(rules[node].after)
            loop = [*seen[seen.index(node) :], node]
            raise ValueError(f"{key}: the after chain goes round: {' → '.join(loop)}")
        placed[ready[0].id] = ready[0]
    return tuple(placed.values())
