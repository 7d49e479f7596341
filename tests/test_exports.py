"""``safeguarding-bot export``: the CSV's columns and rows, and an iCalendar file that the
``icalendar`` library reads back with the right all-day dates and stable UIDs."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.domain.pseudonymity import WITHHELD
from bot.usecases.exports import CSV_COLUMNS, cases_csv, deadlines_ics
from bot.usecases.improvement import adding, change_case_action
from storage.models import Incident
from tests.support.cli import run
from tests.support.forms import text_of
from tests.support.running_bot import OUTSIDER_ID, RunningBot
from tests.support.seed import MANAGER, POLICE_LEAD, RULES, at_noon, close, done, log
from tests.support.slack_requests import USER_ID, dm_channel_id


@pytest.fixture
def cli_database(monkeypatch: pytest.MonkeyPatch, database_url: str, engine: Engine) -> Engine:
    """The migrated database the command line reads (DATABASE_URL)."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    return engine


def seed(engine: Engine) -> None:
    a = log(engine, "Child K", date(2026, 11, 20))  # Fri
    done(engine, a, "panel_notification", date(2026, 11, 24))
    log(engine, "Baby B", date(2026, 12, 21), seriously_harmed=True, died=False)
    closed = log(engine, "Child C", date(2026, 10, 1))
    close(engine, closed, at_noon(date(2026, 10, 2)))


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_step_and_no_free_text(
    cli_database: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(cli_database)
    code, out, err = run(capsys, "export", "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == ",".join(CSV_COLUMNS)
    table = rows(out)
    assert [r["reference"] for r in table][:1] == ["SI-2026-0001"]
    k = {r["step"]: r for r in table if r["pseudonym"] == "Child K"}
    assert k["panel_notification"] | {"step_title": ""} == {
        "reference": "SI-2026-0001",
        "pseudonym": "Child K",
        "aware_on": "2026-11-20",
        "notified_on": "2026-11-24",
        "decision": "",
        "publication_planned_on": "",
        "published_on": "",
        "closed_on": "",
        "step": "panel_notification",
        "step_title": "",
        "owner_role": "local_authority",
        "owner": "U0LEADPOL1",
        "due_on": "2026-11-27",
        "provisional": "no",
        "status": "done",
        "completed_on": "2026-11-24",
        "kind": "step",
        "origin": "",
        "assurance_due_on": "",
        "assurance_result": "",
        "assured_on": "",
    }
    assert k["rapid_review"]["due_on"] == "2026-12-15"  # 15 working days after 24 Nov
    assert {r["closed_on"] for r in table if r["pseudonym"] == "Child C"} == {"2026-10-02"}
    assert "pseudonym)" not in out  # the summaries stay out

    code, out, _ = run(capsys, "export", "--format", "csv", "--from", "2026-11-01")
    assert {r["pseudonym"] for r in rows(out)} == {"Child K", "Baby B"}


def test_csv_cells_are_never_formulas(engine: Engine) -> None:
    log(engine, "=Child K", date(2026, 11, 20))
    assert {r["pseudonym"] for r in rows(cases_csv(engine))} == {"'=Child K"}


def test_an_action_title_the_guard_refuses_is_withheld_from_both_exports(engine: Engine) -> None:
    """A title stored before the guard knew better (added here past the form's guard)
    leaves in neither file; one naming the case's own pseudonym does."""
    incident = log(engine, "Child Marigold", date(2026, 11, 20))
    assert incident.id is not None
    titles = ("Ring Mrs Quenby on 07700 900461", "Share Child Marigold's plan with the GP")
    for title in titles:
        change = adding(
            RULES,
            recommendation_id=None,
            title=title,
            agency="health_icb",
            owner=POLICE_LEAD,
            due_on=date(2026, 12, 4),
        )
        change_case_action(
            engine,
            RULES,
            incident_id=incident.id,
            change=change,
            actor=MANAGER,
            now=at_noon(date(2026, 11, 23)),
        )
    table = rows(cases_csv(engine))
    assert [r["step_title"] for r in table if r["kind"] == "action"] == [WITHHELD, titles[1]]
    ics = Calendar.from_ical(deadlines_ics(engine, now=at_noon(date(2026, 11, 23))))
    summaries = [str(event["summary"]) for event in ics.walk("VEVENT")]
    assert f"Child Marigold: improvement action: {WITHHELD}" in " ".join(summaries)
    for written in (text_of(table), text_of(summaries)):
        assert "Quenby" not in written and "900461" not in written


def test_ics_reads_back_as_all_day_events_with_stable_uids(
    cli_database: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seed(cli_database)
    target = tmp_path / "deadlines.ics"
    assert run(capsys, "export", "--format", "ics", "--output", str(target))[0] == 0
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    # Open steps of open cases only: Child K's notification is done, Child C is closed.
    assert "SI-2026-0001-panel_notification@safeguarding-bot" not in events
    assert not [uid for uid in events if uid.startswith("SI-2026-0003")]
    review = events["SI-2026-0001-rapid_review@safeguarding-bot"]
    assert review.decoded("DTSTART") == date(2026, 12, 15)
    assert review.decoded("DTEND") == date(2026, 12, 15) + timedelta(days=1)
    assert b"DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\n" in target.read_bytes()
    assert str(review["SUMMARY"]) == (
        "SI-2026-0001 · Child K: Complete the rapid review and send it to the Panel"
    )
    assert review.decoded("DTSTAMP").tzinfo is not None
    assert (
        str(review["DESCRIPTION"])
        == "Due 15 working days after the Panel notification (Tue 24 Nov 2026)."
    )
    baby = events["SI-2026-0002-panel_notification@safeguarding-bot"]
    assert baby.decoded("DTSTART") == date(2026, 12, 30)  # over Christmas
    assert "pseudonym)" not in target.read_text()

    # A later export keeps the UIDs (a re-import updates), with a higher SEQUENCE.
    done(cli_database, incident(cli_database, "Baby B"), "partner_notification", date(2026, 12, 22))
    _, again, _ = run(capsys, "export", "--format", "ics")
    later = {str(e["UID"]): e for e in Calendar.from_ical(again).walk("VEVENT")}
    assert set(later) <= set(events)
    assert later[str(baby["UID"])]["SEQUENCE"] > baby["SEQUENCE"]


def incident(engine: Engine, pseudonym: str) -> Incident:
    with Session(engine) as session:
        return session.exec(select(Incident).where(Incident.pseudonym == pseudonym)).one()


def test_ics_range_and_bad_arguments(
    cli_database: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(cli_database)
    code, out, _ = run(
        capsys, "export", "--format", "ics", "--from", "2026-12-01", "--to", "2026-12-31"
    )
    dates = {e.decoded("DTSTART") for e in Calendar.from_ical(out).walk("VEVENT")}
    assert code == 0 and dates and all(date(2026, 12, 1) <= d <= date(2026, 12, 31) for d in dates)

    code, _, err = run(
        capsys, "export", "--format", "ics", "--from", "2026-12-31", "--to", "2026-12-01"
    )
    assert code == 2 and "--from must not be after --to" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "export", "--format", "pdf")
    assert code == 2 and len(err.splitlines()) == 1
    code, _, err = run(capsys, "export", "--format", "csv", "--output", "/nonexistent/dir/x.csv")
    assert code == 2 and "cannot write" in err


# -- /incident export: the same files, in the person's direct messages ----------------------


def uploaded(running: RunningBot, count: int = 1) -> tuple[dict[str, Any], str]:
    """The file the bot shared last, and its text as uploaded."""
    shared = running.fake.wait_for("files.completeUploadExternal", count=count)[-1]
    assert shared.ok, shared.response
    file = running.fake.files[shared.json_param("files")[0]["id"]]
    return file, file["content"].decode()


def test_slack_export_csv_sends_the_cli_file_to_the_person(
    running: RunningBot, cli_database: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(cli_database)
    assert running.slack.slash_command("export csv 2026-11-01 2026-12-31").status == 200
    file, content = uploaded(running)
    _, cli, _ = run(
        capsys, "export", "--format", "csv", "--from", "2026-11-01", "--to", "2026-12-31"
    )
    assert content == cli
    assert {r["pseudonym"] for r in rows(content)} == {"Child K", "Baby B"}
    assert file["channels"] == [dm_channel_id(USER_ID)]  # the person's DM, not the channel
    assert file["name"] == "safeguarding-cases-2026-11-23.csv"
    assert "from 01 Nov 2026 to 31 Dec 2026" in file["title"]
    reply = running.fake.wait_for("response_url")[0]
    assert "sent" in reply.params["text"] and reply.params["response_type"] == "ephemeral"


def test_slack_export_ics_is_the_cli_calendar(
    running: RunningBot, cli_database: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(cli_database)
    running.slack.slash_command("export ics")
    file, content = uploaded(running)
    _, cli, _ = run(capsys, "export", "--format", "ics")

    def stamped_out(text: str) -> list[str]:  # DTSTAMP is the moment each was made
        return [line for line in text.splitlines() if not line.startswith("DTSTAMP")]

    assert stamped_out(content) == stamped_out(cli)
    assert len(Calendar.from_ical(content).walk("VEVENT")) > 0
    assert file["name"] == "safeguarding-deadlines-2026-11-23.ics"


def test_a_slack_export_slack_will_not_take_says_what_to_do(
    running: RunningBot, engine: Engine
) -> None:
    seed(engine)
    running.fake.fail("files.getUploadURLExternal", error="missing_scope")
    assert running.slack.slash_command("export csv").status == 200
    reply = running.fake.wait_for("response_url")[0]
    said = reply.params["text"]
    assert said.startswith("I could not send the cases and their steps (CSV) to your direct")
    assert "`missing_scope`" in said and "files:write" in said
    assert "safeguarding-bot export" in said and "/incident show" not in said
    assert reply.params["response_type"] == "ephemeral" and not running.fake.files


def test_slack_export_is_for_members_only(running: RunningBot, engine: Engine) -> None:
    seed(engine)
    running.slack.slash_command("export csv", user_id=OUTSIDER_ID)
    reply = running.fake.wait_for("response_url")[0]
    assert "only members" in reply.params["text"]
    assert not running.fake.calls("files.getUploadURLExternal") and not running.fake.files


@pytest.mark.parametrize(
    "text", ["export", "export pdf", "export csv 2026-13-01", "export csv 2026-12-01 2026-11-01"]
)
def test_a_slack_export_typo_answers_with_help(running: RunningBot, text: str) -> None:
    running.slack.slash_command(text)
    reply = running.fake.wait_for("response_url")[0]
    assert "/incident export csv" in text_of(reply.params)  # the help, with the export line
    assert "I can't read" in text_of(reply.params) or "I don't understand" in text_of(reply.params)
    assert not running.fake.calls("files.getUploadURLExternal")
