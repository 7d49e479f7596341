"""The yearly figures as an Excel workbook (issue 26, part 2), opened with openpyxl as a
spreadsheet program would read it: every figure of the seeded year whose answers
tests/test_yearly_report.py works out by hand, the cases, steps and actions behind them,
the charts and the cells they point at, typed text never a formula and refused text
withheld; ``safeguarding-bot report --format xlsx`` and ``/incident report 2026-27 xlsx``."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.domain.pseudonymity import WITHHELD
from bot.domain.yearly import ActionRecord, ReportingYear, yearly
from bot.views.yearly_text import AGENCY_COLUMNS
from bot.views.yearly_workbook import yearly_workbook
from storage.models import PanelReview
from tests.support.cli import run
from tests.support.forms import text_of
from tests.support.running_bot import RunningBot
from tests.support.seed import RULES, log
from tests.support.slack_requests import USER_ID, dm_channel_id
from tests.support.yearly_seed import DELAY_REASON, TODAY, YEAR

Y2026 = ReportingYear(date(2026, 4, 1), date(2027, 3, 31))
INCIDENTS = "Serious incidents and rapid reviews"
DECISIONS = "Decisions after the rapid review"
REVIEWS = "Local child safeguarding practice reviews"
ACTIONS = "Improvement actions"
PANEL = "The Panel's answers to rapid reviews"
DEATHS = "Deaths of looked-after children and care leavers"
LEARNING = "Practice learning reviews"
ORIGINS = "Improvement actions by the review they come from"
MADE = "notifications made in the year"
Q1, Q3 = "Q1 (01 Apr 2026 to 30 Jun 2026)", "Q3 (01 Oct 2026 to 31 Dec 2026)"


def d(year: int, month: int, day: int) -> datetime:
    """A date as openpyxl reads a date cell back."""
    return datetime(year, month, day)


def table(sheet: Worksheet) -> list[dict[str, Any]]:
    """The sheet's one Excel table as rows by header, after checking that the table (and
    so its filters) covers exactly the header and the rows below it."""
    (found,) = sheet.tables.values()
    cells = list(sheet[found.ref])
    headers = [c.value for c in cells[0]]
    rows = [dict(zip(headers, (c.value for c in row), strict=True)) for row in cells[1:]]
    below = sheet.cell(row=cells[-1][0].row + 1, column=1).value
    assert below is None, f"{sheet.title}: a row outside its table"
    return [row for row in rows if any(v is not None for v in row.values())]


def workbook(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


@pytest.fixture
def seeded_workbook(
    yearly_database: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Path:
    """``safeguarding-bot report --format xlsx`` of the seeded year, as at its Monday."""
    path = tmp_path / "year.xlsx"
    argv = ["report", "--format", "xlsx", "--year", YEAR, "--as-at", TODAY.isoformat()]
    code, out, err = run(capsys, *argv, "--output", str(path))
    assert (code, out, err) == (0, "", "")
    return path


# -- the figures, and what is behind them ------------------------------------------------


def test_every_figure_of_the_seeded_year_is_in_the_workbook(seeded_workbook: Path) -> None:
    book = openpyxl.load_workbook(seeded_workbook)
    assert book.sheetnames == [
        "Figures",
        "Cases",
        "Steps",
        "Local reviews published",
        "Local reviews delayed",
        "Actions",
        "Timeliness by quarter",
        "Actions by agency",
    ]
    sheet = book["Figures"]
    assert (
        sheet["A1"].value
        == "Reporting year 2026-27: Wed 1 Apr 2026 to Wed 31 Mar 2027, as at Mon 23 Nov 2026"
    )
    found = {
        (r["Section"], r["Figure"]): (r["Value"], r["Out of"], r["Note"]) for r in table(sheet)
    }
    expected = {
        (INCIDENTS, "Serious incidents notified to the Panel"): (3, None, MADE),
        (INCIDENTS, "Panel notifications on time (5 working days after awareness)"): (
            2,
            4,
            "2 late; counted: 3 done in the year, 1 due in it and not done",
        ),
        (INCIDENTS, "Rapid reviews completed (sent to the Panel)"): (3, None, None),
        (INCIDENTS, "Rapid reviews on time (15 working days after the Panel notification)"): (
            2,
            3,
            None,
        ),
        (INCIDENTS, "Rapid reviews completed late"): (1, None, None),
        (INCIDENTS, "Rapid reviews overdue, not yet sent"): (1, None, None),
        (DECISIONS, "Decisions recorded"): (3, None, None),
        (DECISIONS, "Local review commissioned"): (1, None, None),
        (DECISIONS, "National review recommended to the Panel"): (1, None, None),
        (DECISIONS, "No further review"): (1, None, None),
        (DECISIONS, "The Panel's decision: a national review"): (0, None, None),
        (DECISIONS, "The Panel's decision: a local review after all"): (1, None, None),
        (REVIEWS, "Local reviews commissioned"): (2, None, None),
        (REVIEWS, "Local reviews published"): (2, None, "1 the full report, 1 improvements only"),
        (REVIEWS, "Published within the target"): (1, 2, None),
        (REVIEWS, "Median time from commissioning to publication (days)"): (
            182,
            None,
            "6.0 months",
        ),
        (REVIEWS, "Longest time from commissioning to publication (days)"): (
            217,
            None,
            "7.1 months, SI-2026-0002 · Child A",
        ),
        (REVIEWS, "Reviews delayed past the target"): (
            2,
            None,
            "1 published late, 1 not yet published",
        ),
        (REVIEWS, "Delays whose reason was told to the Panel"): (1, 2, None),
        (REVIEWS, "Final reports to the Panel on time (7 working days before publication)"): (
            1,
            2,
            "1 late; counted: 2 done in the year, 0 due in it and not done",
        ),
        (PANEL, "Answers from the Panel"): (2, None, "recorded in the year"),
        (PANEL, "The Panel agreed with the decision"): (1, None, None),
        (PANEL, "The Panel disagreed with the decision"): (0, None, None),
        (PANEL, "The Panel asked for more information"): (1, None, None),
        (PANEL, "Median time from sending to the Panel's answer (working days)"): (
            10.5,
            None,
            None,
        ),
        (PANEL, "Longest time to the Panel's answer (working days)"): (
            11,
            None,
            "SI-2026-0005 · Child C",
        ),
        (PANEL, "Rapid reviews sent in the year still awaiting an answer"): (1, None, None),
        (DEATHS, "Looked-after children's deaths notified"): (1, None, MADE),
        (
            DEATHS,
            "Looked-after children's deaths notified on time (5 working days after awareness)",
        ): (
            1,
            1,
            "counted: 1 done in the year, 0 due in it and not done",
        ),
        (DEATHS, "Care leavers' deaths notified"): (1, None, MADE),
        (DEATHS, "Care leavers' deaths notified on time (5 working days after awareness)"): (
            0,
            1,
            "1 late; counted: 1 done in the year, 0 due in it and not done",
        ),
        (LEARNING, "Practice learning reviews held"): (
            1,
            None,
            "cases below the threshold the local authority became aware of in the year",
        ),
        (ORIGINS, "From a local child safeguarding practice review"): (3, None, None),
        (ORIGINS, "From a national review"): (1, None, None),
        (ORIGINS, "From a rapid review"): (1, None, None),
        (ORIGINS, "From a practice learning review"): (1, None, None),
    }
    # Each action figure: everyone's, then children's social care, education, health and
    # police (the agencies' in the order of their names).
    sections = [
        ACTIONS,
        *(f"{ACTIONS}: {a}" for a in ("Children's social care", "Education")),
        *(f"{ACTIONS}: {a}" for a in ("Health (integrated care board)", "Police")),
    ]
    for name, values in {
        "Actions due in the year": (6, 1, 2, 1, 2),
        "Done on time": (2, 0, 1, 0, 1),
        "Done late": (1, 0, 0, 1, 0),
        "Still open past the due date": (1, 0, 0, 0, 1),
        "Open, not yet due": (1, 1, 0, 0, 0),
        "Not taken forward": (1, 0, 1, 0, 0),
        "Assurance: embedded": (1, 0, 0, 0, 1),
        "Assurance: partly embedded": (1, 0, 0, 1, 0),
        "Assurance: not yet embedded": (1, 1, 0, 0, 0),
    }.items():
        for section, value in zip(sections, values, strict=True):
            expected[(section, name)] = (value, None, None)
    assert found == expected
    said = text_of([c.value for row in sheet.iter_rows() for c in row if c.value])
    assert "Cases are named by reference and pseudonym only" in said
    assert "the partnership writes the impact of the arrangements" in said
    assert "Deadlines recomputed with the rules in force, fingerprint" in said


def test_the_cases_behind_the_figures(seeded_workbook: Path) -> None:
    book = openpyxl.load_workbook(seeded_workbook)
    cases = table(book["Cases"])
    assert [tuple(row.values()) for row in cases] == [
        (
            "SI-2026-0004",
            "Baby B",
            d(2026, 4, 13),
            "No further review",
            d(2026, 5, 5),
            None,
            None,
            None,
        ),
        (
            "SI-2026-0005",
            "Child C",
            d(2026, 5, 18),
            "Local review commissioned",
            d(2026, 6, 12),
            None,
            None,
            d(2026, 6, 12),
        ),
        (
            "SI-2026-0006",
            "Child D",
            d(2026, 6, 5),
            "National review recommended to the Panel",
            d(2026, 6, 24),
            "The Panel's decision: a local review after all",
            d(2026, 7, 6),
            d(2026, 7, 6),
        ),
    ]
    assert not any("summar" in header.lower() for header in cases[0])  # never a summary
    published = table(book["Local reviews published"])
    assert [
        (r["Reference"], r["Days from commissioning"], r["Within the target"], r["Published"])
        for r in published
    ] == [
        ("SI-2026-0001", 147, "yes", "the full report"),
        ("SI-2026-0002", 217, "no", "improvements only"),
    ]
    delayed = table(book["Local reviews delayed"])
    assert [tuple(r.values()) for r in delayed] == [
        ("SI-2025-0001", "Child E", d(2026, 6, 22), None, 154, None, None, "criminal"),
        (
            "SI-2026-0002",
            "Child A",
            d(2026, 9, 28),
            d(2026, 10, 30),
            32,
            d(2026, 10, 5),
            DELAY_REASON,
            None,
        ),
    ]


def test_the_steps_behind_each_timeliness_figure(seeded_workbook: Path) -> None:
    steps = table(openpyxl.load_workbook(seeded_workbook)["Steps"])
    outcomes = Counter((r["Figure"], r["Outcome"]) for r in steps)
    assert outcomes == {
        ("Panel notifications", "on time"): 2,
        ("Panel notifications", "done late"): 1,
        ("Panel notifications", "not done, overdue"): 1,
        ("Rapid reviews sent to the Panel", "on time"): 2,
        ("Rapid reviews sent to the Panel", "done late"): 1,
        ("Rapid reviews sent to the Panel", "not done, overdue"): 1,
        ("Final reports sent to the Panel", "on time"): 1,
        ("Final reports sent to the Panel", "done late"): 1,
        ("Looked-after children's deaths notified", "on time"): 1,
        ("Care leavers' deaths notified", "done late"): 1,
    }
    late = [
        (r["Reference"], r["Pseudonym"], r["Due on"], r["Done on"], r["Working days late"])
        for r in steps
        if r["Outcome"] != "on time"
    ]
    assert late == [  # the late lists of tests/test_yearly_report.py
        ("SI-2026-0004", "Baby B", d(2026, 4, 10), d(2026, 4, 13), 1),
        ("SI-2026-0007", "Child F", d(2026, 11, 16), None, 5),
        ("SI-2026-0003", "Child K", d(2026, 4, 7), None, 161),
        ("SI-2026-0005", "Child C", d(2026, 6, 9), d(2026, 6, 12), 3),
        ("SI-2026-0001", "Child J", d(2026, 6, 17), d(2026, 6, 19), 2),
        ("SI-2026-0010", "Young person M", d(2026, 10, 8), d(2026, 10, 12), 2),
    ]
    child_a = next(r for r in steps if r["Reference"] == "SI-2026-0002")
    assert (child_a["Done on"], child_a["Quarter"]) == (d(2026, 10, 19), Q3)
    assert {r["Quarter"] for r in steps if r["Reference"] == "SI-2026-0007"} == {Q3}


def test_the_actions_behind_the_figures(seeded_workbook: Path) -> None:
    actions = table(openpyxl.load_workbook(seeded_workbook)["Actions"])
    assert [
        (r["Reference"], r["Agency"], r["Where it stands"], r["Assurance in the year"])
        for r in actions
    ] == [
        # due in 2025-26, its assurance recorded in 2026-27
        ("SI-2026-0001", "Children's social care", None, "not yet embedded"),
        ("SI-2026-0001", "Police", "done on time", "embedded"),
        ("SI-2026-0001", "Health (integrated care board)", "done late", "partly embedded"),
        ("SI-2026-0002", "Police", "open, past its due date", None),
        ("SI-2026-0008", "Education", "done on time", None),
        ("SI-2026-0005", "Education", "not taken forward", None),
        ("SI-2026-0002", "Children's social care", "open, not yet due", None),
    ]  # the one due in 2027-28 is in neither figure
    assert [r["From"] for r in actions][-3:] == [
        "Practice learning review",
        "Rapid review",
        "National review",
    ]
    assert actions[3]["Action"] == "Brief response officers on the learning"
    assert actions[3]["Due on"] == d(2026, 9, 30)
    assert "Attendance records" not in str(actions)  # evidence stays in the bot


# -- the charts ------------------------------------------------------------------------


def _chart_refs(content: bytes) -> list[tuple[str, list[str]]]:
    """Each chart's title and the cell ranges its series name, in the file's own XML."""
    with zipfile.ZipFile(io.BytesIO(content)) as xlsx:
        names = sorted(
            (n for n in xlsx.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)),
            key=lambda n: int(re.sub(r"\D", "", n)),
        )
        charts = [xlsx.read(n).decode() for n in names]
    return [
        (
            "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml)),
            re.findall(r"<c:f>([^<]*)</c:f>", xml),
        )
        for xml in charts
    ]


def test_the_charts_point_at_their_tables(seeded_workbook: Path) -> None:
    content = seeded_workbook.read_bytes()
    quarter = "'Timeliness by quarter'!"
    categories = f"{quarter}$A$4:$A$7"

    def series(*columns: str) -> list[str]:
        refs = []
        for col in columns:
            refs += [f"{quarter}${col}$3", categories, f"{quarter}${col}$4:${col}$7"]
        return refs

    agency = "'Actions by agency'!"
    agencies = f"{agency}$A$4:$A$7"  # four agencies
    assert _chart_refs(content) == [
        ("Panel notifications (5 working days after awareness)", series("B", "C")),
        (
            "Rapid reviews sent to the Panel (15 working days after the Panel notification)",
            series("D", "E"),
        ),
        ("Final reports sent to the Panel (7 working days before publication)", series("F", "G")),
        (
            "Looked-after children's deaths notified (5 working days after awareness)",
            series("H", "I"),
        ),
        ("Care leavers' deaths notified (5 working days after awareness)", series("J", "K")),
        (
            "Improvement actions by agency and where they stand",
            [
                ref
                for col in "CDEFG"  # done on time, late, overdue, not yet due, not taken forward
                for ref in (f"{agency}${col}$3", agencies, f"{agency}${col}$4:${col}$7")
            ],
        ),
    ]
    book = workbook(content)
    assert [len(book[name]._charts) for name in book.sheetnames] == [0, 0, 0, 0, 0, 0, 5, 1]
    by_quarter = book["Timeliness by quarter"]
    assert [[c.value for c in row] for row in by_quarter["A3:G7"]] == [
        [
            "Quarter",
            "Panel notifications: on time",
            "Panel notifications: late",
            "Rapid reviews sent to the Panel: on time",
            "Rapid reviews sent to the Panel: late",
            "Final reports sent to the Panel: on time",
            "Final reports sent to the Panel: late",
        ],
        [Q1, 2, 1, 2, 2, 0, 1],  # C, D on time, B late; B, D on time, K, C late; J late
        ["Q2 (01 Jul 2026 to 30 Sep 2026)", 0, 0, 0, 0, 0, 0],
        [Q3, 0, 1, 0, 0, 1, 0],  # F's notification overdue; A's final report on time
        ["Q4 (01 Jan 2027 to 31 Mar 2027)", 0, 0, 0, 0, 0, 0],
    ]
    by_agency = book["Actions by agency"]
    assert [[c.value for c in row] for row in by_agency["A3:G7"]] == [
        list(AGENCY_COLUMNS[:7]),  # the report's table, up to the assurance results
        ["Children's social care", 1, 0, 0, 0, 1, 0],
        ["Education", 2, 1, 0, 0, 0, 1],
        ["Health (integrated care board)", 1, 0, 1, 0, 0, 0],
        ["Police", 2, 1, 0, 1, 0, 0],
    ]


# -- what came from people ---------------------------------------------------------------


@pytest.mark.usefixtures("seeded_year")
def test_typed_text_is_never_a_formula_and_refused_text_is_withheld(engine: Engine) -> None:
    """A pseudonym or title that starts like a formula is text; a title or delay reason
    the guard refuses now is withheld, one naming the case's own pseudonym is not."""
    with Session(engine) as session:  # stored before the guard knew better
        review = session.exec(select(PanelReview).where(PanelReview.delay_reason != None)).one()  # noqa: E711
        review.delay_reason = "Waiting for Mrs Quenby, 07700 900461"
        session.add(review)
        session.commit()
    from bot.usecases.reports import yearly_report

    seeded = yearly_report(engine, RULES, Y2026, TODAY)
    titles = ("=SUM(A1:A9)", "=1+2", "+1 briefing", "-2 audits", "@ the learning event")
    actions = [
        ActionRecord("SI-2026-0099", "=Child K", title, "police", date(2026, 6, 1), "open")
        for title in titles
    ]
    actions += [
        ActionRecord("SI-2026-0099", "=Child K", text, "police", date(2026, 6, 2), "open")
        for text in ("Ring Mrs Quenby on 07700 900461", "Share =Child K's plan with the GP")
    ]
    report = yearly(
        [], actions, year=Y2026, today=TODAY, timetable=RULES.timetable, calendar=RULES.calendar
    )
    for content in (
        yearly_workbook(report, RULES.checklist.agencies),
        yearly_workbook(seeded, RULES.checklist.agencies),
    ):
        with zipfile.ZipFile(io.BytesIO(content)) as xlsx:
            sheets = [n for n in xlsx.namelist() if n.startswith("xl/worksheets/sheet")]
            assert all("<f>" not in xlsx.read(n).decode() for n in sheets)  # no formula cell
            assert "Quenby" not in text_of([xlsx.read(n).decode() for n in xlsx.namelist()])
    rows = table(workbook(yearly_workbook(report, RULES.checklist.agencies))["Actions"])
    assert [r["Action"] for r in rows] == [*titles, WITHHELD, "Share =Child K's plan with the GP"]
    assert {r["Pseudonym"] for r in rows} == {"=Child K"}
    delayed = table(
        workbook(yearly_workbook(seeded, RULES.checklist.agencies))["Local reviews delayed"]
    )
    assert [r["Reason"] for r in delayed] == [None, WITHHELD]


