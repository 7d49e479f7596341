"""The yearly figures (issue 17 item 5) on a seeded reporting year whose answers are worked
out by hand (tests/support/yearly_seed.py says why each is what it is): the use case, the
reporting year setting, ``/incident report 2026-27`` as a signed slash command, and
``safeguarding-bot report --format csv|md``."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from datetime import UTC, date, datetime
from importlib import resources

import pytest
from sqlalchemy.engine import Engine

from bot.domain.actions import AssuranceResult, Origin
from bot.domain.review import NationalDecision, PanelAnswer
from bot.domain.timeliness import Late
from bot.domain.timetable import Basis, parse_timetable
from bot.domain.words import Decision
from bot.domain.yearly import (
    ActionCounts,
    ActionLine,
    ActionRecord,
    PanelReply,
    ReportingYear,
    YearStart,
    parse_year,
    reporting_year,
    year_of,
    yearly,
    yearly_reminder,
)
from bot.rules import DEADLINES, rules_fingerprint
from bot.usecases.reports import yearly_report
from bot.views.yearly_text import yearly_markdown
from storage.db import session_scope
from storage.queries.applied_rules import set_applied_fingerprint
from tests.support.cli import run
from tests.support.forms import text_of
from tests.support.running_bot import RunningBot
from tests.support.seed import RULES
from tests.support.slack_requests import USER_ID
from tests.support.yearly_seed import DELAY_REASON, TODAY, YEAR, sample

APRIL = YearStart()
Y2026 = ReportingYear(date(2026, 4, 1), date(2027, 3, 31))
AGENCIES = RULES.checklist.agencies


# -- the reporting year -----------------------------------------------------------------


def test_a_reporting_year_runs_from_its_start_to_the_day_before_the_next() -> None:
    assert reporting_year(2026, APRIL) == Y2026
    assert Y2026.label == "2026-27"
    assert year_of(date(2026, 4, 1), APRIL) == Y2026
    assert year_of(date(2027, 3, 31), APRIL) == Y2026
    assert year_of(date(2026, 3, 31), APRIL).label == "2025-26"
    calendar = YearStart.parse("01-01")
    assert year_of(date(2026, 11, 23), calendar) == ReportingYear(
        date(2026, 1, 1), date(2026, 12, 31)
    )
    assert year_of(date(2026, 11, 23), calendar).label == "2026"
    september = YearStart.parse("9-1")
    assert str(september) == "09-01"
    assert year_of(date(2026, 8, 31), september).label == "2025-26"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2026-27", "2026-27"),
        ("2026/27", "2026-27"),
        ("2026-2027", "2026-27"),
        ("1999-00", "1999-00"),
        ("2026-28", None),
        ("2026", None),  # the year starts in April: 2026-27 or 2025-26?
        ("26-27", None),
        ("last", None),
    ],
)
def test_a_year_as_typed(text: str, label: str | None) -> None:
    year = parse_year(text, APRIL)
    assert (year.label if year else None) == label


def test_a_calendar_reporting_year_is_named_by_its_year() -> None:
    calendar = YearStart(1, 1)
    assert parse_year("2026", calendar) == ReportingYear(date(2026, 1, 1), date(2026, 12, 31))
    assert parse_year("2026-27", calendar) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("april", "must be a month and day, MM-DD, such as 04-01 (1 April)"),
        ("13-01", "13-01 cannot start a reporting year (month must be in 1..12)"),
        ("04-31", "04-31 cannot start a reporting year (day is out of range for month)"),
        ("02-29", "02-29 cannot start a reporting year (29 February is not in every year"),
    ],
)
def test_a_year_start_that_cannot_be(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=r"^" + problem.replace("(", r"\(").replace(")", r"\)")):
        YearStart.parse(text)


# -- the yearly report's own step ---------------------------------------------------------


def _reminded(today: date, starts: YearStart = APRIL) -> tuple[str, date, date] | None:
    rule = RULES.timetable.yearly_report
    assert rule is not None
    wanted = yearly_reminder(rule, today=today, starts=starts, calendar=RULES.calendar)
    return None if wanted is None else (wanted.year.label, wanted.due_on, wanted.remind_on)


def test_the_yearly_report_falls_due_within_twelve_months_of_its_year() -> None:
    """Due six months after the year ends, a working day: 2027-28 ends Fri 31 Mar 2028 and
    Sat 30 Sep 2028 moves to Mon 2 Oct. Each reminder day is the latest passed, so one
    missed over a weekend is still wanted; once the day passes, the next year's waits."""
    rule = RULES.timetable.yearly_report
    assert rule is not None and rule.basis == Basis.MUST and "s16G" in rule.source
    assert _reminded(date(2028, 9, 1)) is None  # 2027-28's first is Mon 4 Sep
    assert _reminded(date(2028, 9, 4)) == ("2027-28", date(2028, 10, 2), date(2028, 9, 4))
    assert _reminded(date(2028, 9, 30)) == ("2027-28", date(2028, 10, 2), date(2028, 9, 25))
    assert _reminded(date(2028, 10, 2)) == ("2027-28", date(2028, 10, 2), date(2028, 10, 2))
    assert _reminded(date(2028, 10, 3)) is None
    assert _reminded(date(2027, 3, 31)) is None  # between: 2025-26's was due Wed 30 Sep 2026
    calendar = YearStart(1, 1)  # 2026 ends Thu 31 Dec: due Wed 30 Jun 2027
    assert _reminded(date(2027, 6, 30), calendar) == ("2026", date(2027, 6, 30), date(2027, 6, 30))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"due": "13 months after"}, "due must fall within the 12 months after the year ends"),
        (
            {"remind": ["5 working days after"]},
            "due counts after the year ends; remind counts before",
        ),
        ({"colour": "red"}, "unknown key(s): colour"),
    ],
)
def test_a_yearly_report_rule_that_cannot_be(change: dict[str, object], message: str) -> None:
    text = resources.files("bot.rules").joinpath("timetable.toml").read_text()
    data = tomllib.loads(text)
    data["yearly_report"] |= change
    with pytest.raises(ValueError, match=r"^yearly_report: " + re.escape(message)):
        parse_timetable(data)


