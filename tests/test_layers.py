"""The walls between the layers, read from the folders: a module is held to its layer's
rules by being put in that layer's folder, with nothing to list by hand.

What a layer loads is checked in a fresh interpreter that imports every module under the
folder (this one has loaded everything long ago); what a listener or a flow does with the
database is checked in its own import statements, since it reaches SQL through the use
cases it calls.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: What importing each layer must not load. Prefixes: ``storage`` forbids ``storage.db``
#: and every other module of the package.
WALLS: dict[str, tuple[str, ...]] = {
    "bot.domain": (
        "slack_sdk",
        "slack_bolt",
        "sqlalchemy",
        "sqlmodel",
        "storage",
        "bot.usecases",
        "bot.flows",
        "bot.views",
        "bot.listeners",
        "bot.edge",
    ),
    "bot.usecases": (
        "slack_sdk",
        "slack_bolt",
        "bot.flows",
        "bot.views",
        "bot.listeners",
        "bot.edge",
    ),
    "bot.views": (
        "storage.db",
        "storage.queries",
        "bot.usecases",
        "bot.flows",
        "bot.listeners",
        "bot.edge",
    ),
}

#: What a layer may load all the same: the views read the use cases' plain data (and so
#: load their package), nothing that opens a session.
EXCEPT: dict[str, tuple[str, ...]] = {"bot.views": ("bot.usecases", "bot.usecases.read_models")}

#: The database as a listener or a flow must not touch it itself: no session, no query, no
#: statement. Catching the database's errors (``sqlalchemy.exc``) and naming the engine a
#: use case is given (``sqlalchemy.engine``) are not SQL.
NO_SQL_OF_THEIR_OWN = ("storage.db", "storage.queries", "sqlmodel", "sqlalchemy")
NOT_SQL = ("sqlalchemy.exc", "sqlalchemy.engine")


def modules_of(package: str) -> list[str]:
    """Every module under ``package``'s folder, found on disk."""
    folder = ROOT.joinpath(*package.split("."))
    found = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def loaded_by(modules: list[str]) -> list[str]:
    """The modules a fresh interpreter has loaded after importing ``modules``."""
    return loaded_after("\n".join(f"import {name}" for name in modules))


def loaded_after(script: str, env: dict[str, str] | None = None) -> list[str]:
    """The modules a fresh interpreter has loaded after running ``script``."""
    probe = f"{script}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def breaches(
    loaded: list[str], forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()
) -> list[str]:
    """The loaded modules that are, or are under, a forbidden one, unless allowed: the
    outermost of each (``slack_sdk``, not also each of its modules)."""
    hits = [
        name
        for name in loaded
        if any(name == wall or name.startswith(f"{wall}.") for wall in forbidden)
        and name not in allowed
    ]
    return [name for name in hits if not any(name.startswith(f"{hit}.") for hit in hits)]


def imports_of(module: str) -> set[str]:
    """The modules ``module``'s own import statements name, wherever they stand."""
    path = ROOT.joinpath(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    named: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(), str(source))):
        if isinstance(node, ast.Import):
            named.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            named.add(node.module)
    return named


def test_every_layer_has_its_folder() -> None:
    """The probe itself can fail: each wall names a folder with modules in it."""
    for layer in (*WALLS, "bot.listeners", "bot.flows", "bot.edge"):
        assert len(modules_of(layer)) > 1, layer


@pytest.mark.parametrize("layer", sorted(WALLS))
def test_a_layer_loads_nothing_beyond_its_wall(layer: str) -> None:
    loaded = loaded_by(modules_of(layer))
    assert breaches(loaded, WALLS[layer], EXCEPT.get(layer, ())) == []


@pytest.mark.parametrize("layer", ["bot.listeners", "bot.flows"])
def test_listeners_and_flows_have_no_sql_of_their_own(layer: str) -> None:
    own = {
        module: sorted(
            name
            for name in imports_of(module)
            if breaches([name], NO_SQL_OF_THEIR_OWN) and not breaches([name], NOT_SQL)
        )
        for module in modules_of(layer)
    }
    assert {module: names for module, names in own.items() if names} == {}


def test_the_flows_do_talk_to_slack() -> None:
    """The probe itself can fail: the Slack flows load the SDK."""
    assert "slack_sdk" in loaded_by(["bot.flows.posting"])


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
    loaded = loaded_after(script, env)
    assert breaches(loaded, ("slack_sdk", "slack_bolt")) == []
    assert (tmp_path / "cases.csv").read_text().startswith("reference,")
    assert (tmp_path / "year.xlsx").read_bytes().startswith(b"PK")  # a zip: the workbook


#: What only an export, a report or a calendar feed needs, and the bank holidays of
#: countries other than the UK: megabytes a serving process would keep from its start.
NOT_AT_START = ("icalendar", "xlsxwriter", "openpyxl", "holidays.countries.france")


def run_imports() -> str:
    """The imports ``safeguarding-bot run`` makes: ``bot.edge.cli``'s own and those inside
    the functions of the run command, read from its source so that a new one is counted."""
    source = ROOT.joinpath("bot", "edge", "cli.py").read_text()
    functions = {"main", "_run", "_reminder_runtime", "_follow_rules"}
    lines = ["import bot.edge.cli"]
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            lines += [
                ast.unparse(each)
                for each in ast.walk(node)
                if isinstance(each, ast.Import | ast.ImportFrom)
            ]
    return "\n".join(lines)


def test_the_run_command_loads_no_exporters() -> None:
    script = run_imports()
    assert "from bot.edge.app import build_app" in script
    assert breaches(loaded_after(script), NOT_AT_START) == []


def test_the_exporters_probe_can_fail() -> None:
    """The probe sees them once used: an export, a workbook and a counted working day."""
    script = (
        "import datetime, bot.views.yearly_workbook\n"
        "from bot.domain.day_events import day_calendar\n"
        "from bot.domain.calendar import WorkingCalendar\n"
        "day_calendar([], name='deadlines')\n"
        "WorkingCalendar().is_working_day(datetime.date(2026, 12, 25))\n"
    )
    assert breaches(loaded_after(script), NOT_AT_START) == [
        "holidays.countries.france",
        "icalendar",
        "xlsxwriter",
    ]
