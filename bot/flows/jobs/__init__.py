"""The scheduler's jobs, each a small unit that every tick (:func:`bot.edge.scheduler.tick`)
runs and a test can run alone: logging the incident reports received but not logged
(:mod:`bot.flows.jobs.received`), retrying the channel posts that failed
(:mod:`bot.flows.jobs.outbox`), adding the delay step to local reviews past their target
(:mod:`bot.flows.jobs.targets`), and planning the digest and sending the reminders that are
due (:mod:`bot.flows.jobs.reminders`).
Each writes what it did into the tick's :class:`TickReport`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.calendar import LONDON
from bot.logs import concerns

Clock = Callable[[], datetime]
"""The tick's clock: the instant it started at, running on from there."""


@dataclass
class TickReport:
    """What one tick did, one line per message, for logs and ``remind --once``."""

    sent: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    posted: list[str] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)
    superseded: int = 0
    skipped: int = 0
    waiting: datetime | None = None  # outside working hours: when reminders may next leave
    #: What each line is about (the case, the reminders), for its log record.
    about: dict[str, Mapping[str, object]] = field(default_factory=dict)

    def note(self, outcome: list[str], line: str) -> None:
        """Add ``line`` to ``outcome`` (``sent``…), about what the lines logged here are
        about: the tick logs it later, from elsewhere."""
        outcome.append(line)
        self.about[line] = concerns()

    def lines(self) -> list[str]:
        return [line for line, _ in self.records()]

    def records(self) -> list[tuple[str, Mapping[str, object]]]:
        """Each line, with what it is about; the summary last."""
        listed = [
            (f"{what:<8} {line}", self.about.get(line, {}))
            for what, lines in (
                ("sent", self.sent),
                ("retrying", self.retrying),
                ("failed", self.failed),
                ("logged", self.logged),
                ("posted", self.posted),
            )
            for line in lines
        ]
        summary = (
            f"{len(self.sent)} sent, {len(self.retrying)} to retry, {len(self.failed)} failed, "
            f"{self.superseded} folded into a later one, {self.skipped} no longer needed, "
            f"{len(self.logged)} received report(s) logged, "
            f"{len(self.posted)} case(s) or register(s) posted."
        )
        if self.waiting is not None:
            summary += (
                " Outside working hours: reminders wait until "
                f"{self.waiting.astimezone(LONDON):%a %d %b %H:%M} UK time."
            )
        return [*listed, (summary, {})]
