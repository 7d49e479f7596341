"""The case card's rapid review section (the stage in one line, who has signed and who is
awaited, what was sent, the Panel's answer, the correspondence) and its small forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    BlockElement,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.domain.forms import FieldErrors
from bot.domain.review import (
    DELAY,
    LEARNING,
    MAX_CORRESPONDENCE,
    NOTE_MAX,
    PANEL_DECISION,
    PANEL_REPLY,
    PANEL_RESPONSE,
    PROGRESS_CHECK,
    RAPID_REVIEW_STEP,
    REVIEW_STEPS,
    Direction,
    NationalDecision,
    PanelAnswer,
    Partner,
    awaited_partners,
    stage_line,
)
from bot.domain.timetable import StepKind
from bot.domain.words import FINISHED, Status
from bot.rules import Rules
from bot.usecases.read_models import Review
from bot.views.case_forms import REASON_MAX, Reading, Submitted
from bot.views.inputs import choice_input, date_input, form_modal, text_input
from bot.views.text import OVERFLOW_OPTIONS, SECTION_TEXT, STATUS_MARK, cut, day, escape, menu
from storage.models import Incident, PanelReview, Step

REVIEW_ACTION = "review"
REVIEW_FORM = "review_form"

#: The section's menu: each partner's sign-off (``sign_<partner>``), then these.
SIGN = "sign_"
SENT = "sent"
UNSEND = "unsend"
ANSWER = "answer"
REPLY = "reply"
DECIDE = "decide"
LEARNING_WAY = "learning"
CHECK = "check"
DELAY_TOLD = "delay"
LOG = "log"

#: The form that records each step the section owns: what a reminder's "Mark done" opens.
STEP_FORMS = {
    RAPID_REVIEW_STEP: SENT,
    PANEL_RESPONSE: ANSWER,
    PANEL_REPLY: REPLY,
    PANEL_DECISION: DECIDE,
    LEARNING: LEARNING_WAY,
    PROGRESS_CHECK: CHECK,
    DELAY: DELAY_TOLD,
}

#: What the section's menu offers to record each step it owns, by the step: the card's
#: line for such a step names it, as the step has no menu of its own for it.
RECORD_LABELS = {
    RAPID_REVIEW_STEP: "Record sent to the Panel…",
    PANEL_RESPONSE: "Record the Panel's answer…",
    PANEL_REPLY: "Record reply sent…",
    PANEL_DECISION: "Record the Panel's decision…",
    LEARNING: "Record how the learning is shared…",
    PROGRESS_CHECK: "Record a progress check…",
    DELAY: "Record the delay told to the Panel…",
}
#: The section's heading, which the card's lines for its steps point to.
REVIEW_HEADING = "Rapid review sign-off and the Panel"

#: The correspondence the card lists (the latest); History and the database keep all.
SHOWN_CORRESPONDENCE = 5

DIRECTION = {Direction.TO_PANEL: "to the Panel", Direction.FROM_PANEL: "from the Panel"}
NATIONAL = {
    NationalDecision.NATIONAL_REVIEW: "The Panel carries out a national review",
    NationalDecision.LOCAL_REVIEW: "A local review after all",
}


def who(lead: str) -> str:
    """A lead as Slack shows them: a person or a user group."""
    return f"<!subteam^{lead}>" if lead.startswith("S") else f"<@{lead}>"


def review_blocks(
    incident: Incident,
    review: Review,
    steps: Sequence[Step],
    today: date,
    rules: Rules,
    *,
    controls: bool,
) -> list[Block]:
    """The rapid review section of a case that has a rapid review (none otherwise)."""
    if not any(step.step_key == RAPID_REVIEW_STEP for step in steps):
        return []
    state = review.state(incident, steps, rules)
    due = {step.step_key: step.due_on for step in steps}
    open_steps = [
        (step.title, step.due_on)
        for step in steps
        if step.kind == StepKind.DEADLINE and step.status not in FINISHED
    ]
    stage = stage_line(rules.review, state, rules.calendar, today, due, open_steps=open_steps)
    lines = [f"*{REVIEW_HEADING}*", f"_{escape(stage)}_"]
    for partner in Partner:
        name = rules.review.partners[partner]
        if (signed := review.signed.get(partner)) is not None:
            lines.append(
                f"{STATUS_MARK[Status.DONE]} {name}: signed {day(signed.signed_on)} "
                f"by <@{signed.signed_by}>"
            )
        else:
            lead = rules.sign_off_leads.get(partner)
            by = f" from {who(lead)}" if lead else " (no lead set)"
            lines.append(f"{STATUS_MARK[Status.OPEN]} {name}: awaited{by}")
    if (sent := review.sent) is not None:
        line = f"*Sent to the Panel:* {day(sent.sent_on)} by <@{sent.sent_by}>"
        if sent.sent_reason:
            line += f", without every sign-off: “{cut(escape(sent.sent_reason), REASON_MAX)}”"
        lines.append(line)
        if sent.answer and sent.answered_on:
            answer = rules.review.panel_answers[PanelAnswer(sent.answer)]
            line = f"*The Panel's answer:* {answer.title}, {day(sent.answered_on)}"
            if sent.reply_sent_on:
                line += f"; reply sent {day(sent.reply_sent_on)}"
            elif sent.reply_due_on:
                line += f"; reply due {day(sent.reply_due_on)}"
            lines.append(line)
        lines += _path_lines(review, sent, rules)
    lines += _correspondence(review)
    menu_ = _menu(incident, review, steps, rules) if controls and not incident.closed_at else None
    text = cut("\n".join(lines), SECTION_TEXT)
    return [SectionBlock(block_id="review", text=MarkdownTextObject(text=text), accessory=menu_)]


def _path_lines(review: Review, sent: PanelReview, rules: Rules) -> list[str]:
    """What the decision's path has recorded: the Panel's decision on a national review,
    how the learning is shared, the latest progress check, the reason for a delay."""
    lines = []
    if sent.national_decision and sent.national_decided_on:
        what = NATIONAL[NationalDecision(sent.national_decision)]
        lines.append(f"*The Panel's decision:* {what}, {day(sent.national_decided_on)}")
    if sent.learning_way and sent.learning_recorded_on:
        lines.append(
            f"*Learning shared by:* {escape(sent.learning_way)} "
            f"(recorded {day(sent.learning_recorded_on)})"
        )
    if review.checks:
        last = review.checks[-1]
        lines.append(
            f"*Progress checks:* {len(review.checks)}, the latest {day(last.checked_on)}: "
            f"“{cut(escape(last.note), REASON_MAX)}”"
        )
    if sent.delay_reason and sent.delay_told_on:
        lines.append(
            f"*Delay told to the Panel:* {day(sent.delay_told_on)}: "
            f"“{cut(escape(sent.delay_reason), REASON_MAX)}”"
        )
    return lines


def _correspondence(review: Review) -> list[str]:
    entries = review.correspondence
    if not entries:
        return []
    shown = entries[-SHOWN_CORRESPONDENCE:]
    more = f" (latest {len(shown)} of {len(entries)})" if len(entries) > len(shown) else ""
    lines = [f"*Correspondence with the Panel*{more}"]
    for entry in shown:
        direction = DIRECTION[Direction(entry.direction)]
        lines.append(f"• {day(entry.exchanged_on)}, {direction}: {escape(entry.what)}")
    return lines


def _menu(incident: Incident, review: Review, steps: Sequence[Step], rules: Rules) -> BlockElement:
    """What can be recorded now; each option's value is ``verb:incident id``. The steps the
    section records are offered while they are open."""
    options = []
    sent = review.sent
    open_ = {step.step_key for step in steps if step.status == Status.OPEN}
    if sent is None:
        for partner in awaited_partners(review.signed):
            name = rules.review.partners[partner]
            options.append((f"{SIGN}{partner}:{incident.id}", f"Sign off for {name}…"))
        options.append((f"{SENT}:{incident.id}", RECORD_LABELS[RAPID_REVIEW_STEP]))
    options += [
        (f"{STEP_FORMS[key]}:{incident.id}", RECORD_LABELS[key])
        for key in REVIEW_STEPS
        if key in open_
    ]
    options.append((f"{LOG}:{incident.id}", "Log correspondence…"))
    if sent is not None and sent.answer is None and len(options) < OVERFLOW_OPTIONS:
        options.append((f"{UNSEND}:{incident.id}", "Undo sent to the Panel…"))
    return menu(REVIEW_ACTION, options[:OVERFLOW_OPTIONS])


def review_modal(verb: str, incident: Incident, review: Review, rules: Rules, today: date) -> View:
    """The form behind a choice of the section's menu (``verb`` as in its values)."""
    heading = f"*{incident.reference}*: "
    if verb.startswith(SIGN):
        name = rules.review.partners[Partner(verb.removeprefix(SIGN))]
        heading += f"the rapid review, signed off for {name.lower()}"
        blocks: list[Block] = [date_input("date", "Date signed off", today)]
        title = "Sign off"
    elif verb == SENT:
        heading += "the rapid review sent to the Panel"
        blocks = [date_input("date", "Date the rapid review was sent to the Panel", today)]
        if awaited := awaited_partners(review.signed):
            names = ", ".join(rules.review.partners[p].lower() for p in awaited)
            blocks.append(text_input("reason", f"Why it goes without the {names}", REASON_MAX))
        title = "Sent to the Panel"
    elif verb == ANSWER:
        heading += rules.review.panel_response.title.lower()
        answers = [(str(a), rule.title) for a, rule in rules.review.panel_answers.items()]
        blocks = [
            choice_input("answer", "What the Panel said", answers),
            date_input("date", "Date the answer came", today),
        ]
        title = "The Panel's answer"
    elif verb == REPLY:
        heading += "the reply the Panel's answer owed"
        blocks = [date_input("date", "Date the reply was sent", today)]
        title = "Reply sent"
    elif verb == UNSEND:
        heading += "the rapid review was not sent to the Panel after all (recorded in error)"
        blocks = [text_input("reason", "Why the record is undone", REASON_MAX)]
        title = "Undo sent"
    elif verb == DECIDE:
        heading += rules.review.panel_decision.title.lower()
        decisions = [(str(d), label) for d, label in NATIONAL.items()]
        blocks = [
            choice_input("decision", "What the Panel decided", decisions),
            date_input("date", "Date the decision came", today),
        ]
        title = "The Panel's decision"
    elif verb == LEARNING_WAY:
        heading += rules.review.learning_otherwise.title.lower()
        ways = [(way, way) for way in rules.review.learning_ways]
        blocks = [
            choice_input("way", "How the learning is shared", ways),
            date_input("date", "Date", today),
        ]
        title = "Learning shared"
    elif verb == CHECK:
        heading += rules.review.progress_check.title.lower()
        blocks = [
            date_input("date", "Date of the check", today),
            text_input("note", "The time taken and the quality, in a line or two", NOTE_MAX),
        ]
        title = "Progress check"
    elif verb == DELAY_TOLD:
        heading += rules.review.delay.title.lower()
        blocks = [
            date_input("date", "Date they were told", today),
            text_input("reason", "The reason for the delay", NOTE_MAX),
        ]
        title = "Reason for the delay"
    else:
        heading += "an exchange with the Panel (what it was, not what it said)"
        blocks = [
            date_input("date", "Date", today),
            choice_input(
                "direction", "Direction", [(str(d), t.capitalize()) for d, t in DIRECTION.items()]
            ),
            text_input("what", "What it was", MAX_CORRESPONDENCE, multiline=False),
        ]
        title = "Correspondence"
    intro = SectionBlock(text=MarkdownTextObject(text=heading))
    assert incident.id is not None
    return form_modal(
        REVIEW_FORM, verb=verb, target=incident.id, title=title, blocks=[intro, *blocks]
    )