# -- the seeded year's figures ----------------------------------------------------------


@pytest.mark.usefixtures("seeded_year")
def test_every_figure_of_the_seeded_year(engine: Engine) -> None:
    report = yearly_report(engine, RULES, Y2026, TODAY)

    assert report.notified == 3  # Baby B, Child C, Child D (J, A, K, E the year before)
    notified = report.measure("panel_notification")
    assert notified is not None
    assert (notified.on_time, notified.counted, notified.late) == (
        2,
        4,
        (
            Late("SI-2026-0004", "Baby B", date(2026, 4, 10), date(2026, 4, 13), 1),
            Late("SI-2026-0007", "Child F", date(2026, 11, 16), None, 5),
        ),
    )
    reviews = report.measure("rapid_review")
    assert reviews is not None
    assert (reviews.done, reviews.on_time) == (3, 2)  # B and D on time, C late
    assert reviews.late == (
        Late("SI-2026-0003", "Child K", date(2026, 4, 7), None, 161),
        Late("SI-2026-0005", "Child C", date(2026, 6, 9), date(2026, 6, 12), 3),
    )
    final = report.measure("final_report_to_panel")
    assert final is not None
    assert (final.on_time, final.late) == (
        1,  # Child A's, Mon 19 Oct for Wed 21 Oct
        (Late("SI-2026-0001", "Child J", date(2026, 6, 17), date(2026, 6, 19), 2),),
    )

    assert report.decisions == {Decision.LCSPR: 1, Decision.NATIONAL: 1, Decision.NO_REVIEW: 1}
    assert report.national == {
        NationalDecision.NATIONAL_REVIEW: 0,
        NationalDecision.LOCAL_REVIEW: 1,
    }
    assert report.commissioned == 2  # Child C's decision, Child D's by the Panel

    assert [(p.reference, p.days, p.within_target, p.kind) for p in report.published] == [
        ("SI-2026-0001", 147, True, "full_report"),
        ("SI-2026-0002", 217, False, "improvements_only"),
    ]
    assert report.median_days == 182
    assert report.longest is not None and report.longest.reference == "SI-2026-0002"

    assert [
        (d.reference, d.target_on, d.published_on, d.days_past, d.reason, d.told_on, d.proceedings)
        for d in report.delayed
    ] == [
        ("SI-2025-0001", date(2026, 6, 22), None, 154, None, None, ("criminal",)),
        (
            "SI-2026-0002",
            date(2026, 9, 28),
            date(2026, 10, 30),
            32,
            DELAY_REASON,
            date(2026, 10, 5),
            (),
        ),
    ]

    embedded, partly, not_yet = AssuranceResult
    assert report.actions == ActionCounts(
        "",
        due=6,
        done_on_time=2,
        done_late=1,
        overdue=1,
        not_yet_due=1,
        not_taken_forward=1,
        assurance={embedded: 1, partly: 1, not_yet: 1},
    )
    assert report.by_agency == (
        ActionCounts("childrens_social_care", due=1, not_yet_due=1, assurance={not_yet: 1}),
        ActionCounts("education", due=2, done_on_time=1, not_taken_forward=1),
        ActionCounts("health_icb", due=1, done_late=1, assurance={partly: 1}),
        ActionCounts("police", due=2, done_on_time=1, overdue=1, assurance={embedded: 1}),
    )
    assert report.late_actions == (
        ActionLine(
            "SI-2026-0001",
            "Child J",
            "health_icb",
            "Audit how health visitors share records",
            date(2026, 7, 31),
            date(2026, 8, 10),
            6,
        ),
    )
    assert report.open_actions == (
        ActionLine(
            "SI-2026-0002",
            "Child A",
            "police",
            "Brief response officers on the learning",
            date(2026, 9, 30),
            None,
            38,
        ),
    )


