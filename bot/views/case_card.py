"""The case card: one message per incident with its facts and every statutory deadline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    OverflowMenuElement,
    SectionBlock,
)

from bot.domain.calendar import WorkingCalendar
from bot.domain.closing import settled
from bot.domain.incident import AGE_BANDS
from bot.domain.review import RAPID_REVIEW_STEP, REVIEW_STEPS
from bot.domain.timetable import StepKind, not_serious_reasons
from bot.domain.words import Status, StepVerb
from bot.rules import Rules
from bot.usecases.read_models import Review, facts_of
from bot.usecases.read_models import case_title as case_title  # the reminders' views import it here
from bot.views.case_forms import DECISIONS, RATIONALE_MAX
from bot.views.improvement import improvement_blocks
from bot.views.publication import CONCLUDED_LABEL, PUBLICATION_HEADING, publication_blocks
from bot.views.review import RECORD_LABELS, REVIEW_HEADING, review_blocks
from bot.views.text import (
    FIELD_TEXT,
    FIELDS,
    HEADER_TEXT,
    MESSAGE_BLOCKS,
    SECTION_TEXT,
    STATUS_MARK,
    cut,
    day,
    day_of,
    escape,
    menu,
    owner,
    shown_title,
    time_left,
)
from bot.views.values import menu_value
from storage.models import ChecklistItem, ImprovementAction, Incident, Recommendation, Step

WHERE = {
    "in_area": "In the area",
    "resident_harmed_outside_england": "Resident here, harmed outside England",
}


STEP_ACTION = "case_step"
HISTORY_ACTION = "case_history"
CLOSE_ACTION = "case_close"
CLOSE_SETTLED_ACTION = "case_close_settled"
REOPEN_ACTION = "case_reopen"
EDIT_ACTION = "case_edit"

#: Blocks a card has after its steps: a line for steps not shown, the footer, the buttons.
_AFTER_STEPS = 3
#: A reason typed into a form (at most 300 characters there), as the card quotes it.
_REASON = 300

#: What "record as done" is called for the steps whose completion is an event in itself.
_RECORD = {
    "panel_notification": "Record notification sent…",
    "lcspr_decision": "Record the decision…",
    "lcspr_publication": "Record publication…",
    "final_report_to_panel": "Record report sent…",
}


def case_card(
    incident: Incident,
    steps: Sequence[Step],
    today: date,
    rules: Rules,
    *,
    controls: bool = True,
    review: Review | None = None,
    recommendations: Sequence[Recommendation] = (),
    actions: Sequence[ImprovementAction] = (),
    items: Sequence[ChecklistItem] = (),
) -> list[Block]:
    """The card's blocks; ``steps`` in the order to show them (soonest first). Without
    ``controls`` (a copy shown elsewhere) it has no menus or buttons: those answer only
    where they were pressed, in the channel. With ``review``, the rapid review's section
    (sign-off, the Panel) follows the decision; the improvement actions section (the
    register: ``recommendations``, ``actions``) follows the review's sections. With
    nothing left to record (``items``: the checklist), the card asks to close the case."""
    calendar = rules.calendar
    facts = [
        ("What happened", "Died" if incident.died else "Seriously harmed"),
        (
            "Abuse or neglect",
            "Known or suspected" if incident.abuse_or_neglect else "Not suspected",
        ),
        ("Age band", AGE_BANDS.get(incident.age_band or "", "Not given")),
        ("Where", WHERE.get(incident.location, incident.location)),
        ("Aware on", day(incident.aware_on)),
        ("Case owner", owner(incident.owner_id)),
    ]
    if incident.looked_after or incident.care_leaver:
        facts.append(("Status", "Looked-after child" if incident.looked_after else "Care leaver"))
    if incident.notified_on:
        facts.append(("Panel notified", day(incident.notified_on)))
    fields = [MarkdownTextObject(text=cut(f"*{k}*\n{v}", FIELD_TEXT)) for k, v in facts]
    blocks: list[Block] = [HeaderBlock(text=cut(case_title(incident), HEADER_TEXT))]
    if incident.closed_at:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=closed_line(incident))))
    what = (
        settled(published_on=incident.published_on, steps=steps, items=items, actions=actions)
        if controls and not incident.closed_at
        else None
    )
    if what is not None:
        blocks.append(_close_now(incident, what))
    blocks += [SectionBlock(fields=fields[i : i + FIELDS]) for i in range(0, len(fields), FIELDS)]
    if incident.summary:
        blocks.append(
            SectionBlock(text=MarkdownTextObject(text=cut(escape(incident.summary), SECTION_TEXT)))
        )
    # The proceedings and publication section, where shown, says what the card's decision
    # lines would about publication, and how proceedings moved it.
    publication = (
        publication_blocks(incident, review, steps, rules, controls=controls) if review else []
    )
    if decision := _decision(incident, publication=not publication):
        blocks.append(SectionBlock(text=MarkdownTextObject(text=decision)))
    if review is not None:
        blocks += review_blocks(incident, review, steps, today, rules, controls=controls)
        blocks += publication
    agencies = rules.checklist.agencies
    blocks += improvement_blocks(
        incident, recommendations, actions, agencies, today, controls=controls
    )
    blocks.append(DividerBlock())
    if steps:  # a case below the threshold may have none: its section says so
        blocks.append(SectionBlock(text=MarkdownTextObject(text="*Statutory deadlines*")))
    blocks += _not_serious(incident, steps)
    # Room for the steps, leaving the footer, buttons and a line for any not shown.
    room = MESSAGE_BLOCKS - len(blocks) - _AFTER_STEPS
    blocks += [
        SectionBlock(
            block_id=f"step:{step.id}",
            text=MarkdownTextObject(text=_step_line(step, today, calendar, incident)),
            accessory=_step_menu(step, rules) if _has_menu(step, incident, controls) else None,
        )
        for step in steps[:room]
    ]
    if len(steps) > room:
        more = f"{len(steps) - room} more steps are not shown: the card holds {room}."
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=more)]))
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=f"Logged by <@{incident.created_by}>. Working days exclude "
                    "weekends, England & Wales bank holidays and partnership closure days."
                )
            ]
        )
    )
    if controls:
        blocks.append(
            ActionsBlock(block_id="case", elements=_case_buttons(incident, ready=what is not None))
        )
    return blocks


def closed_line(incident: Incident) -> str:
    """What a closed case says first, on its card and its checklist."""
    assert incident.closed_at is not None
    by = f" by <@{incident.closed_by}>" if incident.closed_by else ""  # unknown before 0.2
    reason = cut(escape(incident.close_reason or "no reason given"), _REASON)
    return f":lock: *Closed on {day_of(incident.closed_at)}{by}:* {reason}"


def _close_now(incident: Incident, what: str) -> SectionBlock:
    """What was settled, and the button that closes the case with it as the reason."""
    text = (
        f":white_check_mark: *Everything is recorded:* {what}. Close the case now? "
        "It can be reopened later."
    )
    button = ButtonElement(
        text="Close the case",
        action_id=CLOSE_SETTLED_ACTION,
        value=str(incident.id),
        style="primary",
    )
    return SectionBlock(
        block_id="close_now",
        text=MarkdownTextObject(text=cut(text, SECTION_TEXT)),
        accessory=button,
    )


def _case_buttons(incident: Incident, *, ready: bool) -> list[ButtonElement]:
    """History always; then Edit and Close (early, with a reason) for an open case, unless
    it is ``ready`` to close (the card's *Close the case* does that); Reopen for a closed
    one."""
    value = str(incident.id)
    buttons = [ButtonElement(text="History", action_id=HISTORY_ACTION, value=value)]
    if incident.closed_at:
        buttons.append(ButtonElement(text="Reopen case…", action_id=REOPEN_ACTION, value=value))
    else:
        buttons.append(ButtonElement(text="Edit case…", action_id=EDIT_ACTION, value=value))
        if not ready:
            buttons.append(ButtonElement(text="Close case…", action_id=CLOSE_ACTION, value=value))
    return buttons


def _not_serious(incident: Incident, steps: Sequence[Step]) -> list[Block]:
    """For a case that is not a serious child safeguarding incident: why it has no Panel
    notification or rapid review, whether a practice learning review is held, and whether
    anything still applies (nothing otherwise)."""
    facts = facts_of(incident)
    reasons = not_serious_reasons(facts)
    if not reasons:
        return []
    duties = "Panel notification or rapid review"
    if not facts.child:
        duties = "Panel notification, rapid review or child death review (CDOP)"
    rest = "The steps that still apply are below." if steps else "No statutory step applies."
    why = f"{' and '.join(reasons)}, so no {duties} is needed. {rest}"
    if facts.practice_learning_review:
        text = (
            "*Not a serious child safeguarding incident: a practice learning review is held* "
            "(local practice, not a statutory review; its checklist is in the card's thread). "
            f"{why[0].upper()}{why[1:]}"
        )
    else:
        text = f"*Not a serious child safeguarding incident*: {why}"
    return [SectionBlock(block_id="not_serious", text=MarkdownTextObject(text=text))]


def _decision(incident: Incident, *, publication: bool = True) -> str | None:
    """The review decision, its rationale, when the family heard, and publication (unless
    not ``publication``), once any of them is known."""
    lines = []
    if incident.decision:
        decided = f", decided {day(incident.decided_on)}" if incident.decided_on else ""
        lines.append(
            f"*Review decision:* {DECISIONS.get(incident.decision, incident.decision)}{decided}"
        )
        if incident.decision_rationale:
            lines.append(f"Rationale: “{cut(escape(incident.decision_rationale), RATIONALE_MAX)}”")
        told = day(incident.family_informed_on) if incident.family_informed_on else "not yet"
        lines.append(f"Shared with the family: {told}")
    if publication and incident.published_on:
        lines.append(f"*Published:* {day(incident.published_on)}")
    elif publication and incident.publication_planned_on:
        lines.append(f"*Publication planned:* {day(incident.publication_planned_on)}")
    return "\n".join(lines) or None


def _has_menu(step: Step, incident: Incident, controls: bool) -> bool:
    """The steps of an open case have menus, but for those the rapid review section
    records (the Panel's answer, the decision's path) and the rapid review once sent,
    which the section undoes."""
    sent = step.step_key == RAPID_REVIEW_STEP and step.status == Status.DONE
    return controls and not incident.closed_at and step.step_key not in REVIEW_STEPS and not sent


def _step_menu(step: Step, rules: Rules) -> ButtonElement | OverflowMenuElement:
    """What can be done to a step now; each option's value is ``verb:step id``."""
    if step.status == Status.OPEN:
        # The rapid review is recorded as sent from its own section, after the sign-off;
        # a minimum period is kept up, not done.
        recorded = step.step_key != RAPID_REVIEW_STEP and step.kind == StepKind.DEADLINE
        done = _RECORD.get(step.step_key, StepVerb.DONE.label)
        options = [(StepVerb.DONE, done)] if recorded else []
        if step.step_key == "lcspr_publication":
            options.append((StepVerb.PLAN, StepVerb.PLAN.label))
        verbs = [StepVerb.ASSIGN, StepVerb.NOT_APPLICABLE]
        if rules.timetable.is_pausable(step.step_key):
            verbs.append(StepVerb.PAUSE)
        options += [(verb, verb.label) for verb in verbs]
    elif step.status == Status.PAUSED:
        # Held by proceedings, it resumes when they conclude (the card's proceedings section).
        verbs = (
            [StepVerb.ASSIGN] if step.held_by_proceedings else [StepVerb.RESUME, StepVerb.ASSIGN]
        )
        options = [(verb, verb.label) for verb in verbs]
    else:
        options = [(StepVerb.UNDO, StepVerb.UNDO.label)]
    return menu(STEP_ACTION, [(menu_value(verb, step.id), label) for verb, label in options])


def _step_line(step: Step, today: date, calendar: WorkingCalendar, incident: Incident) -> str:
    """A step's status, due date and owner; a closed case's steps show no countdown."""
    mark = STATUS_MARK[step.status]
    counting = step.status == Status.OPEN and incident.closed_at is None
    if step.status == Status.DONE and step.completed_on:
        when = f"done {day(step.completed_on)} (recorded by <@{step.completed_by}>)"
    elif step.status == Status.PAUSED:
        when = f"paused: {cut(escape(step.pause_reason or ''), _REASON)}"
    elif step.status == Status.NOT_APPLICABLE:
        reason = step.not_applicable_reason
        when = f"not applicable: “{cut(escape(reason), _REASON)}”" if reason else "not applicable"
        when += f" (recorded by <@{step.completed_by}>)" if step.completed_by else ""
    elif step.status != Status.OPEN:
        when = step.status.replace("_", " ")
    elif step.due_on is None:
        when = "date not yet known"
    elif step.kind == StepKind.MINIMUM_PERIOD:  # a period kept, not a deadline: no countdown
        when = f"available until at least *{day(step.due_on)}*"
    elif not counting:
        when = f"was due {day(step.due_on)}"
    else:
        when = f"due *{day(step.due_on)}* · {time_left(step.due_on, today, calendar)}"
    provisional = " · _provisional_" if step.provisional and counting else ""
    who = owner(step.owner_id, step.owner_role)
    title = shown_title(step.title)
    line = f"{mark} *{title}*\n{when}{provisional} · {who}"
    if counting and step.step_key in RECORD_LABELS:  # its own menu cannot record it
        line += f"\nRecorded from *{REVIEW_HEADING}* (its ⋯ menu: {RECORD_LABELS[step.step_key]})"
    elif step.held_by_proceedings and step.status == Status.PAUSED and not incident.closed_at:
        line += (
            f"\nResumes once they are recorded concluded in *{PUBLICATION_HEADING}* "
            f"(its ⋯ menu: {CONCLUDED_LABEL})"
        )
    # How a date was reached matters while it is counted down, not once the case is closed.
    return cut(line if incident.closed_at else f"{line}\n_{escape(step.basis)}_", SECTION_TEXT)


def case_card_text(incident: Incident) -> str:
    """The notification text Slack shows where blocks cannot be (and screen readers read):
    what the case is, as its card says (a practice learning review is no serious incident)."""
    if incident.practice_learning_review:
        what = "Practice learning review"
    elif not_serious_reasons(facts_of(incident)):
        what = "Case"
    else:
        what = "Serious incident"
    return f"{what} {escape(case_title(incident))}"
