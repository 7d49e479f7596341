"""The checklist message: one section per item, each with its own menu. A serious
incident's is the rapid review checklist; a case below the threshold that holds a practice
learning review has that review's checklist instead, in the same message with the same menus.

A menu (rather than a row of buttons) keeps every item to one block, so a long checklist
with an item per agency stays inside Slack's 50-block message limit; a checklist file
that could make more items than that is refused when the bot starts
(:data:`bot.domain.checklist.MAX_ITEMS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.domain.calendar import WorkingCalendar
from bot.domain.checklist import MAX_ITEMS
from bot.domain.learning_review import LearningReviewTemplate, is_learning_item
from bot.domain.words import ItemVerb, Status
from bot.views.case_card import closed_line
from bot.views.text import (
    HEADER_TEXT,
    SECTION_TEXT,
    STATUS_MARK,
    STATUS_WORDS,
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
from storage.models import ChecklistItem, Incident

ACTION = "checklist_item"
#: A note as the checklist shows it, whatever was stored: well within one section.
_NOTE = 1000
#: A checklist whose items no longer apply (a corrected case), and none was done.
_NONE_NOW = "No checklist applies to this case now: its facts were corrected (see History)."


def checklist_title(incident: Incident, items: Sequence[ChecklistItem]) -> str:
    """Which checklist the case has: a practice learning review's (held now, or all that
    is left after it was unticked), the rapid review's, or none any more (its facts were
    corrected; the message stays in the thread)."""
    if incident.practice_learning_review or (
        items and all(is_learning_item(item.item_key) for item in items)
    ):
        return "Practice learning review checklist"
    return "Rapid review checklist" if items else "Checklist"


def checklist_message(
    incident: Incident,
    items: Sequence[ChecklistItem],
    today: date,
    calendar: WorkingCalendar,
    *,
    learning: LearningReviewTemplate | None = None,
) -> list[Block]:
    """The checklist's blocks, rendered from the database each time, so they never drift.
    With ``learning`` (the rules' practice learning review), its items show their role
    while nobody is given them."""
    closed = incident.closed_at is not None
    how = "" if closed else " Use ⋯ on an item."
    title = checklist_title(incident, items)
    blocks: list[Block] = [HeaderBlock(text=cut(f"{title} · {incident.reference}", HEADER_TEXT))]
    if closed:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=closed_line(incident))))
    more = ""
    if len(items) > MAX_ITEMS:  # only if items were stored under a longer, older file
        more = f" {len(items) - MAX_ITEMS} more items are not shown: a message holds {MAX_ITEMS}."
    done = f"{progress(items)}{how}{more}" if items else _NONE_NOW
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=done)]))
    blocks += [
        _item(
            item,
            today,
            calendar,
            closed=closed,
            role=learning.role_of(item.item_key) if learning else None,
        )
        for item in items[:MAX_ITEMS]
    ]
    return blocks


def progress(items: Sequence[ChecklistItem]) -> str:
    """``3 of 21 done, 1 not applicable.``: an item that does not apply is not one to do."""
    not_applicable = sum(item.status == Status.NOT_APPLICABLE for item in items)
    done = sum(item.status == Status.DONE for item in items)
    words = f"{done} of {len(items) - not_applicable} done"
    return f"{words}, {not_applicable} not applicable." if not_applicable else f"{words}."


def _item(
    item: ChecklistItem,
    today: date,
    calendar: WorkingCalendar,
    *,
    closed: bool,
    role: str | None = None,
) -> SectionBlock:
    """One item; a closed case's items have no countdown and no menu."""
    title = shown_title(item.title)
    lines = [f"{STATUS_MARK[item.status]} *{title}*"]
    if item.status == Status.OPEN:
        if item.due_on is None:
            due = ""
        elif closed:
            due = f"was due {day(item.due_on)} · "
        else:
            due = f"due {day(item.due_on)} · {time_left(item.due_on, today, calendar)} · "
        lines.append(f"{due}{owner(item.owner_id) if item.owner_id or not role else role}")
    elif item.updated_by and item.updated_at:
        what = STATUS_WORDS[item.status]
        when = day(item.done_on) if item.done_on else day_of(item.updated_at)
        why = item.not_applicable_reason if item.status == Status.NOT_APPLICABLE else None
        reason = f": “{cut(escape(why), _NOTE)}”" if why else ""
        lines.append(f"{what} by <@{item.updated_by}> on {when}{reason}")
    if item.note:
        lines.append(f"_{cut(escape(item.note), _NOTE)}_")
    text = MarkdownTextObject(text=cut("\n".join(lines), SECTION_TEXT))
    if closed:
        return SectionBlock(block_id=f"item:{item.id}", text=text)
    if item.status == Status.OPEN:
        verbs = (ItemVerb.DONE, ItemVerb.DONE_ON, ItemVerb.NOT_APPLICABLE, ItemVerb.ASSIGN)
        options = [(verb, verb.label) for verb in verbs]
    else:
        options = [(ItemVerb.UNDO, ItemVerb.UNDO.label)]
    options.append((ItemVerb.NOTE, "Edit note…" if item.note else ItemVerb.NOTE.label))
    return SectionBlock(
        block_id=f"item:{item.id}",
        text=text,
        accessory=menu(ACTION, [(menu_value(verb, item.id), label) for verb, label in options]),
    )
