"""App Home: what a partnership manager opens every morning.

Open cases counted by stage, the viewer's own steps, the timeliness figures, then the open
cases next deadline first, a page at a time (a home tab holds at most 100 blocks), each
with a button that opens its case card.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.domain.actions import is_overdue
from bot.domain.calendar import WorkingCalendar
from bot.domain.incident import STAGES
from bot.domain.timeliness import TimelinessReport
from bot.rules import Rules
from bot.usecases.read_models import Dashboard, Register, Review, case_title
from bot.views.case_card import case_card
from bot.views.replies import HELP, REFUSAL
from bot.views.report import timeliness_blocks
from bot.views.text import (
    LEARNING_REVIEW_MARK,
    OVERFLOW_OPTIONS,
    SECTION_TEXT,
    cut,
    day,
    escape,
    menu,
    owner,
    shown_title,
    time_left,
)
from storage.models import ChecklistItem, ImprovementAction, Incident, Recommendation, Step

OPEN_CASE_ACTION = "home_open_case"
#: "Your actions": mark one of them done from App Home (its value is the action's id).
ACTION_DONE_ACTION = "home_action_done"
#: A new address for the person's calendar feed (shown in a modal; the old one revoked).
CALENDAR_ACTION = "home_calendar_new"
#: The paging buttons' action ids start with this; each carries the page to show.
PAGE_ACTION = "home_page"

#: Open cases per page and the viewer's steps shown: with the rest of the page this stays
#: far below the 100 blocks a home tab may hold (each case is one block).
PER_PAGE = 20
MY_STEPS = 10

_STAGE_NAMES = {
    "notification": "Notifications due",
    "rapid_review": "Rapid review",
    "no_local_review": "Decided: no local review",
    "national_review": "National review",
    "local_review": "Local review under way",
    "published": "Published",
    "learning_review": "Practice learning review",
}

_OVERDUE = ":red_circle: *Overdue*"


def refusal_home() -> View:
    """The home tab for someone outside the partnership: what the bot is, and why not."""
    blocks = [
        HeaderBlock(text="Serious incidents"),
        SectionBlock(text=MarkdownTextObject(text=HELP)),
        SectionBlock(text=MarkdownTextObject(text=REFUSAL)),
    ]
    return View(type="home", blocks=blocks)


def home_view(
    board: Dashboard,
    figures: TimelinessReport,
    today: date,
    calendar: WorkingCalendar,
    *,
    register: Register | None = None,
    agencies: Mapping[str, str] | None = None,
    calendar_feeds: bool = False,
) -> View:
    """The dashboard for one person, as of ``today``; with ``register``, their open
    improvement actions and the partnership's overdue ones by agency; with
    ``calendar_feeds`` (SAFEGUARDING_PUBLIC_URL set), a button for a calendar feed."""
    blocks = [
        HeaderBlock(text="Serious incidents"),
        ContextBlock(elements=[MarkdownTextObject(text="*/incident help* lists the commands.")]),
        SectionBlock(text=MarkdownTextObject(text=_stages(board))),
        DividerBlock(),
        *_my_steps(board, today, calendar),
        *_my_items(board, today, calendar),
        *(_register(register, agencies or {}, today) if register is not None else []),
        *([_calendar_feed()] if calendar_feeds else []),
        DividerBlock(),
        *timeliness_blocks(figures, list_late=False),
        ContextBlock(elements=[MarkdownTextObject(text="*/incident report* lists the late ones.")]),
        DividerBlock(),
        *_case_page(board, today, calendar),
    ]
    return View(type="home", blocks=blocks)


def _calendar_feed() -> SectionBlock:
    return SectionBlock(
        block_id="home_calendar",
        text=MarkdownTextObject(
            text="*Your deadlines in Outlook or Google Calendar*: a private feed that follows "
            "every change (*/incident calendar all*: the partnership's whole calendar)."
        ),
        accessory=ButtonElement(text="New calendar address", action_id=CALENDAR_ACTION),
    )


def _stages(board: Dashboard) -> str:
    counts = " · ".join(
        f"{_STAGE_NAMES[stage]}: {board.by_stage[stage]}"
        for stage in STAGES
        if board.by_stage.get(stage)
    )
    return f"*Open cases: {board.total}*" + (f"\n{counts}" if counts else "")


def _deadline(step: Step | ChecklistItem, today: date, calendar: WorkingCalendar) -> str:
    """``due Fri 27 Nov 2026 (3 working days left)``, marked when overdue."""
    if step.due_on is None:
        return "date not yet known"
    when = f"due {day(step.due_on)} ({time_left(step.due_on, today, calendar)})"
    return f"{_OVERDUE} · {when}" if step.due_on < today else when


def _my_steps(board: Dashboard, today: date, calendar: WorkingCalendar) -> list[Block]:
    return _mine("Your steps", board.my_steps, board.more_steps, today, calendar)


def _my_items(board: Dashboard, today: date, calendar: WorkingCalendar) -> list[Block]:
    if not board.my_items:
        return []  # most people are given none
    return _mine("Your checklist items", board.my_items, board.more_items, today, calendar)


def _mine(
    heading: str,
    rows: Sequence[tuple[Incident, Step | ChecklistItem]],
    more: bool,
    today: date,
    calendar: WorkingCalendar,
) -> list[Block]:
    """What the person owns, soonest first: the list a reminder's "and N more" points to."""
    if not rows:
        return [SectionBlock(text=MarkdownTextObject(text=f"*{heading}*\nNone open."))]
    lines = [
        f"*{escape(case_title(incident))}*: {shown_title(thing.title)}\n"
        f"      {_deadline(thing, today, calendar)}"
        for incident, thing in rows
    ]
    blocks: list[Block] = [
        SectionBlock(
            text=MarkdownTextObject(text=cut(f"*{heading}*\n" + "\n".join(lines), SECTION_TEXT))
        )
    ]
    if more:
        note = f"Showing your {len(lines)} soonest; the case cards and checklists have the rest."
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=note)]))
    return blocks


