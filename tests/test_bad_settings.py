"""Every bad setting and unreachable dependency is one line naming the setting, and exit
status 2, from every command that meets it; never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.edge.cli import main
from bot.edge.preflight import check_slack
from bot.logs import configure
from tests.support.fake_slack import FakeSlackAPI
from tests.support.slack_requests import BOT_USER_NAME, CHANNEL_ID, USER_ID

UNREACHABLE_POSTGRES = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"
DATABASE_COMMANDS = (
    ["run"],
    ["migrate"],
    ["export", "--format", "csv"],
    ["report", "--format", "md"],
    ["purge"],
    ["recompute"],
)


def one_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run the command and return its one line of error, checking status 2."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    out, err = capsys.readouterr()
    assert stopped.value.code == 2, (out, err)
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    return err.removesuffix("\n")


@pytest.fixture
def fake() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI() as fake:
        fake.set_channel_members(CHANNEL_ID, [USER_ID])
        yield fake


@pytest.fixture
def settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake: FakeSlackAPI, sqlite_template: Path
) -> Path:
    """Good settings for HTTP mode against the fake Slack, on a migrated SQLite file."""
    configure("WARNING", "text")  # the lines under test only, not an earlier test's logs
    database = tmp_path / "bot.db"
    shutil.copyfile(sqlite_template, database)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for name, value in {
        "DATABASE_URL": f"sqlite:///{database}",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": fake.url,
        "SAFEGUARDING_CHANNEL": CHANNEL_ID,
        "LOG_LEVEL": "WARNING",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("SLACK_APP_TOKEN", "SAFEGUARDING_USERGROUP", "LOG_FORMAT"):
        monkeypatch.delenv(name, raising=False)
    return database


@pytest.mark.parametrize("argv", DATABASE_COMMANDS, ids=lambda argv: argv[0])
def test_an_unreachable_postgresql(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    argv: list[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", UNREACHABLE_POSTGRES)
    line = one_line(capsys, *argv)
    assert line.startswith(
        "safeguarding-bot: DATABASE_URL: cannot use the database at "
        "postgresql+psycopg://nobody:***@127.0.0.1:1/none ("
    )
    assert line.endswith(
        "check that PostgreSQL runs there and the host, port, user, "
        "password and database name are right"
    )
    assert "secret" not in line


@pytest.mark.parametrize("argv", DATABASE_COMMANDS, ids=lambda argv: argv[0])
def test_a_sqlite_file_that_cannot_be_opened(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    tmp_path: Path,
    argv: list[str],
) -> None:
    where = tmp_path / "no such folder" / "bot.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{where}")
    assert one_line(capsys, *argv) == (
        f"safeguarding-bot: DATABASE_URL: cannot open the SQLite file {where} (unable to open "
        "database file): check that its folder exists and that this user may write to it"
    )


@pytest.mark.parametrize(
    "argv", [["export", "--format", "ics"], ["report", "--format", "csv"], ["purge", "--dry-run"]]
)
def test_commands_that_do_not_migrate_say_to(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    tmp_path: Path,
    argv: list[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    line = one_line(capsys, *argv)
    assert line.startswith(
        "safeguarding-bot: DATABASE_URL: the database is not up to date "
        "(never migrated; this release needs "
    )
    assert line.endswith("): run `safeguarding-bot migrate` first")


def test_no_route_to_slack(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
) -> None:
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:1/api/")
    line = one_line(capsys, "run")
    assert line.startswith(
        "safeguarding-bot: SLACK_API_URL: cannot reach Slack at http://127.0.0.1:1/api/ ("
    )
    assert line.endswith("check that the network, proxy or firewall lets this server reach it")


@pytest.mark.parametrize("error", ["invalid_auth", "token_revoked"])
def test_a_rejected_bot_token(
    capsys: pytest.CaptureFixture[str], settings: Path, fake: FakeSlackAPI, error: str
) -> None:
    fake.fail("auth.test", error=error)
    assert one_line(capsys, "run") == (
        f"safeguarding-bot: SLACK_BOT_TOKEN: Slack refused the token ({error}): copy the Bot "
        "User OAuth Token (xoxb-…) again from OAuth & Permissions, reinstalling the app if "
        "needed"
    )


def test_a_rejected_app_token(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    fake: FakeSlackAPI,
) -> None:
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-revoked")
    fake.fail("apps.connections.open", error="invalid_auth")
    assert one_line(capsys, "run") == (
        "safeguarding-bot: SLACK_APP_TOKEN: Slack refused the app-level token (invalid_auth): "
        "generate one with the connections:write scope (Basic Information → App-Level "
        "Tokens) and set it again"
    )


def test_a_channel_that_does_not_exist(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
) -> None:
    monkeypatch.setenv("SAFEGUARDING_CHANNEL", "C0NOSUCH1")
    assert one_line(capsys, "run") == (
        "safeguarding-bot: SAFEGUARDING_CHANNEL: Slack finds no channel C0NOSUCH1 that the bot "
        "can see: check the channel ID (channel details → About) and invite "
        f"@{BOT_USER_NAME} to the channel (/invite @{BOT_USER_NAME})"
    )


def test_a_channel_the_bot_is_not_in(
    capsys: pytest.CaptureFixture[str], settings: Path, fake: FakeSlackAPI
) -> None:
    fake.add_channel(CHANNEL_ID, "lscp-incidents", members=[USER_ID])
    fake.channels[CHANNEL_ID]["is_member"] = False
    assert one_line(capsys, "run") == (
        f"safeguarding-bot: SAFEGUARDING_CHANNEL: the bot is not in #lscp-incidents "
        f"({CHANNEL_ID}): invite @{BOT_USER_NAME} to the channel (/invite @{BOT_USER_NAME})"
    )


def test_an_archived_channel(
    capsys: pytest.CaptureFixture[str], settings: Path, fake: FakeSlackAPI
) -> None:
    fake.add_channel(CHANNEL_ID, "lscp-old", is_archived=True, members=[USER_ID])
    assert one_line(capsys, "run") == (
        f"safeguarding-bot: SAFEGUARDING_CHANNEL: #lscp-old ({CHANNEL_ID}) is archived: "
        "unarchive it or name another channel"
    )


def test_a_user_group_not_found(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
) -> None:
    monkeypatch.setenv("SAFEGUARDING_USERGROUP", "S0NOSUCH1")
    assert one_line(capsys, "run") == (
        "safeguarding-bot: SAFEGUARDING_USERGROUP: Slack finds no user group S0NOSUCH1: check "
        "its ID (the group's page, ⋯ → Copy group ID, S…) or leave the setting out"
    )


def test_a_user_group_without_the_scope_to_read_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    fake: FakeSlackAPI,
) -> None:
    """The manifest asks for usergroups:read only when a user group is used: an app
    installed without it is told at start, not at the first person's request."""
    monkeypatch.setenv("SAFEGUARDING_USERGROUP", "S0PARTNERS")
    fake.set_usergroup("S0PARTNERS", [USER_ID])
    fake.fail("usergroups.users.list", error="missing_scope")
    assert one_line(capsys, "run") == (
        "safeguarding-bot: SAFEGUARDING_USERGROUP: reading user group S0PARTNERS needs the "
        "usergroups:read scope: uncomment its line in manifest.yml, update the app from it "
        "and reinstall it"
    )


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        ("missing_scope", "reading user group S0LEADS01 needs the usergroups:read scope: "),
        ("no_such_subteam", "Slack finds no user group S0LEADS01: check its ID "),
    ],
)
def test_a_sign_off_lead_given_as_a_user_group_is_checked_at_start(
    monkeypatch: pytest.MonkeyPatch, settings: Path, fake: FakeSlackAPI, error: str, problem: str
) -> None:
    """Not only when someone first presses *Sign off* (bot/listeners/review.py)."""
    leads = "local_authority=U0LEAD0001,police=S0LEADS01,integrated_care_board=U0LEAD0002"
    monkeypatch.setenv("SAFEGUARDING_SIGN_OFF_LEADS", leads)
    fake.set_usergroup("S0LEADS01", [USER_ID])
    fake.fail("usergroups.users.list", error=error)
    with pytest.raises(ConfigError) as refused:
        check_slack(Settings())
    assert str(refused.value).startswith(f"SAFEGUARDING_SIGN_OFF_LEADS: {problem}")


