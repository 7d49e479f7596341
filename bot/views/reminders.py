"""Reminder messages, assignment notices, the daily digest, and what a reminder turns
into once acted on.

A reminder message gathers everything due for one person (or one case's thread) on one
day, grouped by case. It names each case by reference and pseudonym only, each step or
checklist item, its due date and the working days left (or past it), in plain words:
reviews are about learning, not blame. Each line has its own buttons (Mark done, Snooze),
and acting on one changes that line only; an assignment notice carries the same buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.domain.calendar import WorkingCalendar
from bot.domain.timetable import YearlyReportRule
from bot.domain.words import Status
from bot.domain.yearly import YearlyReminder
from bot.usecases.read_models import Remindable
from bot.views.case_card import case_title
from bot.views.text import (
    MESSAGE_BLOCKS,
    SECTION_TEXT,
    cut,
    day,
    escape,
    owner,
    shown_title,
    time_left,
)
from storage.models import ChecklistItem, Holder, ImprovementAction

DONE = "reminder_done"
SNOOZE = "reminder_snooze"
ITEM_DONE = "reminder_item_done"
ITEM_SNOOZE = "reminder_item_snooze"
ACTION_DONE = "reminder_action_done"
ACTION_SNOOZE = "reminder_action_snooze"


#: Slack's limit on a section's text, less room for the "and N more" line.
_SECTION_TEXT = 2900


def snooze_value(step: Remindable, days: int) -> str:
    """What a snooze button sends back: ``step (or item) id:working days``."""
    return f"{step.id}:{days}"


def _due_line(step: Remindable, today: date, calendar: WorkingCalendar) -> str:
    assert step.due_on is not None
    provisional = " · _provisional_" if getattr(step, "provisional", False) else ""
    return f"due *{day(step.due_on)}* · {time_left(step.due_on, today, calendar)}{provisional}"


@dataclass(frozen=True)
class Line:
    """One step or item in a reminder message; ``escalated``: told to someone other than
    its owner because it is overdue."""

    incident: Holder  # a case, or the national review an action is of
    thing: Remindable
    escalated: bool = False


def reminders_message(
    lines: Sequence[Line],
    today: date,
    calendar: WorkingCalendar,
    *,
    group: str | None = None,
    missed: date | None = None,
) -> tuple[str, list[Block]]:
    """One message for everything due for one person (or one case's thread, or one user
    group: ``group``, mentioned) today: each case's heading, then each of its steps and
    items with its own Mark done and Snooze buttons. Past Slack's 50 blocks it says how
    many more there are and where to see them. Sent late (``missed``: the day it was due
    to go out, when the bot could not send it), it says so once, at the top."""
    by_case: dict[str, list[Line]] = {}
    for line in sorted(lines, key=lambda line: line.thing.due_on or today):
        by_case.setdefault(line.incident.reference, []).append(line)
    cases = len(by_case)
    count = f"{len(lines)} due or overdue" + (f", in {cases} cases" if cases > 1 else "")
    mention = f"<!subteam^{group}> " if group else ""
    opening = f"{mention}:bell: *Reminders for {day(today)}*: {count}."
    if missed is not None:
        opening += f"\n_{late(missed)}_"
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=opening))]
    room = MESSAGE_BLOCKS - 3  # the opening, the "more" line and the closing words
    shown = 0
    for case_lines in by_case.values():
        if len(blocks) + 3 > room:  # a heading and one line, at least
            break
        heading = f"*{escape(case_title(case_lines[0].incident))}*"
        blocks.append(SectionBlock(text=MarkdownTextObject(text=heading)))
        for line in case_lines:
            if len(blocks) + 2 > room:
                break
            blocks += [_line(line, today, calendar), _controls(line.thing)]
            shown += 1
    if shown < len(lines):
        more = (
            f"…and {len(lines) - shown} more. The Home tab of this app lists what you own, "
            "soonest first; /incident list shows every open case."
        )
        blocks.append(SectionBlock(text=MarkdownTextObject(text=more)))
    blocks.append(_what_stops(lines))
    return _notification(lines, today, calendar, missed), blocks


def late(missed: date) -> str:
    """What a reminder sent after an outage (or out of working hours) says of itself."""
    return f"Sent late: this was due to go out on {day(missed)} and could not be sent then."


def _line(line: Line, today: date, calendar: WorkingCalendar) -> SectionBlock:
    thing = line.thing
    escalated = " · _overdue, so sent to you too_" if line.escalated else ""
    text = (
        f"*{shown_title(thing.title)}*\n{_due_line(thing, today, calendar)} · "
        f"{_owner_of(thing)}{escalated}"
    )
    return SectionBlock(block_id=_line_id(thing), text=MarkdownTextObject(text=text))


def _notification(
    lines: Sequence[Line], today: date, calendar: WorkingCalendar, missed: date | None
) -> str:
    """The message's plain text, which notifications and screen readers show; a late one
    says so first, where a cut cannot drop it."""
    parts = []
    for line in lines:
        assert line.thing.due_on is not None
        left = time_left(line.thing.due_on, today, calendar)
        parts.append(
            f"{escape(case_title(line.incident))}: {shown_title(line.thing.title)}, "
            f"due {day(line.thing.due_on)} ({left})"
        )
    text = f"Reminder{'s' if len(parts) > 1 else ''}: {'; '.join(parts)}."
    return cut(f"{late(missed)} {text}" if missed else text, SECTION_TEXT)


def assignment_notice(
    incident: Holder, given: Remindable, today: date, calendar: WorkingCalendar, see: str
) -> tuple[str, list[Block]]:
    """The direct message to someone just given a step or checklist item: what it is,
    which case, when it is due, ``see`` (a link to the card or checklist), and, while it is
    open, the reminder's buttons."""
    title = escape(case_title(incident))
    due = when = ""
    if given.due_on is not None and given.status == Status.OPEN:
        due, when = f"\n{_due_line(given, today, calendar)}", f", due {day(given.due_on)}"
    text = f"You now own “{shown_title(given.title)}”{when}, in {title}. See {see}."
    lines = f":inbox_tray: You now own *{shown_title(given.title)}*, in *{title}*{due}\nSee {see}."
    blocks: list[Block] = [
        SectionBlock(block_id=_line_id(given), text=MarkdownTextObject(text=lines))
    ]
    if given.status == Status.OPEN:
        blocks += [_controls(given), _what_stops([Line(incident, given)])]
    return text, blocks