@pytest.mark.usefixtures("seeded_year")
def test_the_figures_it_counts_from_its_own_rows(engine: Engine) -> None:
    """Issue 27: actions by origin, practice learning reviews, the death notifications of
    looked-after children and care leavers, and the Panel's answers (seeded, worked out
    by hand in tests/support/yearly_seed.py)."""
    report = yearly_report(engine, RULES, Y2026, TODAY)

    assert report.by_origin == {
        Origin.LOCAL: 3,  # J's two, A's police briefing
        Origin.NATIONAL: 1,
        Origin.RAPID: 1,
        Origin.PRACTICE_LEARNING: 1,
    }
    assert [c.pseudonym for c in report.learning_reviews] == ["Child G"]

    looked_after = report.measure("looked_after_death_notification")
    assert looked_after is not None
    assert (looked_after.done, looked_after.on_time, looked_after.late) == (1, 1, ())
    leavers = report.measure("care_leaver_death_notification")
    assert leavers is not None
    assert (leavers.done, leavers.on_time, leavers.pending) == (1, 0, 1)  # N due today
    assert leavers.late == (
        Late("SI-2026-0010", "Young person M", date(2026, 10, 8), date(2026, 10, 12), 2),
    )

    assert report.panel_replies == (
        PanelReply(
            "SI-2026-0004", "Baby B", date(2026, 5, 5), date(2026, 5, 19), PanelAnswer.AGREES, 10
        ),
        PanelReply(
            "SI-2026-0005",
            "Child C",
            date(2026, 6, 12),
            date(2026, 6, 29),
            PanelAnswer.ASKS_FOR_MORE_INFORMATION,
            11,
        ),
    )
    assert report.answers == {
        PanelAnswer.AGREES: 1,
        PanelAnswer.DISAGREES: 0,
        PanelAnswer.ASKS_FOR_MORE_INFORMATION: 1,
    }
    assert report.median_answer_days == 10.5
    assert [c.pseudonym for c in report.unanswered] == ["Child D"]
    # The year before sent Child J's, Child A's and Child E's, answered by none.
    assert yearly_report(engine, RULES, reporting_year(2025, APRIL), TODAY).panel_replies == ()


