"""The real ``safeguarding-bot`` command on a moved clock, for tests of real processes:

    python -m tests.support.travelled_bot 2026-12-07T09:00:00+00:00 run --port 0

runs ``run`` (or any command) with the wall clock starting at that instant and running on,
so that a test can put its processes inside working hours (reminders leave only then)
whatever the machine's clock says. :func:`working_hours_now` is the instant to pass.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import time_machine

from bot.edge.cli import main
from bot.rules import load_rules

#: Where the command is run from, so that ``tests`` can be imported.
ROOT = Path(__file__).resolve().parents[2]


def working_hours_now() -> datetime:
    """Now, if reminders may leave now under the default rules; else when they next may."""
    rules = load_rules()
    return rules.reminders.next_opening(datetime.now(UTC), rules.calendar)


def command(at: datetime, *args: str) -> list[str]:
    """The command line that runs ``safeguarding-bot *args`` with the clock at ``at``."""
    return [sys.executable, "-m", __name__, at.isoformat(), *args]


if __name__ == "__main__":
    with time_machine.travel(datetime.fromisoformat(sys.argv[1]), tick=True):
        main(sys.argv[2:])