def _owner_of(thing: Remindable) -> str:
    if isinstance(thing, ImprovementAction):
        return f"improvement action · {owner(thing.owner_id)}"
    if isinstance(thing, ChecklistItem):
        return owner(thing.owner_id)
    return owner(thing.owner_id, thing.owner_role)


def _line_id(thing: Remindable) -> str:
    if isinstance(thing, ImprovementAction):
        return f"line_action:{thing.id}"
    return f"line_item:{thing.id}" if isinstance(thing, ChecklistItem) else f"line:{thing.id}"


def _controls(thing: Remindable) -> ActionsBlock:
    """Mark done and the two snoozes, for a step, an item or an improvement action."""
    if isinstance(thing, ImprovementAction):
        done, snooze, block_id = ACTION_DONE, ACTION_SNOOZE, f"reminder_action:{thing.id}"
    elif isinstance(thing, ChecklistItem):
        done, snooze, block_id = ITEM_DONE, ITEM_SNOOZE, f"reminder_item:{thing.id}"
    else:
        done, snooze, block_id = DONE, SNOOZE, f"reminder:{thing.id}"
    return ActionsBlock(
        block_id=block_id,
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


def _what_stops(lines: Sequence[Line]) -> ContextBlock:
    kinds = {_kind(line.thing) for line in lines}
    words = {
        frozenset({"item"}): "Reminders stop once the item is done, not applicable or snoozed. "
        "Use its menu on the checklist for the other changes.",
        frozenset({"step"}): "Reminders stop once the step is done, not applicable, paused or "
        "snoozed. Use ⋯ on the case card for the other changes.",
        frozenset({"action"}): "Reminders stop once the action is done (Mark done asks for the "
        "evidence), not taken forward or snoozed. Use Improvement actions on the case card "
        "for the other changes.",
    }.get(
        frozenset(kinds),
        "Reminders stop once a step, item or action is done, not applicable or snoozed. Use ⋯ "
        "on the case card, or an item's menu on the checklist, for the other changes.",
    )
    return ContextBlock(elements=[MarkdownTextObject(text=words)])


def _kind(thing: Remindable) -> str:
    if isinstance(thing, ImprovementAction):
        return "action"
    return "item" if isinstance(thing, ChecklistItem) else "step"


def settled(
    blocks: Sequence[dict[str, Any]], pressed: str, what: str, incident: Holder, thing: Remindable
) -> list[dict[str, Any]]:
    """A reminder message (as Slack sent it back, ``blocks``) once someone acted on one of
    its lines, the buttons' block ``pressed``: that line says ``what`` happened and loses
    its buttons; the other lines stay as they were. A message with no such line is
    replaced by what happened."""
    kept = [block for block in blocks if block.get("block_id") != pressed]
    line_id = _line_id(thing)
    if len(kept) == len(blocks) or not any(b.get("block_id") == line_id for b in kept):
        text = f"*{escape(case_title(incident))}*\n*{shown_title(thing.title)}*\n{what}"
        return [SectionBlock(text=MarkdownTextObject(text=text)).to_dict()]
    out = []
    for block in kept:
        if block.get("block_id") == line_id:
            text = f"{block['text']['text']}\n{what}"
            block = {**block, "text": {**block["text"], "text": cut(text, SECTION_TEXT)}}
        out.append(block)
    return out


def undelivered(incident: Holder, things: Sequence[Remindable], recipient: str, error: str) -> str:
    """Told in the case's thread when a reminder cannot be delivered at all."""
    titles = ", ".join(f"*{shown_title(thing.title)}*" for thing in things)
    where = {
        frozenset({"item"}): "each item (its menu on the checklist)",
        frozenset({"step"}): "each step (⋯ on the case card)",
        frozenset({"action"}): "each improvement action (Improvement actions, on the card)",
    }.get(
        frozenset(_kind(thing) for thing in things),
        "each step, item and action (⋯ on the case card, the menus on the checklist)",
    )
    return cut(
        f"A reminder about {titles} ({escape(case_title(incident))}) could not be delivered "
        f"to {owner(recipient)}: Slack answered `{escape(error)}`. Please check who owns "
        f"{where}.",
        SECTION_TEXT,
    )


def digest_message(
    steps: Sequence[tuple[Holder, Remindable]], today: date, calendar: WorkingCalendar
) -> tuple[str, list[Block]]:
    """One message: what is overdue, then what is due from today to Sunday. Statutory steps
    and improvement actions take a line each, with whoever owns them, so the business unit
    sees who has what; a case's checklist items share one line (there are many, and the
    checklist lists them), so the digest stays short enough to read."""
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
                    text="Open steps, improvement actions and checklist items of open cases; "
                    "paused steps are left out. /incident show REFERENCE for one case."
                )
            ]
        )
    )
    return text, blocks