@pytest.mark.usefixtures("seeded_year")
def test_the_report_names_the_rules_its_figures_are_computed_with(engine: Engine) -> None:
    """A rule changed after a year ended would change its deadlines: the report names the
    fingerprint it used and says when the stored one differs, or changed in the year."""
    fingerprint = rules_fingerprint(RULES)

    def said(stored: str | None, at: datetime) -> str:
        with session_scope(engine) as session:
            if stored is not None:
                set_applied_fingerprint(session, DEADLINES, stored, at)
        report = yearly_report(engine, RULES, Y2026, TODAY)
        assert report.rules is not None and report.rules.fingerprint == fingerprint
        return yearly_markdown(report, AGENCIES)

    at = datetime(2026, 3, 2, 9, tzinfo=UTC)
    assert f"fingerprint {fingerprint[:12]}" in said(None, at)
    assert "none is stored yet" in said(None, at)
    same = said(fingerprint, at)
    assert "in force since Mon 2 Mar 2026." in same and "other rules" not in same
    changed = said(fingerprint, datetime(2026, 10, 5, 9, tzinfo=UTC))
    assert "in force since Mon 5 Oct 2026: a rule changed then is applied to the whole" in changed
    other = said("0" * 64, at)
    assert "computed with other rules (000000000000 since Mon 2 Mar 2026)" in other


@pytest.mark.usefixtures("seeded_year")
def test_the_year_before_has_its_own_figures(engine: Engine) -> None:
    before = yearly_report(engine, RULES, reporting_year(2025, APRIL), TODAY)
    assert before.notified == 4  # Child E, Child J, Child A, Child K
    assert before.decisions == {Decision.LCSPR: 3, Decision.NATIONAL: 0, Decision.NO_REVIEW: 0}
    assert before.published == () and before.delayed == ()
    assert before.actions.due == 1 and before.actions.done_on_time == 1
    assert before.actions.assurance == {}  # its result was recorded in 2026-27


def test_an_action_counts_in_the_year_it_is_due() -> None:
    """Done late after the year ended is still done late; open and not yet due is not
    overdue; a result without a known word is not an assurance result."""
    actions = [
        ActionRecord("SI-1", "Child Q", "t", "police", date(2027, 3, 30), "done", date(2027, 4, 2)),
        ActionRecord("SI-1", "Child Q", "t", "police", date(2027, 3, 31), "open"),
        ActionRecord("SI-1", "Child Q", "t", "police", date(2027, 4, 1), "open"),
        ActionRecord(
            "SI-1", "Child Q", "t", "police", None, "done", None, "unheard_of", date(2026, 5, 1)
        ),
    ]
    report = yearly(
        [],
        actions,
        year=Y2026,
        today=date(2027, 3, 31),
        timetable=RULES.timetable,
        calendar=RULES.calendar,
    )
    assert report.actions == ActionCounts("", due=2, done_late=1, not_yet_due=1)
    assert [a.working_days for a in report.late_actions] == [3]  # Tue 30 Mar to Fri 2 Apr
    assert report.open_actions == ()


# -- in Slack ---------------------------------------------------------------------------


def _replies(running: RunningBot, count: int) -> list[dict[str, object]]:
    return [c.params for c in running.fake.wait_for("response_url", count=count)]


