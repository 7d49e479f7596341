"""Words shared by every message: escaping typed text, dates, owners and time left."""

from __future__ import annotations

from datetime import date, datetime

from bot.domain.calendar import WorkingCalendar, london_date

ROLES = {
    "local_authority": "Local authority",
    "partners": "Safeguarding partners",
    "police": "Police",
    "health": "Health (ICB)",
}

#: How a step's or checklist item's status shows at the start of its line.
STATUS_MARK = {
    "open": ":white_large_square:",
    "done": ":white_check_mark:",
    "not_applicable": ":heavy_minus_sign:",
    "paused": ":double_vertical_bar:",
}


def escape(text: str) -> str:
    """Text a person typed, made inert in mrkdwn: no mentions, @channel or disguised links."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def day(value: date) -> str:
    """A date as staff read it: ``Wed 30 Dec 2026``."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def day_of(moment: datetime) -> str:
    """The London date of a stored (UTC) instant, as staff read it."""
    return day(london_date(moment))


def owner(user_id: str | None, role: str | None = None) -> str:
    """Who owns something: a Slack mention, or the role while nobody is named."""
    if user_id:
        return f"<@{user_id}>"
    return ROLES.get(role or "", "No owner yet")


def time_left(due: date, today: date, calendar: WorkingCalendar) -> str:
    """Working days left (or overdue), as shown beside every deadline."""
    if due == today:
        return "due today"
    count = calendar.working_days_between(today, due)
    if due > today:
        return f"{count} working day{'s' * (count != 1)} left"
    return f"overdue by {-count} working day{'s' * (count != -1)}" if count else "overdue"