def _listing(
    heading: str,
    rows: Sequence[tuple[Holder, Remindable]],
    today: date,
    calendar: WorkingCalendar,
) -> SectionBlock:
    """The rows soonest first, a case's checklist items gathered where its first one falls."""
    entries: list[list[tuple[Holder, Remindable]]] = []
    items_of: dict[int | None, list[tuple[Holder, Remindable]]] = {}
    for incident, thing in rows:
        if not isinstance(thing, ChecklistItem):
            entries.append([(incident, thing)])
        elif incident.id in items_of:
            items_of[incident.id].append((incident, thing))
        else:
            entries.append(items_of.setdefault(incident.id, [(incident, thing)]))
    lines = [heading]
    length = len(heading)
    for shown, entry in enumerate(entries):
        line = _digest_line(entry, today, calendar)
        if length + len(line) > _SECTION_TEXT:
            lines.append(f"…and {sum(map(len, entries[shown:]))} more: /incident list")
            break
        lines.append(line)
        length += len(line) + 1
    return SectionBlock(text=MarkdownTextObject(text="\n".join(lines)))


def _digest_line(
    entry: Sequence[tuple[Holder, Remindable]], today: date, calendar: WorkingCalendar
) -> str:
    """One step or action, or one case's checklist items (the soonest first)."""
    incident, first = entry[0]
    case = f"• *{escape(case_title(incident))}*"
    if len(entry) == 1:
        kind = "checklist item · " if isinstance(first, ChecklistItem) else ""
        due = _due_line(first, today, calendar)
        return f"{case} · {shown_title(first.title)} · {due} · {kind}{_owner_of(first)}"
    owners = ", ".join(dict.fromkeys(_owner_of(thing) for _, thing in entry))
    return (
        f"{case} · {len(entry)} checklist items, the soonest {_due_line(first, today, calendar)}"
        f" · {owners}"
    )


def yearly_report_message(
    rule: YearlyReportRule, wanted: YearlyReminder, today: date, calendar: WorkingCalendar
) -> tuple[str, list[Block]]:
    """The channel's reminder of the partners' yearly report: what, by when, where it
    comes from, and that the bot gives only its figures (late, it says when it was due)."""
    left = calendar.working_days_between(today, wanted.due_on)
    when = f"due {day(wanted.due_on)}" + (
        f" ({left} working day{'s' * (left != 1)} left)" if left else " (today)"
    )
    label = wanted.year.label
    text = f"Yearly report {label}: {rule.title}, {when}."
    late = f" This reminder was due {day(wanted.remind_on)}." if wanted.remind_on < today else ""
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"*{escape(text)}*{late}")),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=f"{escape(rule.source)}. `/incident report {label}` gives the "
                    "figures about reviews; the impact, priorities, the voice of children "
                    "and families, training, scrutiny and funding are the partnership's to "
                    "write."
                )
            ]
        ),
    ]
    return text, blocks