def test_sign_off_leads_who_are_people_need_no_user_group_scope(
    monkeypatch: pytest.MonkeyPatch, settings: Path, fake: FakeSlackAPI
) -> None:
    leads = "local_authority=U0LEAD0001,police=U0LEAD0002,integrated_care_board=U0LEAD0003"
    monkeypatch.setenv("SAFEGUARDING_SIGN_OFF_LEADS", leads)
    fake.fail("usergroups.users.list", error="missing_scope")
    assert check_slack(Settings()) == BOT_USER_NAME
    assert not fake.calls("usergroups.users.list")


def test_a_bad_log_setting(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
) -> None:
    monkeypatch.setenv("LOG_FORMAT", "xml")
    assert one_line(capsys, "migrate") == (
        "safeguarding-bot: LOG_FORMAT: must be text (the default) or json (one JSON object a line)"
    )


def test_a_bad_reporting_year_start(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
) -> None:
    monkeypatch.setenv("SAFEGUARDING_REPORTING_YEAR_START", "april")
    assert one_line(capsys, "migrate") == (
        "safeguarding-bot: SAFEGUARDING_REPORTING_YEAR_START: must be a month and day, MM-DD, "
        "such as 04-01 (1 April)"
    )


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("SAFEGUARDING_REPORTING_YEAR_START", "april", "SAFEGUARDING_REPORTING_YEAR_START: must"),
        ("SLACK_BOT_TOKEN", None, "SLACK_BOT_TOKEN not set.\nTo connect the bot to Slack"),
        ("DATABASE_URL", UNREACHABLE_POSTGRES, "DATABASE_URL: cannot use the database at "),
    ],
    ids=("read", "missing", "met at start"),
)
def test_under_json_logs_the_one_line_is_a_json_object(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    name: str,
    value: str | None,
    problem: str,
) -> None:
    """A log collector reading JSON gets why the bot did not start, however many lines the
    explanation has."""
    monkeypatch.setenv("LOG_FORMAT", "json")
    if value is None:
        monkeypatch.delenv(name)
    else:
        monkeypatch.setenv(name, value)
    try:
        line = json.loads(one_line(capsys, "run"))
    finally:
        configure("WARNING", "text")
    assert (line["level"], line["logger"]) == ("CRITICAL", "bot.edge.cli")
    assert line["message"].startswith(problem)


