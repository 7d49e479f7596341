"""The layers as a reader meets them: the use cases and the offline commands load no Slack.

Each check runs in a fresh interpreter, since this one has loaded Slack's SDK long ago.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import bot.cli

_SLACK = ("slack_sdk", "slack_bolt")


def _slack_loaded(script: str, env: dict[str, str] | None = None) -> list[str]:
    """The Slack modules a fresh interpreter has loaded after running ``script``."""
    return _loaded(script, _SLACK, env)


def _loaded(script: str, roots: tuple[str, ...], env: dict[str, str] | None = None) -> list[str]:
    """Those of ``roots`` (or a module in them) a fresh interpreter has loaded after ``script``."""
    probe = (
        f"{script}\nimport json, sys\nroots = {roots!r}\n"
        "print(json.dumps(sorted({r for r in roots for m in sys.modules "
        "if m == r or m.startswith(r + '.')})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_the_use_cases_import_no_slack() -> None:
    script = (
        "import bot.cases, bot.lifecycle, bot.reviews, bot.publication, bot.reports, bot.exports, "
        "bot.yearly_workbook"
    )
    assert _slack_loaded(script) == []


#: What only an export, a report or a calendar feed needs, and the bank holidays of
#: countries other than the UK: megabytes a serving process would keep from its start.
_NOT_AT_START = ("icalendar", "xlsxwriter", "openpyxl", "holidays.countries.france")


def _run_imports() -> str:
    """The imports ``safeguarding-bot run`` makes: ``bot.cli``'s own and those inside the
    functions of the run command, read from its source so that a new one is counted."""
    source = Path(bot.cli.__file__).read_text()
    functions = {"main", "_run", "_reminder_runtime", "_follow_rules"}
    lines = ["import bot.cli"]
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            lines += [
                ast.unparse(each)
                for each in ast.walk(node)
                if isinstance(each, ast.Import | ast.ImportFrom)
            ]
    return "\n".join(lines)


def test_the_run_command_loads_no_exporters() -> None:
    script = _run_imports()
    assert "from bot.app import build_app" in script
    assert _loaded(script, _NOT_AT_START) == []


def test_the_exporters_probe_can_fail() -> None:
    """The probe sees them once used: an export, a workbook and a counted working day."""
    script = (
        "import datetime, bot.yearly_workbook\n"
        "from bot.domain.day_events import day_calendar\n"
        "from bot.domain.calendar import WorkingCalendar\n"
        "day_calendar([], name='deadlines')\n"
        "WorkingCalendar().is_working_day(datetime.date(2026, 12, 25))\n"
    )
    assert _loaded(script, _NOT_AT_START) == [
        "holidays.countries.france",
        "icalendar",
        "xlsxwriter",
    ]


def test_the_flows_do_talk_to_slack() -> None:
    """The probe itself can fail: the Slack flows load the SDK."""
    assert "slack_sdk" in _slack_loaded("import bot.posting")


def test_the_offline_commands_load_no_slack(tmp_path: Path) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SLACK_", "SAFEGUARDING_", "DATABASE_URL"))
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'bot.db'}"
    commands = [
        ["migrate"],
        ["timetable", "--aware", "2026-01-05", "--died"],
        ["export", "--format", "csv", "--output", str(tmp_path / "cases.csv")],
        ["export", "--format", "ics", "--output", str(tmp_path / "deadlines.ics")],
        ["purge", "--dry-run"],
        ["report", "--format", "md", "--output", str(tmp_path / "year.md")],
        ["report", "--format", "xlsx", "--output", str(tmp_path / "year.xlsx")],
    ]
    script = (
        "import contextlib, io\nfrom bot.cli import main\n"
        f"for argv in {commands!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        main(argv)\n"
    )
    assert _slack_loaded(script, env) == []
    assert (tmp_path / "cases.csv").read_text().startswith("reference,")
    assert (tmp_path / "year.xlsx").read_bytes().startswith(b"PK")  # a zip: the workbook
