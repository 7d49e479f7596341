"""``LOG_LEVEL=DEBUG`` (an allowed setting) debugs our own code, never the libraries' wire:
at DEBUG Slack's client, Bolt, urllib3 and SQLAlchemy log what they send and receive, and
that is the case card, the pseudonym and what people typed (SECURITY.md: typed text is
never logged)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from slack_sdk import WebClient

from bot.edge.scheduler import _Ticks
from bot.flows.access import Access
from bot.logs import configure
from bot.rules import load_rules
from bot.runtime import Runtime
from tests.support.cases import choose, fill, items_of, log_case
from tests.support.forms import form, open_form
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID

PSEUDONYM = "Child Marigold"
SUMMARY = (
    "Child Marigold was found after a fall at the leisure centre. Police and children's "
    "social care are involved."
)
#: Text the guard refuses (an invented name and a number from Ofcom's drama range).
REFUSED_NAME = "Tamsin Quenby"
REFUSED_NOTE = "Spoke to Mrs Quenby on 07700 900461"
#: A word typed after /incident show that is no case reference.
TYPED = "quenbyfile"
SECRETS = (PSEUDONYM, "Marigold", "leisure centre", "Quenby", "07700 900461", TYPED)


class _Everything(logging.Handler):
    """Every record any logger lets through, as the process would write it."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name} {self.format(record)}")


@pytest.fixture
def debug_logs() -> Iterator[_Everything]:
    """Logging as ``LOG_LEVEL=DEBUG`` sets it up, before the bot is built (Bolt copies the
    root logger's level into its own loggers when it makes them)."""
    root, level = logging.getLogger(), logging.getLogger().level
    configure("DEBUG", "text")
    everything = _Everything()
    root.addHandler(everything)
    yield everything
    root.removeHandler(everything)
    configure("INFO", "text")
    root.setLevel(level)
    for name in ("bot", "storage"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_debug_sets_our_loggers_and_keeps_the_libraries_above_it(
    debug_logs: _Everything,
) -> None:
    for ours in ("bot.usecases.lifecycle", "storage.db"):
        assert logging.getLogger(ours).isEnabledFor(logging.DEBUG), ours
    for library in ("slack_sdk.web.base_client", "slack_bolt.App", "urllib3", "sqlalchemy"):
        assert not logging.getLogger(library).isEnabledFor(logging.DEBUG), library


def test_a_case_s_life_at_debug_logs_no_pseudonym_summary_or_refused_text(
    debug_logs: _Everything, running: RunningBot, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused form, the case logged, a checklist item done, a refused note and an
    accepted one, the history, a command naming no case, and the reminders posted."""
    refused = running.slack.view_submission(
        view=open_form(running), state_values=form(pseudonym=REFUSED_NAME)
    )
    assert "pseudonym" in refused.json()["errors"]
    running.fake.clear()
    incident = log_case(running, pseudonym=PSEUDONYM, summary=SUMMARY)
    first = items_of(running)[0]
    choose(running, "checklist_item", f"done:{first.id}")
    running.fake.wait_for("chat.update")
    choose(running, "checklist_item", f"note:{first.id}")
    note = fill(running, 1, {"note": ("value", "plain_text_input", REFUSED_NOTE)})
    assert "note" in note.json()["errors"]
    choose(running, "case_history", str(incident.id))
    running.fake.wait_for("views.open", count=2)
    running.slack.slash_command(f"show {TYPED}")
    running.fake.wait_for("response_url")
    # The scheduler's tick, as the deployed one runs (and logs) it.
    running.clock.now = datetime(2026, 12, 21, 9, 0, tzinfo=UTC)  # early deadlines overdue
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    access = Access(client, CHANNEL_ID)
    _Ticks(Runtime(running.engine, load_rules(), CHANNEL_ID, access, running.clock), client, None)()
    assert any(PSEUDONYM in str(call.params) for call in running.fake.calls("chat.postMessage"))
    assert any(line.startswith("bot.edge.scheduler ") for line in debug_logs.lines)

    written = "\n".join([*debug_logs.lines, capsys.readouterr().err])
    assert debug_logs.lines  # the bot did log: its lines are what is searched
    for secret in SECRETS:
        assert secret.casefold() not in written.casefold(), secret


def test_a_library_logger_set_to_debug_by_hand_still_writes_nothing_below_info(
    debug_logs: _Everything, capsys: pytest.CaptureFixture[str]
) -> None:
    """As Bolt sets its loggers' levels itself, a library's own level is not trusted."""
    library = logging.getLogger("slack_sdk.web.base_client")
    library.setLevel(logging.DEBUG)
    try:
        library.debug("Sending a request - body: %s", PSEUDONYM)
        library.info("a library's INFO line")
        logging.getLogger("bot.usecases.lifecycle").debug("our own DEBUG line")
    finally:
        library.setLevel(logging.NOTSET)
    written = capsys.readouterr().err
    assert "a library's INFO line" in written and "our own DEBUG line" in written
    assert PSEUDONYM not in written


def test_the_schedulers_routine_lines_are_not_logged_at_every_tick(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure("INFO", "text")
    executor = logging.getLogger("apscheduler.executors.default")
    executor.info('Running job "reminders" (scheduled at 2026-11-24 09:00:00+00:00)')
    executor.warning('Run time of job "reminders" was missed by 0:00:31')
    logging.getLogger("apscheduler.scheduler").info("Scheduler started")
    written = capsys.readouterr().err
    assert "Running job" not in written
    assert "was missed by" in written and "Scheduler started" in written