def test_the_console_script_says_one_line_too(settings: Path, tmp_path: Path) -> None:
    """The installed command, as a process manager runs it: stderr is the one line."""
    env = dict(os.environ, DATABASE_URL=UNREACHABLE_POSTGRES)
    result = subprocess.run(
        [shutil.which("safeguarding-bot") or "", "run"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("safeguarding-bot: DATABASE_URL: cannot use the database")
    assert result.stderr.count("\n") == 1, result.stderr


def test_secrets_are_read_from_the_files_their_file_settings_name(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    tmp_path: Path,
) -> None:
    """``*_FILE``, as Docker secrets and systemd credentials hand secrets over: the bot
    uses what the files say, the final line break of each dropped, and a bad value from a
    file is named as the setting it is."""
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    fresh = tmp_path / "fresh.db"
    for name, value in {
        "DATABASE_URL": f"sqlite:///{fresh}",
        "SLACK_BOT_TOKEN": "xoxb-from-a-file",
    }.items():
        (secrets / name).write_text(value + "\n")
        monkeypatch.delenv(name)
        monkeypatch.setenv(f"{name}_FILE", str(secrets / name))
    main(["migrate"])
    assert fresh.exists()
    (secrets / "SLACK_BOT_TOKEN").write_text("not a token\n")
    assert one_line(capsys, "run") == (
        "safeguarding-bot: SLACK_BOT_TOKEN: must be the Bot User OAuth Token, starting with xoxb-"
    )


@pytest.mark.parametrize("problem", ["missing", "both"])
def test_a_secrets_file_that_cannot_be_read_or_a_secret_set_twice(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: Path,
    tmp_path: Path,
    problem: str,
) -> None:
    token = tmp_path / "token"
    if problem == "both":
        token.write_text("xoxb-test\n")
    else:
        monkeypatch.delenv("SLACK_BOT_TOKEN")
    monkeypatch.setenv("SLACK_BOT_TOKEN_FILE", str(token))
    expected = {
        "missing": f"cannot read {token} (No such file or directory)",
        "both": "SLACK_BOT_TOKEN is set as well; set only one",
    }[problem]
    for argv in (["run"], ["migrate"]):
        assert one_line(capsys, *argv) == f"safeguarding-bot: SLACK_BOT_TOKEN_FILE: {expected}"


@pytest.mark.parametrize(
    "value", ["http://bot.example.org", "bot.example.org", "https://bot.example.org/?x=1"]
)
def test_a_bad_public_url(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, settings: Path, value: str
) -> None:
    monkeypatch.setenv("SAFEGUARDING_PUBLIC_URL", value)
    assert one_line(capsys, "migrate").startswith(
        "safeguarding-bot: SAFEGUARDING_PUBLIC_URL: must be the https:// address"
    )
