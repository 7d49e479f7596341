"""Reminder messages, assignment notices, the daily digest, and what a reminder turns
into once acted on.

A reminder names the case by reference and pseudonym only, the step or checklist item,
its due date and the working days left (or past it), in plain words: reviews are about
learning, not blame. Its buttons (Mark done, Snooze) act on the step or item it names; an
assignment notice carries the same buttons.
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
from storage.models import ChecklistItem, Incident, Step

DONE = "reminder_done"
SNOOZE = "reminder_snooze"
ITEM_DONE = "reminder_item_done"
ITEM_SNOOZE = "reminder_item_snooze"

Reminded = Step | ChecklistItem
"""What a reminder is about: a statutory step or a checklist item."""

#: Slack's limit on a section's text, less room for the "and N more" line.
_SECTION_TEXT = 2900


def snooze_value(step: Reminded, days: int) -> str:
    """What a snooze button sends back: ``step (or item) id:working days``."""
    return f"{step.id}:{days}"


def _due_line(step: Reminded, today: date, calendar: WorkingCalendar) -> str:
    assert step.due_on is not None
    provisional = " · _provisional_" if step.provisional else ""
    return f"due *{day(step.due_on)}* · {time_left(step.due_on, today, calendar)}{provisional}"


def reminder_message(
    incident: Incident,
    step: Reminded,
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
        f"{_due_line(step, today, calendar)} · {_owner_of(step)}",
    ]
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines))),
        _controls(step),
        _what_stops(step),
    ]
    return text, blocks


def assignment_notice(
    incident: Incident, given: Reminded, today: date, calendar: WorkingCalendar, see: str
) -> tuple[str, list[Block]]:
    """The direct message to someone just given a step or checklist item: what it is,
    which case, when it is due, ``see`` (a link to the card or checklist), and, while it is
    open, the reminder's buttons."""
    title = escape(case_title(incident))
    due = when = ""
    if given.due_on is not None and given.status == "open":
        due, when = f"\n{_due_line(given, today, calendar)}", f", due {day(given.due_on)}"
    text = f"You now own “{shown_title(given.title)}”{when}, in {title}. See {see}."
    lines = f":inbox_tray: You now own *{shown_title(given.title)}*, in *{title}*{due}\nSee {see}."
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=lines))]
    if given.status == "open":
        blocks += [_controls(given), _what_stops(given)]
    return text, blocks


def _owner_of(thing: Reminded) -> str:
    if isinstance(thing, ChecklistItem):
        return owner(thing.owner_id)
    return owner(thing.owner_id, thing.owner_role)


def _controls(thing: Reminded) -> ActionsBlock:
    """Mark done and the two snoozes, for a step or an item."""
    item = isinstance(thing, ChecklistItem)
    done, snooze = (ITEM_DONE, ITEM_SNOOZE) if item else (DONE, SNOOZE)
    return ActionsBlock(
        block_id=f"reminder_item:{thing.id}" if item else f"reminder:{thing.id}",
        elements=[
            ButtonElement(text="Mark done", action_id=done, value=str(thing.id), style="primary"),
            ButtonElement(
                text="Remind me next working day",
                action_id=f"{snooze}:1",
                value=snooze_value(thing, 1),
            ),
            ButtonElement(
                text="In two working days",
                action_id=f"{snooze}:2",
                value=snooze_value(thing, 2),
            ),
        ],
    )


def _what_stops(thing: Reminded) -> ContextBlock:
    if isinstance(thing, ChecklistItem):
        words = (
            "Reminders stop once the item is done, not applicable or snoozed. Use its menu "
            "on the checklist for the other changes."
        )
    else:
        words = (
            "Reminders stop once the step is done, not applicable, paused or snoozed. "
            "Use ⋯ on the case card for the other changes."
        )
    return ContextBlock(elements=[MarkdownTextObject(text=words)])


def reminder_outcome(incident: Incident, step: Reminded, what: str) -> list[Block]:
    """A reminder once someone acted on it: what happened, and no more buttons."""
    title = escape(case_title(incident))
    return [
        SectionBlock(
            text=MarkdownTextObject(text=f"*{title}*\n*{shown_title(step.title)}*\n{what}")
        )
    ]


def undelivered(incident: Incident, step: Reminded, recipient: str, error: str) -> str:
    """Told in the case's thread when a reminder cannot be delivered at all."""
    where = (
        "this item (its menu on the checklist)"
        if isinstance(step, ChecklistItem)
        else "this step (⋯ on the case card)"
    )
    return (
        f"A reminder about *{shown_title(step.title)}* ({escape(case_title(incident))}) could "
        f"not be delivered to {owner(recipient)}: Slack answered `{escape(error)}`. Please "
        f"check who owns {where}."
    )


def digest_message(
    steps: Sequence[tuple[Incident, Reminded]], today: date, calendar: WorkingCalendar
) -> tuple[str, list[Block]]:
    """One message: the open steps and checklist items overdue, then those due from today
    to Sunday. Owners are named by role, so the digest does not
    notify everyone in it every day."""
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
                    text="Open steps and checklist items of open cases; paused steps are "
                    "left out. "
                    "/incident show REFERENCE for one case."
                )
            ]
        )
    )
    return text, blocks


def _listing(
    heading: str,
    rows: Sequence[tuple[Incident, Reminded]],
    today: date,
    calendar: WorkingCalendar,
) -> SectionBlock:
    lines = [heading]
    length = len(heading)
    for shown, (incident, step) in enumerate(rows):
        # An item's title names its agency already.
        role = (
            "Checklist item"
            if isinstance(step, ChecklistItem)
            else ROLES.get(step.owner_role, "No owner yet")
        )
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
