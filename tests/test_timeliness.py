"""Timeliness figures on a seeded set of cases whose answers are worked out by hand, and
``/incident report`` as the partnership sees it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine

from bot.domain.timeliness import CaseRecord, Late, StepRecord, timeliness
from bot.domain.timetable import Facts
from bot.usecases.reports import last_twelve_months, timeliness_report
from tests.support.forms import text_of
from tests.support.running_bot import RunningBot
from tests.support.seed import RULES, at_noon, close, done, log, plan
from tests.support.slack_requests import USER_ID

TODAY = date(2026, 11, 23)


def seed(engine: Engine) -> None:
    """Six cases; the period 2026-01-01..2026-06-30 holds five of them.

    Child A: notified early, review on its last day, final report a day late.
    Baby B: aware over Easter (Fri 10 Apr deadline), notified Mon 13 Apr, review never sent.
    Child C: on time; its final report falls due next year.
    Child D: aware before the period: not counted.
    Child E: closed early without a notification: not counted.
    Child F: a looked-after child's death, no abuse suspected: no Panel steps at all.
    """
    a = log(engine, "Child A", date(2026, 3, 2))  # Mon; notification due Mon 9 Mar
    done(engine, a, "panel_notification", date(2026, 3, 6))
    done(engine, a, "rapid_review", date(2026, 3, 27))  # due 15 working days after 6 Mar
    done(engine, a, "lcspr_decision", date(2026, 3, 27), decision="lcspr")
    plan(engine, a, date(2026, 9, 30), on=date(2026, 4, 1))  # report due Mon 21 Sep
    done(engine, a, "final_report_to_panel", date(2026, 9, 22))

    b = log(engine, "Baby B", date(2026, 4, 1), seriously_harmed=True, died=False)
    done(engine, b, "panel_notification", date(2026, 4, 13))

    c = log(engine, "Child C", date(2026, 5, 11))  # notification due Mon 18 May
    done(engine, c, "panel_notification", date(2026, 5, 18))
    done(engine, c, "rapid_review", date(2026, 6, 5))
    done(engine, c, "lcspr_decision", date(2026, 6, 5), decision="lcspr")
    plan(engine, c, date(2027, 3, 31), on=date(2026, 6, 8))  # report due Mon 22 Mar 2027

    d = log(engine, "Child D", date(2025, 12, 15))
    done(engine, d, "panel_notification", date(2026, 1, 5))

    e = log(engine, "Child E", date(2026, 6, 29))
    close(engine, e, at_noon(date(2026, 6, 30)))

    log(engine, "Child F", date(2026, 6, 30), abuse_or_neglect=False, looked_after=True)


def test_the_seeded_figures(engine: Engine) -> None:
    seed(engine)
    report = timeliness_report(
        engine, RULES, start=date(2026, 1, 1), end=date(2026, 6, 30), today=TODAY
    )
    assert report.cases == 5
    figures = {m.step: (m.on_time, m.counted, m.pending, m.late) for m in report.measures}
    assert figures == {
        "panel_notification": (
            2,
            3,
            0,
            (Late("SI-2026-0002", "Baby B", date(2026, 4, 10), date(2026, 4, 13), 1),),
        ),
        "rapid_review": (
            2,
            3,
            0,
            # 15 working days after Mon 13 Apr, skipping the early May bank holiday.
            (Late("SI-2026-0002", "Baby B", date(2026, 5, 5), None, 142),),
        ),
        "final_report_to_panel": (
            0,
            1,
            1,
            (Late("SI-2026-0001", "Child A", date(2026, 9, 21), date(2026, 9, 22), 1),),
        ),
    }
    rules = {m.step: m.rule for m in report.measures}
    assert rules == {
        "panel_notification": "5 working days after awareness",
        "rapid_review": "15 working days after the Panel notification",
        "final_report_to_panel": "7 working days before publication",
    }
    assert [round(m.share or 0, 3) for m in report.measures] == [0.667, 0.667, 0.0]


def test_a_period_with_nothing_due() -> None:
    report = timeliness([], start=date(2026, 1, 1), end=date(2026, 1, 31), today=TODAY, **_rules())
    assert report.cases == 0
    assert all(m.share is None and m.counted == 0 for m in report.measures)


def _rules() -> dict[str, object]:
    return {"timetable": RULES.timetable, "calendar": RULES.calendar}


@pytest.mark.parametrize(
    ("record", "outcome"),
    [
        (StepRecord("done", date(2026, 3, 13)), "on time"),  # on the deadline, a Friday
        (StepRecord("done", date(2026, 3, 14)), "late by 0"),  # the Saturday after: late
        (StepRecord("not_applicable", date(2026, 3, 20)), "not counted"),
        (StepRecord("open"), "late by 176"),  # still open today
        (StepRecord("paused"), "pending"),
    ],
)
def test_each_outcome(record: StepRecord, outcome: str) -> None:
    facts = Facts(date(2026, 3, 6), died=True)
    case = CaseRecord("SI-2026-0009", "Child K", facts, {"panel_notification": record})
    report = timeliness(
        [case], start=date(2026, 3, 1), end=date(2026, 3, 31), today=TODAY, **_rules()
    )
    measure = report.measures[0]
    assert measure.step == "panel_notification"
    found = {
        (1, 0, 0): "on time",
        (0, 0, 0): "not counted",
        (0, 0, 1): "pending",
    }.get((measure.on_time, len(measure.late), measure.pending))
    if measure.late:
        found = f"late by {measure.late[0].working_days}"
    assert found == outcome


def test_the_default_period_is_the_last_twelve_months() -> None:
    assert last_twelve_months(date(2026, 11, 23)) == (date(2025, 11, 24), date(2026, 11, 23))
    assert last_twelve_months(date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))


def replies(running: RunningBot, count: int) -> list[str]:
    return [text_of(c.params) for c in running.fake.wait_for("response_url", count=count)]


def test_incident_report_lists_the_late_ones_only_to_the_caller(running: RunningBot) -> None:
    assert running.clock.now.date() == TODAY
    seed(running.engine)
    running.slack.slash_command("report 2026-01-01 2026-06-30")
    reply = replies(running, 1)[0]
    assert "2 of 3" in reply and "0 of 1" in reply and "1 not yet due" in reply
    assert "SI-2026-0002 · Baby B" in reply and "not done yet (142 working days overdue)" in reply
    assert "done Tue 22 Sep 2026 (1 working day late)" in reply
    assert "Child D" not in reply and "became aware" in reply
    assert "in_channel" not in reply  # a response_url reply is ephemeral by default

    running.slack.slash_command("report 2025-11-24")  # to today: Child D is in it too
    assert "Mon 24 Nov 2025" in replies(running, 2)[1] and "Child D" in replies(running, 2)[1]

    for words in ("report 2026-13-01", "report 2026-06-30 2026-01-01", "report a b c"):
        running.slack.slash_command(words, user_id=USER_ID)
    for reply in replies(running, 5)[2:]:
        assert "/incident help" in reply
