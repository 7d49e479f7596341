"""The rapid review checklist message: one section per item, each with its own menu.

A menu (rather than a row of buttons) keeps every item to one block, so a long checklist
with an item per agency stays inside Slack's 50-block message limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    OverflowMenuElement,
    SectionBlock,
)

from bot.blocks.case_card import closed_line
from bot.blocks.text import STATUS_MARK, day, day_of, escape, owner, time_left
from bot.domain.calendar import WorkingCalendar
from storage.models import ChecklistItem, Incident

ACTION = "checklist_item"


def item_action(verb: str, item: ChecklistItem) -> str:
    """The value an item's menu option sends back: ``verb:item id``."""
    return f"{verb}:{item.id}"


def checklist_message(
    incident: Incident, items: Sequence[ChecklistItem], today: date, calendar: WorkingCalendar
) -> list[Block]:
    """The checklist's blocks, rendered from the database each time, so they never drift."""
    done = sum(item.status != "open" for item in items)
    closed = incident.closed_at is not None
    how = "" if closed else " Use ⋯ on an item."
    blocks: list[Block] = [HeaderBlock(text=f"Rapid review checklist · {incident.reference}")]
    if closed:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=closed_line(incident))))
    blocks.append(
        ContextBlock(elements=[MarkdownTextObject(text=f"{done} of {len(items)} done.{how}")])
    )
    blocks += [_item(item, today, calendar, closed=closed) for item in items]
    return blocks


def _item(
    item: ChecklistItem, today: date, calendar: WorkingCalendar, *, closed: bool
) -> SectionBlock:
    """One item; a closed case's items have no countdown and no menu."""
    lines = [f"{STATUS_MARK.get(item.status, STATUS_MARK['open'])} *{escape(item.title)}*"]
    if item.status == "open":
        if item.due_on is None:
            due = ""
        elif closed:
            due = f"was due {day(item.due_on)} · "
        else:
            due = f"due {day(item.due_on)} · {time_left(item.due_on, today, calendar)} · "
        lines.append(f"{due}{owner(item.owner_id)}")
    elif item.updated_by and item.updated_at:
        what = "done" if item.status == "done" else "not applicable"
        lines.append(f"{what} by <@{item.updated_by}> on {day_of(item.updated_at)}")
    if item.note:
        lines.append(f"_{escape(item.note)}_")
    text = MarkdownTextObject(text="\n".join(lines))
    if closed:
        return SectionBlock(block_id=f"item:{item.id}", text=text)
    if item.status == "open":
        options = [("done", "Mark done"), ("not_applicable", "Not applicable")]
        options.append(("assign", "Assign owner…"))
    else:
        options = [("undo", "Undo")]
    options.append(("note", "Edit note…" if item.note else "Add a note…"))
    return SectionBlock(
        block_id=f"item:{item.id}",
        text=text,
        accessory=OverflowMenuElement(
            action_id=ACTION,
            options=[Option(value=item_action(verb, item), label=label) for verb, label in options],
        ),
    )
