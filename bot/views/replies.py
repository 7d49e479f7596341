"""Replies only the person who asked sees: help, the open-case list, refusals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock

from bot.domain.calendar import WorkingCalendar
from bot.usecases.read_models import case_title
from bot.views.text import LEARNING_REVIEW_MARK, day, escape, owner, shown_title, time_left
from storage.models import Incident, Step

HELP = (
    "*/incident* opens the form to log a serious child safeguarding incident.\n"
    "*/incident list* shows the open cases, next deadline first.\n"
    "*/incident show SI-2026-0001* shows one case and its deadlines.\n"
    "*/incident report [2026-27]* shows the reporting year's figures (this year by "
    "default): incidents notified, rapid reviews and their timeliness, the decisions, "
    "local reviews and their publication, delays, and the improvement actions; "
    "*/incident report 2026-27 xlsx* sends you them as an Excel workbook, with the cases, "
    "steps and actions behind them and charts; "
    "*/incident report 2025-04-01 2026-03-31* the timeliness figures for the cases the "
    "local authority became aware of in that period.\n"
    "*/incident export csv [2025-04-01] [2026-03-31]* sends you, in a direct message, a CSV "
    "of the cases (by when the local authority became aware) and their steps; "
    "*/incident export ics* an iCalendar file of the open deadlines (by due date) for "
    "Outlook or Google Calendar. Without dates, everything.\n"
    "*/incident actions [agency]* lists the open improvement actions (of one agency, if "
    "named), soonest due first, of the cases and the national reviews.\n"
    "*/incident national* records a national or thematic review of the Panel that the "
    "partnership acts on without a local case, and posts its register of improvement "
    "actions to the channel.\n"
    "*/incident calendar* gives you the private address of a calendar feed of your open "
    "deadlines, for Outlook or Google Calendar to subscribe to (*all*: the partnership's "
    "whole calendar; *new*: a new address; *stop*: off).\n"
    "*/incident help* shows this message.\n"
    "Only a case reference and a pseudonym are ever used here: never a child's real name, "
    "date of birth, address or school."
)

REFUSAL = (
    "Sorry, only members of the safeguarding partnership's channel can use this. "
    "If you should have access, ask the partnership's business unit to add you."
)


def help_blocks(problem: str | None = None) -> list[Block]:
    """The help text, after a line saying what was not understood, if anything."""
    blocks: list[Block] = []
    if problem:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=escape(problem))))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=HELP)))
    return blocks


def case_list(
    cases: Sequence[tuple[Incident, Step | None]],
    total: int,
    today: date,
    calendar: WorkingCalendar,
) -> list[Block]:
    """One line per open case shown (of ``total`` open): its name and next open deadline."""
    if not cases:
        return [SectionBlock(text=MarkdownTextObject(text="There are no open cases."))]
    lines = []
    for incident, step in cases:
        name = f"*{escape(case_title(incident))}*"
        if incident.practice_learning_review:
            name += f" · {LEARNING_REVIEW_MARK}"
        if step is None or step.due_on is None:
            lines.append(f"{name} · no open deadline")
        else:
            left = time_left(step.due_on, today, calendar)
            lines.append(
                f"{name} · next: {shown_title(step.title)}, due {day(step.due_on)} "
                f"({left}) · {owner(step.owner_id, step.owner_role)}"
            )
    heading = f"*Open cases ({total})*"
    hint = "Use /incident show REFERENCE for one case."
    if total > len(cases):
        heading += f", the {len(cases)} with the nearest deadlines"
        hint += " The Home tab lists them all."
    return [
        SectionBlock(text=MarkdownTextObject(text=heading)),
        *(SectionBlock(text=MarkdownTextObject(text=line)) for line in lines),
        ContextBlock(elements=[MarkdownTextObject(text=hint)]),
    ]
