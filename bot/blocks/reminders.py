"""Reminder messages, the daily digest, and what a reminder turns into once acted on.

A reminder names the case by reference and pseudonym only, the step, its due date and the
working days left (or past it), in plain words: reviews are about learning, not blame.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.blocks.case_card import case_title
from bot.blocks.text import ROLES, day, escape, owner, shown_title, time_left
from bot.domain.calendar import WorkingCalendar
from storage.models import Incident, Step

DONE = "reminder_done"
SNOOZE = "reminder_snooze"

#: Slack's limit on a section's text, less room for the "and N more" line.
_SECTION_TEXT = 2900


def snooze_value(step: Step, days: int) -> str:
    """What a snooze button sends back: ``step id:working days``."""
    return f"{step.id}:{days}"


def _due_line(step: Step, today: date, calendar: WorkingCalendar) -> str:
    assert step.due_on is not None
    provisional = " · _provisional_" if step.provisional else ""
    return f"due *{day(step.due_on)}* · {time_left(step.due_on, today, calendar)}{provisional}"


def reminder_message(
    incident: Incident,
    step: Step,
    today: date,
    calendar: WorkingCalendar,
    *,
    group: str | None = None,
) -> tuple[str, list[Block]]:
    """A reminder's notification text and blocks; ``group`` is a user group to mention
    (an escalation posted in the case's thread)."""
    assert step.due_on is not None
    title = escape(case_title(incident))
    left = time_left(step.due_on, today, calendar)
    text = f"Reminder: {title}: {shown_title(step.title)}, due {day(step.due_on)} ({left})."
    mention = f"<!subteam^{group}> " if group else ""
    lines = [
        f"{mention}:bell: *{title}*",
        f"*{shown_title(step.title)}*",
        f"{_due_line(step, today, calendar)} · {owner(step.owner_id, step.owner_role)}",
    ]
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines))),
        ActionsBlock(
            block_id=f"reminder:{step.id}",
            elements=[
                ButtonElement(
                    text="Mark done", action_id=DONE, value=str(step.id), style="primary"
                ),
                ButtonElement(
                    text="Remind me next working day",
                    action_id=f"{SNOOZE}:1",
                    value=snooze_value(step, 1),
                ),
                ButtonElement(
                    text="In two working days",
                    action_id=f"{SNOOZE}:2",
                    value=snooze_value(step, 2),
                ),
            ],
        ),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text="Reminders stop once the step is done, not applicable, paused or "
                    "snoozed. Use ⋯ on the case card for the other changes."
                )
            ]
        ),
    ]
    return text, blocks


def reminder_outcome(incident: Incident, step: Step, what: str) -> list[Block]:
    """A reminder once someone acted on it: what happened, and no more buttons."""
    title = escape(case_title(incident))
    return [
        SectionBlock(
            text=MarkdownTextObject(text=f"*{title}*\n*{shown_title(step.title)}*\n{what}")
        )
    ]


def undelivered(incident: Incident, step: Step, recipient: str, error: str) -> str:
    """Told in the case's thread when a reminder cannot be delivered at all."""
    return (
        f"A reminder about *{shown_title(step.title)}* ({escape(case_title(incident))}) could "
        f"not be delivered to {owner(recipient)}: Slack answered `{escape(error)}`. Please "
        "check who owns this step (⋯ on the case card)."
    )


def digest_message(
    steps: Sequence[tuple[Incident, Step]], today: date, calendar: WorkingCalendar
) -> tuple[str, list[Block]]:
    """One message: the open steps overdue, then those due from today to Sunday. Owners
    are named by role, so the digest does not notify everyone in it every day."""
    overdue = [(i, s) for i, s in steps if s.due_on and s.due_on < today]
    this_week = [(i, s) for i, s in steps if s.due_on and s.due_on >= today]
    text = f"Daily digest, {day(today)}: {len(overdue)} overdue, {len(this_week)} due by Sunday."
    blocks: list[Block] = [HeaderBlock(text=f"Daily digest · {day(today)}")]
    for heading, rows in (("Overdue", overdue), ("Due this week", this_week)):
        if rows:
            blocks.append(_listing(f"*{heading} ({len(rows)})*", rows, today, calendar))
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text="Open steps of open cases; paused steps are left out. "
                    "/incident show REFERENCE for one case."
                )
            ]
        )
    )
    return text, blocks


def _listing(
    heading: str, rows: Sequence[tuple[Incident, Step]], today: date, calendar: WorkingCalendar
) -> SectionBlock:
    lines = [heading]
    length = len(heading)
    for shown, (incident, step) in enumerate(rows):
        role = ROLES.get(step.owner_role, "No owner yet")
        line = (
            f"• *{escape(case_title(incident))}* · {shown_title(step.title)} · "
            f"{_due_line(step, today, calendar)} · {role}"
        )
        if length + len(line) > _SECTION_TEXT:
            lines.append(f"…and {len(rows) - shown} more: /incident list")
            break
        lines.append(line)
        length += len(line) + 1
    return SectionBlock(text=MarkdownTextObject(text="\n".join(lines)))