def _register(register: Register, agencies: Mapping[str, str], today: date) -> list[Block]:
    """ "Your actions" (open, soonest first) and "Overdue actions by agency" (counts)."""
    lines = ["*Your actions*"]
    for incident, action in register.mine:
        agency = escape(agencies.get(action.agency, action.agency))
        due = "no due date"
        if action.due_on is not None:
            due = f"due {day(action.due_on)}"
            due = f"{_OVERDUE} · {due}" if is_overdue(action, today) else due
        lines.append(
            f"*{escape(case_title(incident))}*: {cut(escape(action.title), 300)} · {agency}\n"
            f"      {due}"
        )
    if not register.mine:
        lines.append("None open.")
    if register.more:
        lines.append(f"_Showing your {len(register.mine)} soonest: `/incident actions` lists all._")
    overdue = ["*Overdue actions by agency*"]
    overdue += [
        f"{escape(agencies.get(agency, agency))}: {count}"
        for agency, count in register.overdue_by_agency.items()
    ] or ["None overdue."]
    # Recorded from here too: the done form asks for the evidence, as the card's does.
    done = [
        (str(action.id), f"Mark done: {action.title}")
        for _, action in register.mine[:OVERFLOW_OPTIONS]
    ]
    return [
        SectionBlock(
            block_id="home_actions",
            text=MarkdownTextObject(text=cut("\n".join(lines), SECTION_TEXT)),
            accessory=menu(ACTION_DONE_ACTION, done) if done else None,
        ),
        SectionBlock(
            block_id="home_overdue_actions",
            text=MarkdownTextObject(text=cut("\n".join(overdue), SECTION_TEXT)),
        ),
    ]


def _case_page(board: Dashboard, today: date, calendar: WorkingCalendar) -> list[Block]:
    if not board.cases:
        return [SectionBlock(text=MarkdownTextObject(text="There are no open cases."))]
    first = board.page * PER_PAGE + 1
    shown = f"{first} to {first + len(board.cases) - 1} of {board.total}"
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"*Open cases, next deadline first* ({shown})"))
    ]
    blocks += [_case_row(incident, step, today, calendar) for incident, step in board.cases]
    buttons = []
    if board.page > 0:
        buttons.append(
            ButtonElement(text="Back", action_id=f"{PAGE_ACTION}_back", value=str(board.page - 1))
        )
    if first - 1 + len(board.cases) < board.total:
        buttons.append(
            ButtonElement(
                text="Show more", action_id=f"{PAGE_ACTION}_more", value=str(board.page + 1)
            )
        )
    if buttons:
        blocks.append(ActionsBlock(block_id="home_pages", elements=buttons))
    return blocks


def _case_row(
    incident: Incident, step: Step | None, today: date, calendar: WorkingCalendar
) -> SectionBlock:
    lines = [f"*{escape(case_title(incident))}* · case owner {owner(incident.owner_id)}"]
    if incident.practice_learning_review:
        lines[0] += f" · {LEARNING_REVIEW_MARK}"
    if step is None:
        lines.append("No open deadline")
    else:
        lines.append(
            f"Next: {shown_title(step.title)}, {_deadline(step, today, calendar)} · "
            f"{owner(step.owner_id, step.owner_role)}"
        )
    return SectionBlock(
        text=MarkdownTextObject(text="\n".join(lines)),
        accessory=ButtonElement(text="Open", action_id=OPEN_CASE_ACTION, value=incident.reference),
    )


def case_modal(
    incident: Incident,
    steps: Sequence[Step],
    today: date,
    rules: Rules,
    permalink: str | None,
    *,
    review: Review | None = None,
    recommendations: Sequence[Recommendation] = (),
    actions: Sequence[ImprovementAction] = (),
) -> View:
    """The case card in a modal, opened from the home tab. Its buttons stay in the channel
    (they answer where they were pressed, and a modal cannot be answered that way), so the
    modal links to the card there instead."""
    blocks = case_card(
        incident,
        steps,
        today,
        rules,
        controls=False,
        review=review,
        recommendations=recommendations,
        actions=actions,
    )
    if permalink:
        link = f"<{permalink}|Open the case card in the channel> to record steps and changes."
        blocks.append(SectionBlock(text=MarkdownTextObject(text=link)))
    return View(type="modal", title=incident.reference[:24], close="Close", blocks=blocks)