@pytest.mark.usefixtures("seeded_year")
def test_incident_report_shows_the_year_to_the_caller(running: RunningBot) -> None:
    assert running.clock.now.date() == TODAY
    assert running.slack.slash_command(f"report {YEAR}").status == 200
    named = _replies(running, 1)[0]
    blocks = named["blocks"]
    assert isinstance(blocks, list) and len(blocks) <= 50
    assert all(len(text_of(b)) < 3200 for b in blocks)
    reply = text_of(named)
    assert "Reporting year 2026-27" in reply and "as at Mon 23 Nov 2026" in reply
    for line in (
        "Serious incidents notified to the Panel: *3; notifications made in the year*",
        "Panel notifications on time (5 working days after awareness): *2 of 4 (50%); 2 late; "
        "counted: 3 done in the year, 1 due in it and not done*",
        "The Panel asked for more information: *1*",
        "Median time from sending to the Panel's answer (working days): *10.5*",
        "Care leavers' deaths notified on time (5 working days after awareness): *0 of 1 (0%)",
        "Practice learning reviews held: *1;",
        "From a national review: *1*",
        "Rapid reviews completed (sent to the Panel): *3*",
        "Rapid reviews overdue, not yet sent: *1*",
        "Local reviews commissioned: *2*",
        "Median time from commissioning to publication (days): *182; 6.0 months*",
        "Reviews delayed past the target: *2; 1 published late, 1 not yet published*",
        "Actions due in the year: *6*",
        "the partnership writes the impact of the arrangements on children and families, the "
        "priorities for the year ahead, the voice of children and families, training, scrutiny "
        "of the arrangements and funding.",
        "Police: 2 due · 1 done on time · 0 done late · 1 open past due · 0 not yet due · "
        "0 not taken forward · assurance: 1 embedded, 0 partly, 0 not yet",
        "SI-2026-0003 · Child K: due Tue 7 Apr 2026, not done yet (161 working days overdue)",
        "SI-2025-0001 · Child E: target Mon 22 Jun 2026, not published (154 days past the "
        "target); no reason told to the Panel yet; proceedings: criminal",
        f"reason told to the Panel Mon 5 Oct 2026: “{DELAY_REASON}”",
        "SI-2026-0002 · Child A (Police): Brief response officers on the learning: due Wed "
        "30 Sep 2026, still open (38 working days overdue)",
    ):
        assert line in reply, line
    assert "in_channel" not in reply  # only the person who asked sees it
    assert "summary" not in reply and "agencies involved" not in reply  # no case summary

    running.slack.slash_command("report")  # this reporting year: the same figures
    assert _replies(running, 2)[1]["blocks"] == blocks

    for words in ("report 2026-28", "report 26-27", "report 2026-27 2027-28", "report last"):
        running.slack.slash_command(words, user_id=USER_ID)
    for refused in _replies(running, 6)[2:]:
        assert "name a reporting year, such as 2026-27" in text_of(refused)
        assert "/incident help" in text_of(refused)


@pytest.mark.parametrize("running", [{"safeguarding_reporting_year_start": "01-01"}], indirect=True)
@pytest.mark.usefixtures("seeded_year")
def test_the_reporting_year_is_a_setting(running: RunningBot) -> None:
    running.slack.slash_command("report")
    reply = text_of(_replies(running, 1)[0])
    assert "Reporting year 2026: Thu 1 Jan 2026 to Thu 31 Dec 2026" in reply
    assert "Serious incidents notified to the Panel: *6;" in reply  # J, A, K, B, C, D


# -- the command line -------------------------------------------------------------------


def test_the_csv_has_one_row_per_figure(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine
) -> None:
    code, out, err = run(
        capsys, "report", "--format", "csv", "--year", YEAR, "--as-at", TODAY.isoformat()
    )
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["section", "figure", "value", "out_of", "note"]
    by_name = {(row["section"], row["figure"]): row for row in rows}
    assert len(by_name) == len(rows)  # one row per figure
    incidents = "Serious incidents and rapid reviews"
    assert by_name[(incidents, "Serious incidents notified to the Panel")]["value"] == "3"
    on_time = by_name[
        (incidents, "Rapid reviews on time (15 working days after the Panel notification)")
    ]
    assert (on_time["value"], on_time["out_of"]) == ("2", "3")
    reviews = "Local child safeguarding practice reviews"
    longest = by_name[(reviews, "Longest time from commissioning to publication (days)")]
    assert (longest["value"], longest["note"]) == ("217", "7.1 months, SI-2026-0002 · Child A")
    police = by_name[("Improvement actions: Police", "Still open past the due date")]
    assert police["value"] == "1"
    assert by_name[("Improvement actions", "Assurance: partly embedded")]["value"] == "1"
    assert by_name[("Reporting year", "Reporting year")]["value"] == "2026-27"
    origins = "Improvement actions by the review they come from"
    assert by_name[(origins, "From a practice learning review")]["value"] == "1"
    panel = "The Panel's answers to rapid reviews"
    slowest = by_name[(panel, "Longest time to the Panel's answer (working days)")]
    assert (slowest["value"], slowest["note"]) == ("11", "SI-2026-0005 · Child C")
    assert "voice of children" in by_name[("Not counted", "For the partnership to write")]["note"]
    assert len(by_name[("Rules", "Rules fingerprint")]["value"]) == 12