def partner_of(verb: str) -> Partner | None:
    """The partner a ``sign_<partner>`` choice signs for; None for any other verb."""
    name = verb.removeprefix(SIGN) if verb.startswith(SIGN) else ""
    return Partner(name) if name in tuple(Partner) else None


# What the section's forms ask, each named for its use case in ``bot.usecases.reviews``,
# whose keywords its fields are.


@dataclass(frozen=True)
class UndoSent:
    incident_id: int
    reason: str


@dataclass(frozen=True)
class SignOff:
    incident_id: int
    partner: Partner
    on: date


@dataclass(frozen=True)
class RecordSent:
    incident_id: int
    on: date
    reason: str | None


@dataclass(frozen=True)
class RecordPanelAnswer:
    incident_id: int
    answer: PanelAnswer
    on: date


@dataclass(frozen=True)
class RecordReplySent:
    incident_id: int
    on: date


@dataclass(frozen=True)
class RecordNationalDecision:
    incident_id: int
    decision: NationalDecision
    on: date


@dataclass(frozen=True)
class RecordLearning:
    incident_id: int
    way: str
    on: date


@dataclass(frozen=True)
class RecordProgressCheck:
    incident_id: int
    on: date
    note: str


@dataclass(frozen=True)
class RecordDelayTold:
    incident_id: int
    on: date
    reason: str


