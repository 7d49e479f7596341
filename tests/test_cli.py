"""The offline ``safeguarding-bot timetable`` calculator and the command's error handling."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_applicable_step(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timetable", "--aware", "2026-12-21", "--died", "--json")
    assert code == 0
    steps = {row["step"]: row for row in json.loads(out)}
    assert set(steps) == {
        "panel_notification",
        "partner_notification",
        "cdop_notification",
        "rapid_review",
        "lcspr_decision",
    }
    keys = {"step", "title", "due", "basis", "provisional"}
    assert all(set(row) == keys for row in steps.values())
    assert steps["panel_notification"]["due"] == "2026-12-30"
    assert steps["rapid_review"] | {"title": ""} == {
        "step": "rapid_review",
        "title": "",
        "due": "2027-01-14",
        "basis": "15 working days after the Panel notification "
        "(provisional: counted from awareness, 2026-12-21, until recorded)",
        "provisional": True,
    }


def test_a_recorded_notification_and_a_looked_after_child(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["timetable", "--aware", "2026-12-21", "--harmed", "--looked-after"]
    code, out, _ = run(capsys, *argv, "--notified", "2026-12-23", "--json")
    steps = {row["step"]: row for row in json.loads(out)}
    assert code == 0
    assert (steps["rapid_review"]["due"], steps["rapid_review"]["provisional"]) == (
        "2027-01-18",
        False,
    )
    assert "looked_after_death_notification" not in steps  # the child did not die


def test_text_shows_weekday_basis_and_provisional(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timetable", "--aware", "2026-11-28", "--died", "--care-leaver")
    assert code == 0
    assert "Fri 04 Dec 2026  Notify the Child Safeguarding Practice Review Panel" in out
    assert "care_leaver_death_notification: 5 working days after awareness (2026-11-28)" in out
    assert "Complete the rapid review and send it to the Panel  [provisional]" in out


def test_future_dates_are_allowed_in_the_calculator(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timetable", "--aware", "2031-06-02", "--harmed", "--json")
    assert code == 0 and json.loads(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--aware", "2026-13-01", "--died"], "not a date: '2026-13-01' (write YYYY-MM-DD)"),
        (["--aware", "yesterday", "--died"], "not a date: 'yesterday'"),
        (["--aware", "2026-12-01"], "one of the arguments --died --harmed is required"),
        (["--aware", "2026-12-01", "--died", "--harmed"], "not allowed with argument --died"),
        (
            ["--aware", "2026-12-01", "--died", "--notified", "2026-11-30"],
            "the Panel notification (2026-11-30) is before the local authority became aware",
        ),
        (
            ["--aware", "2026-12-01", "--died", "--looked-after", "--care-leaver"],
            "--looked-after and --care-leaver cannot both apply",
        ),
        (["--died"], "the following arguments are required: --aware"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "timetable", *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_bad_setting_names_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SAFEGUARDING_RULES", str(tmp_path / "nowhere.toml"))
    code, _, err = run(capsys, "timetable", "--aware", "2026-12-01", "--died")
    assert code == 2
    assert err.startswith("safeguarding-bot: SAFEGUARDING_RULES: ")
    assert "no such file" in err
    monkeypatch.setenv("SLACK_BOT_TOKEN", "not-a-token")
    code, _, err = run(capsys, "timetable", "--aware", "2026-12-01", "--died")
    assert (code, err) == (
        2,
        "safeguarding-bot: SLACK_BOT_TOKEN: must be the Bot User OAuth Token, "
        "starting with xoxb-\n",
    )


def test_the_console_script_is_installed() -> None:
    script = shutil.which("safeguarding-bot")
    assert script, "the safeguarding-bot console script is not on PATH"
    result = subprocess.run(
        [script, "timetable", "--aware", "2026-11-23", "--harmed", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["step"] == "panel_notification"