def test_a_year_with_nothing_in_it_still_opens(engine: Engine) -> None:
    log(engine, "Child Q", date(2027, 5, 3))  # the year after
    from bot.usecases.reports import yearly_report

    book = workbook(yearly_workbook(yearly_report(engine, RULES, Y2026, TODAY), {}))
    assert table(book["Cases"]) == [] and table(book["Actions by agency"]) == []
    assert table(book["Figures"])[0]["Value"] == 0


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--format", "pdf"], "argument --format: invalid choice: 'pdf'"),
        (["--format", "xlsx", "--year", "2026-28"], "--year 2026-28: name a reporting year"),
    ],
)
def test_a_bad_format_or_year_is_one_line(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine, argv: list[str], line: str
) -> None:
    code, out, err = run(capsys, "report", *argv, "--output", "/nonexistent/x.xlsx")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and line in err


def test_a_workbook_is_not_written_to_a_terminal(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "report", "--format", "xlsx")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "give --output FILE" in err


# -- in Slack ------------------------------------------------------------------------------


def test_incident_report_xlsx_sends_the_workbook_to_the_person(
    running: RunningBot, seeded_workbook: Path
) -> None:
    assert running.slack.slash_command(f"report {YEAR} xlsx").status == 200
    shared = running.fake.wait_for("files.completeUploadExternal")[-1]
    assert shared.ok, shared.response
    file = running.fake.files[shared.json_param("files")[0]["id"]]
    assert file["channels"] == [dm_channel_id(USER_ID)]  # the person's DM, not the channel
    assert file["name"] == "safeguarding-year-2026-27-as-at-2026-11-23.xlsx"
    assert file["title"] == "The yearly figures for 2026-27 (Excel)"
    sent, cli = workbook(file["content"]), openpyxl.load_workbook(seeded_workbook)
    assert sent.sheetnames == cli.sheetnames
    for name in sent.sheetnames:  # the file the command line writes
        assert list(sent[name].values) == list(cli[name].values), name
    reply = running.fake.wait_for("response_url")[0]
    assert reply.params["response_type"] == "ephemeral"
    assert (
        "sent the yearly figures for 2026-27 (Excel) to your direct messages"
        in reply.params["text"]
    )

    running.slack.slash_command("report xlsx")  # this reporting year's
    running.fake.wait_for("files.completeUploadExternal", count=2)
    assert len(running.fake.files) == 2


@pytest.mark.parametrize("text", ["report 2026-28 xlsx", "report 2026-04-01 2027-03-31 xlsx"])
def test_a_bad_year_before_xlsx_answers_with_help(running: RunningBot, text: str) -> None:
    running.slack.slash_command(text)
    said = text_of(running.fake.wait_for("response_url")[0].params)
    assert "name a reporting year, such as 2026-27, before xlsx" in said
    assert "/incident report 2026-27 xlsx" in said  # the help, with the workbook's line
    assert not running.fake.calls("files.getUploadURLExternal")


def test_a_third_word_without_xlsx_is_not_ignored(running: RunningBot) -> None:
    running.slack.slash_command("report 2026-04-01 2027-03-31 csv")
    said = text_of(running.fake.wait_for("response_url")[0].params)
    assert "I can't read" in said and "Timeliness" not in said