def test_the_markdown_report_is_the_sample(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine
) -> None:
    code, out, _ = run(
        capsys, "report", "--format", "md", "--year", YEAR, "--as-at", TODAY.isoformat()
    )
    assert code == 0
    assert out == yearly_markdown(yearly_report(yearly_database, RULES, Y2026, TODAY), AGENCIES)
    assert out.startswith("# Serious incidents and reviews: 2026-27\n")
    assert "| Police | 2 | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |" in out
    assert "- SI-2026-0001 · Child J: due Wed 17 Jun 2026, done Fri 19 Jun 2026" in out


def test_the_sample_prints_the_seeded_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFEGUARDING_REPORTING_YEAR_START", raising=False)
    text = sample()
    assert text.startswith("# Serious incidents and reviews: 2026-27\n")
    assert "| Serious incidents notified to the Panel | 3; notifications made in the year |" in text
    assert text.index("## For the partnership to write") < text.index("| Serious incidents")
    assert text == sample()  # deterministic


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--year", "2026-28"], "--year 2026-28: name a reporting year such as "),
        (["--as-at", "2026-13-01"], "argument --as-at: not a date: '2026-13-01'"),
    ],
)
def test_a_bad_year_is_one_line(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine, argv: list[str], line: str
) -> None:
    code, out, err = run(capsys, "report", "--format", "md", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and line in err


def test_a_bad_year_start_setting_is_one_line(
    capsys: pytest.CaptureFixture[str], yearly_database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFEGUARDING_REPORTING_YEAR_START", "13-01")
    code, _, err = run(capsys, "report", "--format", "csv")
    assert code == 2
    assert err == (
        "safeguarding-bot: SAFEGUARDING_REPORTING_YEAR_START: 13-01 cannot start a reporting "
        "year (month must be in 1..12)\n"
    )


def test_a_big_year_stays_within_slacks_limits() -> None:
    """Forty agencies and 300 late or open actions with the longest titles: at most 50
    blocks, each text within 3,000 characters, the basis last, the Markdown has them all."""
    from bot.views.report import yearly_blocks

    agencies = {f"agency_{n}": f"Agency number {n}" for n in range(40)}
    title = "Deliver the multi-agency learning briefing & audit <team> *records* | " * 5
    actions = [
        ActionRecord(
            f"SI-2026-{n:04d}",
            "Child Q",
            title[:300],
            f"agency_{n % 40}",
            date(2026, 5, 1),
            "done" if n % 2 else "open",
            date(2026, 6, 1) if n % 2 else None,
        )
        for n in range(300)
    ]
    report = yearly(
        [], actions, year=Y2026, today=TODAY, timetable=RULES.timetable, calendar=RULES.calendar
    )
    blocks = [block.to_dict() for block in yearly_blocks(report, agencies)]
    assert len(blocks) <= 50
    for block in blocks:
        texts = [block.get("text", {}), *block.get("elements", [])]
        assert all(len(t.get("text", "")) <= 3000 for t in texts), block
    assert "…and 126 more (safeguarding-bot report has all)" in text_of(blocks)
    assert "Agency number 39: 7 due" in text_of(blocks)  # every agency's line
    assert "Cases are named by reference and pseudonym only" in text_of(blocks[-1])
    assert "&lt;team&gt;" in text_of(blocks) and "<team>" not in text_of(blocks)
    markdown = yearly_markdown(report, agencies)
    assert markdown.count("\n- SI-2026-") == 300
    assert r"\<team\> \*records\* \|" in markdown
