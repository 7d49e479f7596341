"""The offline ``safeguarding-bot timetable`` calculator and the command's error handling."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.fake_slack import FakeSlackAPI
from tests.support.slack_requests import CHANNEL_ID, USER_ID, SlackRequests


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
    keys = {"step", "title", "due", "basis", "provisional", "kind"}
    assert all(set(row) == keys for row in steps.values())
    assert steps["panel_notification"]["due"] == "2026-12-30"
    assert steps["rapid_review"] | {"title": ""} == {
        "step": "rapid_review",
        "title": "",
        "due": "2027-01-14",
        "basis": "15 working days after the Panel notification "
        "(provisional: counted from awareness, Mon 21 Dec 2026, until recorded)",
        "provisional": True,
        "kind": "deadline",
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
    assert "care_leaver_death_notification: 5 working days after awareness (Sat 28 Nov 2026)" in out
    assert "Complete the rapid review and send it to the Panel  [provisional]" in out


def test_future_dates_are_allowed_in_the_calculator(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timetable", "--aware", "2031-06-02", "--harmed", "--json")
    assert code == 0 and json.loads(out)


def test_the_age_band_makes_a_care_leaver_an_adult_or_a_child(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["timetable", "--aware", "2026-11-23", "--died", "--care-leaver", "--json"]
    code, out, _ = run(capsys, *base, "--age-band", "18_24")
    assert code == 0
    assert [row["step"] for row in json.loads(out)] == [
        "care_leaver_death_notification",
        "safeguarding_adults_referral",  # abuse or neglect suspected: an adult's review
    ]
    for child in (["--age-band", "16_17"], []):  # no band given: a child
        code, out, _ = run(capsys, *base, *child)
        steps = {row["step"] for row in json.loads(out)}
        assert {"panel_notification", "rapid_review", "cdop_notification"} <= steps
    code, out, _ = run(capsys, *base[:-1], "--age-band", "18_24")
    assert "Not a serious child safeguarding incident: the young person was 18 or over" in out


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
        (
            ["--aware", "2026-12-01", "--died", "--age-band", "18_24"],
            "--age-band 18_24 is for a care leaver only: add --care-leaver",
        ),
        (["--aware", "2026-12-01", "--died", "--age-band", "25"], "invalid choice: '25'"),
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


@pytest.mark.parametrize("variable", ["SAFEGUARDING_RULES", "SAFEGUARDING_CHECKLIST"])
def test_an_empty_rules_file_setting_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    """Set but empty (a template's blank) is refused by name, not read as the directory "."."""
    monkeypatch.setenv(variable, "")
    code, _, err = run(capsys, "timetable", "--aware", "2026-12-01", "--died")
    assert (code, err) == (
        2,
        f"safeguarding-bot: {variable}: is empty: name a rules file, or unset it to use the "
        "shipped rules\n",
    )


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


def test_run_without_slack_settings_explains_what_to_set(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SAFEGUARDING_CHANNEL",
    ):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "run")
    assert code == 2
    assert err.startswith(
        "safeguarding-bot: SLACK_BOT_TOKEN, SAFEGUARDING_CHANNEL, "
        "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET not set."
    )
    assert "manifest.yml" in err and "Traceback" not in err


def _run_env(tmp_path: Path, fake: FakeSlackAPI) -> dict[str, str]:
    """What ``run`` is started with: a fresh SQLite file, the fake Slack, HTTP mode."""
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        SLACK_API_URL=fake.url,
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
    )
    env.pop("SLACK_APP_TOKEN", None)
    return env


def _run_command(port: int) -> list[str]:
    return [
        shutil.which("safeguarding-bot") or "",
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]


def test_run_serves_slack_and_healthz(tmp_path: Path) -> None:
    """The real command, as a partnership runs it: migrates, then answers /healthz and
    signed Slack requests."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FakeSlackAPI() as fake:
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        env = _run_env(tmp_path, fake)
        process = subprocess.Popen(
            _run_command(port),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                        assert r.read() == b"ok\n"
                        break
                except OSError:
                    assert process.poll() is None, process.stdout and process.stdout.read()
                    assert time.monotonic() < deadline, "the bot did not answer /healthz"
                    time.sleep(0.1)
            slack = SlackRequests(
                f"http://127.0.0.1:{port}/slack/events", "secret", response_url_base=fake.hooks_url
            )
            assert slack.slash_command("help").status == 200
            assert "/incident list" in json.dumps(fake.wait_for("response_url")[0].params)
            assert slack.slash_command("help", forge=True).status == 401
        finally:
            process.terminate()
            output, _ = process.communicate(timeout=30)
    # A start with nothing amiss warns of nothing (Bolt once warned of an unused token).
    assert process.returncode == 0, output
    assert [line for line in output.splitlines() if " WARNING " in line] == []


def test_version_names_the_release_the_changelog_describes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--version")
    release = out.split()[-1]
    assert code == 0 and out.startswith("safeguarding-bot ")
    changelog = (Path(__file__).parent.parent / "CHANGELOG.md").read_text()
    assert f"## {release}" in changelog


def test_an_impossible_port_is_one_line_and_exit_status_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for port in ("99999", "-1", "http", "٣٠٠٠"):
        code, _, err = run(capsys, "run", "--port", port)
        assert code == 2 and f"not a port: {port!r} (0 to 65535)" in err, err
        assert "Traceback" not in err


def test_a_port_in_use_is_one_line_and_exit_status_2(tmp_path: Path) -> None:
    with socket.socket() as taken, FakeSlackAPI() as fake:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        env = _run_env(tmp_path, fake)
        result = subprocess.run(
            _run_command(port),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    # The migration's log lines, then the one line that says why it did not start.
    assert result.stderr.splitlines()[-1] == (
        f"safeguarding-bot: --host 127.0.0.1 --port {port}: cannot listen there (Address "
        "already in use): is another process using the port?"
    ), result.stderr


def test_migrate_down_takes_the_schema_back_to_an_older_release_and_up_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``migrate --down REVISION``, the operator's Alembic downgrade: back to REVISION (the
    later migrations' tables gone), then ``migrate`` up again; a revision that is not one,
    or not behind the database's, is one line and exit status 2, the schema untouched."""
    from sqlalchemy import inspect

    from storage.db import current_revision, head_revision, make_engine

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    assert run(capsys, "migrate")[0] == 0
    code, out, _ = run(capsys, "migrate", "--down", "0013")
    assert (code, out.split()[-1]) == (0, "0013.")
    assert current_revision(engine) == "0013"
    assert not inspect(engine).has_table("improvement_action")  # 0014's table
    for revision, why in [
        ("0014", "Destination 0014 is not a valid downgrade target from current head(s)"),
        ("9999", "Can't locate revision identified by '9999'"),
    ]:
        code, _, err = run(capsys, "migrate", "--down", revision)
        assert code == 2 and err.splitlines()[-1] == (
            f"safeguarding-bot: --down {revision}: {why} (the database is at 0013)"
        ), err
    for revision in ("base", "-1", "head"):
        code, _, err = run(capsys, "migrate", "--down", revision)
        assert code == 2 and err.count("\n") == 1 and "not a revision" in err, err
    assert current_revision(engine) == "0013"
    assert run(capsys, "migrate")[0] == 0
    assert current_revision(engine) == head_revision()
    assert inspect(engine).has_table("improvement_action")
    engine.dispose()
