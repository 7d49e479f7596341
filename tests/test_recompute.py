"""Open cases follow the rules: a new closure day (or any change to the timetable, checklist,
reminder policy or bank holidays) moves the stored due dates and planned reminders of
every open case, each change audited, at start or by ``safeguarding-bot recompute``."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from importlib import resources
from pathlib import Path

import pytest
from slack_sdk import WebClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

import bot.rules as bot_rules
from bot.flows.posting import follow_rules_at_start
from bot.rules import load_rules, rules_fingerprint
from bot.usecases.recompute import recompute_if_rules_changed, recompute_open_cases
from storage.models import AppliedRules, AuditEvent, Incident, Reminder, Step
from tests.support.cases import log_case, message
from tests.support.cli import run
from tests.support.running_bot import RunningBot
from tests.support.seed import log

CLOSURE_DAY = date(2026, 11, 25)  # a Wednesday before the Panel notification is due
PANEL_DUE, PANEL_MOVED = date(2026, 11, 27), date(2026, 11, 30)  # for awareness on 20 Nov


def timetable_with_closure_day(tmp_path: Path, day: date = CLOSURE_DAY) -> Path:
    """The shipped timetable, with one closure day added."""
    shipped = resources.files("bot.rules").joinpath("timetable.toml").read_text(encoding="utf-8")
    assert "closure_days = []" in shipped
    path = tmp_path / "timetable.toml"
    path.write_text(shipped.replace("closure_days = []", f"closure_days = [{day}]"))
    return path


def at_nine(day: date) -> datetime:
    """09:00 UK time on a winter day, when reminders go out."""
    return datetime.combine(day, time(9), tzinfo=UTC)


def panel(engine: Engine) -> Step:
    with Session(engine) as session:
        return session.exec(select(Step).where(Step.step_key == "panel_notification")).one()


def reminders_about(engine: Engine, step: Step) -> set[datetime]:
    with Session(engine) as session:
        rows = session.exec(select(Reminder.due_at).where(Reminder.step_id == step.id))
        return set(rows)


def audit(engine: Engine, action: str) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_new_closure_day_moves_an_open_cases_due_date_and_reminders_and_is_audited(
    running: RunningBot, tmp_path: Path
) -> None:
    incident = log_case(running)  # aware Fri 20 Nov 2026: the Panel is due Fri 27 Nov
    assert panel(running.engine).due_on == PANEL_DUE

    # 3 and 1 working days before, on the day, then daily once overdue.
    assert reminders_about(running.engine, panel(running.engine)) == {
        at_nine(date(2026, 11, 24)),
        at_nine(date(2026, 11, 26)),
        at_nine(date(2026, 11, 27)),
        at_nine(date(2026, 11, 30)),
    }
    rules = load_rules(timetable=timetable_with_closure_day(tmp_path))

    client = WebClient(token="xoxb-test-token", base_url=running.fake.url)
    result = follow_rules_at_start(client, running.engine, rules, now=running.clock.now)

    assert result is not None and result.changed == [incident.id]
    assert panel(running.engine).due_on == PANEL_MOVED
    assert reminders_about(running.engine, panel(running.engine)) == {
        at_nine(date(2026, 11, 24)),
        at_nine(date(2026, 11, 27)),
        at_nine(date(2026, 11, 30)),
        at_nine(date(2026, 12, 1)),
    }
    [event] = audit(running.engine, "deadlines_recomputed")
    assert (event.actor, event.incident_id) == ("system", incident.id)
    assert event.detail["due"]["step:panel_notification"] == {
        "from": PANEL_DUE.isoformat(),
        "to": PANEL_MOVED.isoformat(),
    }
    assert "step:cdop_notification" not in event.detail["due"]  # due Tue 24: unmoved
    redrawn = {call.params["ts"] for call in running.fake.wait_for("chat.update", count=2)}
    assert redrawn == {incident.card_ts, incident.checklist_ts}
    assert "Mon 30 Nov 2026" in message(running, incident.card_ts)

    # The next start with the same rules does nothing at all.
    assert follow_rules_at_start(client, running.engine, rules, now=running.clock.now) is None
    assert len(audit(running.engine, "deadlines_recomputed")) == 1
    assert len(running.fake.calls("chat.update")) == 2


def test_a_dry_run_lists_what_would_move_and_changes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    incident = log(engine, "Child M", date(2026, 11, 20))
    before = reminders_about(engine, panel(engine))
    rules = load_rules(timetable=timetable_with_closure_day(tmp_path))
    now = datetime(2026, 11, 23, 10, tzinfo=UTC)

    result = recompute_open_cases(engine, rules, now=now, dry_run=True)

    moved = {(m.reference, m.kind, m.key): (m.old, m.new) for m in result.moved}
    assert moved[(incident.reference, "step", "panel_notification")] == (PANEL_DUE, PANEL_MOVED)
    assert result.changed == [incident.id] and result.reminders > 0
    assert panel(engine).due_on == PANEL_DUE
    assert reminders_about(engine, panel(engine)) == before
    assert audit(engine, "deadlines_recomputed") == []
    with Session(engine) as session:
        assert session.get(AppliedRules, "deadlines") is None
        assert session.get(Incident, incident.id).version == incident.version


def test_only_open_cases_follow_and_a_start_with_unchanged_rules_does_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    shipped = load_rules()
    open_case = log(engine, "Child N", date(2026, 11, 20))
    now = datetime(2026, 11, 23, 10, tzinfo=UTC)
    first = recompute_if_rules_changed(engine, shipped, now=now)  # no fingerprint stored yet
    assert first is not None and first.moved == [] and first.cases == 1
    assert recompute_if_rules_changed(engine, shipped, now=now) is None

    closed = log(engine, "Child P", date(2026, 11, 20))
    with Session(engine) as session:
        row = session.get(Incident, closed.id)
        row.closed_at = now
        session.add(row)
        session.commit()
    rules = load_rules(timetable=timetable_with_closure_day(tmp_path))
    assert rules_fingerprint(rules) != rules_fingerprint(shipped)
    result = recompute_if_rules_changed(engine, rules, now=now)
    assert result is not None and result.changed == [open_case.id] and result.cases == 1
    with Session(engine) as session:
        dates = session.exec(
            select(Step.incident_id, Step.due_on).where(Step.step_key == "panel_notification")
        )
        assert dict(dates.all()) == {open_case.id: PANEL_MOVED, closed.id: PANEL_DUE}


def test_the_fingerprint_is_the_same_in_every_process() -> None:
    """Sets in the rules are sorted, so string hashing's per-process seed cannot change
    it (which would recompute every open case at every start)."""
    import subprocess
    import sys

    code = "from bot.rules import load_rules, rules_fingerprint as f\nprint(f(load_rules()))"
    prints = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2)
    }
    assert prints == {rules_fingerprint(load_rules()) + "\n"}


def test_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    engine: Engine,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    incident = log(engine, "Child Q", date(2026, 11, 20))
    monkeypatch.setenv("SAFEGUARDING_RULES", str(timetable_with_closure_day(tmp_path)))

    code, out, _ = run(capsys, "recompute", "--dry-run")
    assert code == 0
    assert "Due dates that would move (case, step or checklist item, old → new):" in out
    assert (
        f"  {incident.reference}  step panel_notification  Fri 27 Nov 2026 → Mon 30 Nov 2026" in out
    )
    assert "1 of 1 open case(s) would change" in out
    assert panel(engine).due_on == PANEL_DUE and audit(engine, "deadlines_recomputed") == []

    code, out, _ = run(capsys, "recompute")
    assert code == 0 and "Due dates that moved" in out
    assert "set SLACK_BOT_TOKEN to redraw them now" in out
    assert panel(engine).due_on == PANEL_MOVED
    assert len(audit(engine, "deadlines_recomputed")) == 1

    code, out, _ = run(capsys, "recompute")
    assert out.startswith("No due date moves")
    assert len(audit(engine, "deadlines_recomputed")) == 1


def test_command_line_errors_are_one_line_and_status_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'dir' / 'bot.db'}")
    code, out, err = run(capsys, "recompute")
    assert code == 2 and out == ""
    assert err.startswith("safeguarding-bot: DATABASE_URL: cannot open the SQLite file")
    assert err.count("\n") == 1
    monkeypatch.setenv("SAFEGUARDING_RULES", str(tmp_path / "nowhere.toml"))
    code, _, err = run(capsys, "recompute", "--dry-run")
    assert code == 2 and err.startswith("safeguarding-bot: SAFEGUARDING_RULES: ")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "recompute", "--now")
    assert code == 2 and err.count("\n") == 1


def test_a_changed_review_rules_file_changes_the_fingerprint(tmp_path: Path) -> None:
    """The Panel's response is a step whose due date the review rules set."""
    shipped = (Path(bot_rules.__file__).parent / "review.toml").read_text()
    changed = shipped.replace('due = "10 working days after"', 'due = "15 working days after"')
    assert changed != shipped
    path = tmp_path / "review.toml"
    path.write_text(changed)
    assert rules_fingerprint(load_rules(review=path)) != rules_fingerprint(load_rules())