@dataclass(frozen=True)
class LogCorrespondence:
    incident_id: int
    on: date
    direction: Direction
    what: str


ReviewCommand = (
    UndoSent
    | SignOff
    | RecordSent
    | RecordPanelAnswer
    | RecordReplySent
    | RecordNationalDecision
    | RecordLearning
    | RecordProgressCheck
    | RecordDelayTold
    | LogCorrespondence
)


def read_review_form(
    form: Submitted, *, today: date, rules: Rules
) -> ReviewCommand | FieldErrors | None:
    """What a submitted form of the section asks, or its fields to fix; None for a verb
    it does not know. Everything but undoing the sending is dated, on a day gone by."""
    reading = Reading(form, today=today, allowed=rules.allowed_words)
    incident_id = form.target
    if form.verb == UNSEND:
        return reading.answer(UndoSent(incident_id, reading.free_text("reason", REASON_MAX)))
    on = reading.past_date("date")
    if on is None:
        return reading.errors
    if (partner := partner_of(form.verb)) is not None:
        return reading.answer(SignOff(incident_id, partner, on))
    read = _DATED.get(form.verb)
    return reading.answer(read(reading, incident_id, on, rules) if read else None)


def _sent(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordSent:
    """The reason is asked only when the review is sent late."""
    asked = "reason" in reading.form.values
    reason = reading.free_text("reason", REASON_MAX) if asked else None
    return RecordSent(incident_id, on, reason)


def _answer(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordPanelAnswer | None:
    answer = reading.word("answer", PanelAnswer, "Choose what the Panel said.")
    return None if answer is None else RecordPanelAnswer(incident_id, answer, on)


def _reply(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordReplySent:
    return RecordReplySent(incident_id, on)


def _decide(
    reading: Reading, incident_id: int, on: date, rules: Rules
) -> RecordNationalDecision | None:
    decision = reading.word("decision", NationalDecision, "Choose what the Panel decided.")
    return None if decision is None else RecordNationalDecision(incident_id, decision, on)


def _learning(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordLearning | None:
    """One of the ways the partnership's rules name."""
    way = reading.form.choice("way")
    if way is None or way not in rules.review.learning_ways:
        reading.fail("way", "Choose how the learning is shared.")
        return None
    return RecordLearning(incident_id, way, on)


def _check(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordProgressCheck:
    note = reading.free_text("note", NOTE_MAX, missing="Write a line on the time and quality.")
    return RecordProgressCheck(incident_id, on, note)


def _delay(reading: Reading, incident_id: int, on: date, rules: Rules) -> RecordDelayTold:
    return RecordDelayTold(incident_id, on, reading.free_text("reason", NOTE_MAX))


def _log(reading: Reading, incident_id: int, on: date, rules: Rules) -> LogCorrespondence | None:
    """What the exchange was is read once its direction is known."""
    direction = reading.word("direction", Direction, "Choose which way it went.")
    if direction is None:
        return None
    what = reading.free_text("what", MAX_CORRESPONDENCE, missing="Say what the exchange was.")
    return LogCorrespondence(incident_id, on, direction, what)


_DATED: dict[str, Callable[[Reading, int, date, Rules], ReviewCommand | None]] = {
    SENT: _sent,
    ANSWER: _answer,
    REPLY: _reply,
    DECIDE: _decide,
    LEARNING_WAY: _learning,
    CHECK: _check,
    DELAY_TOLD: _delay,
    LOG: _log,
}
