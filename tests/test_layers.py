"""The layers as a reader meets them: the use cases and the offline commands load no Slack.

Each check runs in a fresh interpreter, since this one has loaded Slack's SDK long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_SLACK = ("slack_sdk", "slack_bolt")


def _slack_loaded(script: str, env: dict[str, str] | None = None) -> list[str]:
    """The Slack modules a fresh interpreter has loaded after running ``script``."""
    probe = (
        f"{script}\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {_SLACK!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_the_use_cases_import_no_slack() -> None:
    script = (
        "import bot.usecases.cases, bot.usecases.lifecycle, bot.usecases.reviews, bot.usecases.publication, bot.usecases.reports, bot.usecases.exports, "
        "bot.views.yearly_workbook"
    )
    assert _slack_loaded(script) == []


def test_the_flows_do_talk_to_slack() -> None:
    """The probe itself can fail: the Slack flows load the SDK."""
    assert "slack_sdk" in _slack_loaded("import bot.flows.posting")


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
        "import contextlib, io\nfrom bot.edge.cli import main\n"
        f"for argv in {commands!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        main(argv)\n"
    )
    assert _slack_loaded(script, env) == []
    assert (tmp_path / "cases.csv").read_text().startswith("reference,")
    assert (tmp_path / "year.xlsx").read_bytes().startswith(b"PK")  # a zip: the workbook
