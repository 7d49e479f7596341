"""Retention: ``safeguarding-bot purge`` lists, then removes, cases closed longer ago than
SAFEGUARDING_RETENTION_DAYS, leaving the audit trail with a row per removal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from bot.config import ConfigError, load_settings
from bot.usecases.retention import Expired, purge
from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.cli import run
from tests.support.seed import close, log

NOW = datetime(2033, 11, 23, 9, tzinfo=UTC)


def seed(engine: Engine) -> None:
    """Child A closed over 7 years ago, Child B just under, Child C still open."""
    a = log(engine, "Child A", date(2026, 3, 2))
    close(engine, a, NOW - timedelta(days=2556))
    b = log(engine, "Child B", date(2026, 3, 9))
    close(engine, b, NOW - timedelta(days=2554))
    log(engine, "Child C", date(2026, 3, 16))


def count(engine: Engine, model: type, **where: object) -> int:
    with Session(engine) as session:
        statement = select(func.count()).select_from(model)
        for name, value in where.items():
            statement = statement.where(getattr(model, name) == value)
        return session.exec(statement).one()


def test_a_dry_run_lists_and_removes_nothing(engine: Engine) -> None:
    seed(engine)
    audit = count(engine, AuditEvent)
    found = purge(engine, 2555, NOW, dry_run=True, command="test")
    assert found == [Expired("SI-2026-0001", (NOW - timedelta(days=2556)).date())]
    assert count(engine, Incident) == 3 and count(engine, AuditEvent) == audit


def test_purge_removes_the_case_and_its_rows_and_audits_it(engine: Engine) -> None:
    seed(engine)
    with Session(engine) as session:
        a = session.exec(select(Incident).where(Incident.pseudonym == "Child A")).one()
    history = count(engine, AuditEvent, incident_id=a.id)
    assert count(engine, Step, incident_id=a.id) and count(engine, ChecklistItem, incident_id=a.id)

    removed = purge(engine, 2555, NOW, dry_run=False, command="safeguarding-bot purge")
    assert [case.reference for case in removed] == ["SI-2026-0001"]
    assert count(engine, Incident) == 2
    assert count(engine, Step, incident_id=a.id) == 0
    assert count(engine, ChecklistItem, incident_id=a.id) == 0
    # The trail stays, and says what went, when and how.
    assert count(engine, AuditEvent, incident_id=a.id) == history + 1
    with Session(engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "case_purged")).one()
    assert (event.actor, event.reference, event.at) == ("cli", "SI-2026-0001", NOW)
    assert event.detail == {
        "reference": "SI-2026-0001",
        "closed_on": (NOW - timedelta(days=2556)).date().isoformat(),
        "retention_days": 2555,
        "command": "safeguarding-bot purge",
    }
    assert purge(engine, 2555, NOW, dry_run=False, command="again") == []


def test_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    engine: Engine,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SAFEGUARDING_RETENTION_DAYS", "30")
    now = datetime.now(UTC)  # the command's own clock
    for n, closed_days_ago in enumerate((45, 31, None)):
        incident = log(engine, f"Child {'ABC'[n]}", now.date() - timedelta(days=60))
        if closed_days_ago:
            close(engine, incident, now - timedelta(days=closed_days_ago))
    code, out, _ = run(capsys, "purge", "--dry-run")
    assert code == 0 and out.startswith("Would remove 2 case(s) closed more than 30 days ago")
    assert "SI-2026-0001  closed" in out and "SI-2026-0002  closed" in out
    assert count(engine, Incident) == 3

    code, out, _ = run(capsys, "purge")
    assert code == 0 and out.startswith("Removed 2 case(s)")
    assert count(engine, Incident) == 1
    assert count(engine, AuditEvent, action="case_purged") == 2
    assert run(capsys, "purge")[1].startswith("No case was closed more than 30 days ago")


@pytest.mark.parametrize("value", ["0", "-5", "seven years"])
def test_a_bad_retention_period_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("SAFEGUARDING_RETENTION_DAYS", value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value).startswith("SAFEGUARDING_RETENTION_DAYS: ")
    assert "\n" not in str(error.value)


def test_the_default_is_about_seven_years(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFEGUARDING_RETENTION_DAYS", raising=False)
    assert load_settings().safeguarding_retention_days == 2555
