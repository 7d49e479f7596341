"""What every listener and scheduled job needs, built once when the bot starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from bot.domain.yearly import APRIL, YearStart
from bot.flows.access import Access
from bot.rules import Rules


def utc_now() -> datetime:
    """The real clock; tests pass their own."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Runtime:
    """The database, the partnership's rules, its channel and who may use the bot."""

    engine: Engine
    rules: Rules
    channel: str
    access: Access
    clock: Callable[[], datetime] = utc_now
    # SAFEGUARDING_REPORTING_YEAR_START: the year /incident report counts in.
    year_start: YearStart = APRIL
    # SAFEGUARDING_PUBLIC_URL: where the calendar feeds are reached (None: no feeds).
    public_url: str | None = None
    # SAFEGUARDING_CALENDAR_PSEUDONYMS: feed events show the pseudonym as well.
    calendar_pseudonyms: bool = False
