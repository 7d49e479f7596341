"""Words shared by every message: escaping typed text, dates, owners, time left, and
cutting a text to the length Slack allows."""

from __future__ import annotations

import re
from datetime import date, datetime

from slack_sdk.models.blocks import ButtonElement, Option, OverflowMenuElement

from bot.domain.calendar import WorkingCalendar, london_date
from bot.domain.calendar import day as day  # the domain dates a deadline's basis alike
from bot.domain.words import Status

#: Block Kit's limits that the builders meet (https://docs.slack.dev/reference/block-kit):
#: Slack refuses a whole message or view with ``invalid_blocks`` if any one is exceeded.
#: The fake Slack in the tests checks these and the others (10 context elements, 25 in an
#: actions block, 3,000 characters of private_metadata) the way Slack does.
MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
FIELDS = 10
HEADER_TEXT = 150
LABEL = 75  # plain_text of a button, an option, an input's label
OVERFLOW_OPTIONS = 5

#: What a cut leaves at its end; a part-cut entity (``&am``) or mention (``<@U12``) would
#: show as garbage or break the message, so it goes too.
_ELLIPSIS = "…"
_TORN = re.compile(r"(&[a-z]*|<[^>]*)$")

ROLES = {
    "local_authority": "Local authority",
    "partners": "Safeguarding partners",
    "police": "Police",
    "health": "Health (ICB)",
}

#: How a case below the threshold that holds a practice learning review is marked in lists.
LEARNING_REVIEW_MARK = "_practice learning review_"

#: How a step's or checklist item's status shows at the start of its line.
STATUS_MARK = {
    Status.OPEN: ":white_large_square:",
    Status.DONE: ":white_check_mark:",
    Status.NOT_APPLICABLE: ":heavy_minus_sign:",
    Status.PAUSED: ":double_vertical_bar:",
}

#: A status in words, as a line or the history says it.
STATUS_WORDS = {
    Status.OPEN: "open",
    Status.DONE: "done",
    Status.NOT_APPLICABLE: "not applicable",
    Status.PAUSED: "paused",
}


def escape(text: str) -> str:
    """Text a person typed, made inert in mrkdwn: no mentions, @channel or disguised links."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def menu(action_id: str, options: list[tuple[str, str]]) -> ButtonElement | OverflowMenuElement:
    """What can be done to a line, as (value, label) pairs: an overflow menu, or a button
    when there is one thing only (Slack wants 2 to 5 options in an overflow menu). Either
    sends the chosen value with ``action_id``."""
    if len(options) > OVERFLOW_OPTIONS:
        raise ValueError(f"{action_id}: {len(options)} options; a menu holds {OVERFLOW_OPTIONS}")
    if len(options) == 1:
        ((value, label),) = options
        return ButtonElement(text=cut(label, LABEL), action_id=action_id, value=value)
    return OverflowMenuElement(
        action_id=action_id,
        options=[Option(value=value, label=cut(label, LABEL)) for value, label in options],
    )


def shown_title(title: str) -> str:
    """A step's, item's or action's title as a line shows it: inert, cut to the length of a
    header, and without a closing full stop, as the line's own punctuation follows it."""
    stripped = title.rstrip()
    if stripped.endswith(".") and not stripped.endswith(".."):
        stripped = stripped[:-1]
    return cut(escape(stripped), HEADER_TEXT)


def cut(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else as much as fits and "…"."""
    if len(text) <= limit:
        return text
    return _TORN.sub("", text[: limit - len(_ELLIPSIS)]) + _ELLIPSIS


def day_of(moment: datetime) -> str:
    """The London date of a stored (UTC) instant, as staff read it."""
    return day(london_date(moment))


def owner(user_id: str | None, role: str | None = None) -> str:
    """Who owns something: a Slack mention, or the role while nobody is named."""
    if user_id:
        return f"<@{user_id}>"
    return ROLES.get(role or "", "No owner yet")


def time_left(due: date, today: date, calendar: WorkingCalendar) -> str:
    """Working days left (or overdue), as shown beside every deadline's date: "today",
    "3 working days left", "overdue by 2 working days"."""
    if due == today:
        return "today"
    count = calendar.working_days_between(today, due)
    if due > today:
        return f"{count} working day{'s' * (count != 1)} left"
    return f"overdue by {-count} working day{'s' * (count != -1)}" if count else "overdue"
