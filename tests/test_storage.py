"""Storage against both SQLite and PostgreSQL: migrations, types, constraints, queries."""

import multiprocessing
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel, select

from bot.domain.reminders import ReminderKind
from storage.db import (
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    make_engine,
    migrate,
    normalize_url,
    session_scope,
)
from storage.models import (
    AuditEvent,
    ChecklistItem,
    Incident,
    NationalReview,
    ReferenceCounter,
    Reminder,
    Step,
    UTCDateTime,
)
from storage.queries.audit import record_audit
from storage.queries.incidents import (
    get_incident_by_reference,
    get_incident_by_submission_key,
    next_reference,
    open_incidents_with_next_step,
)

TABLES = {
    "incident",
    "step",
    "checklist_item",
    "reminder",
    "audit_event",
    "reference_counter",
    "received_report",
    "access_refusal",
    "applied_rules",
    "review_sign_off",
    "panel_review",
    "panel_correspondence",
    "progress_check",
    "proceedings",
    "recommendation",
    "improvement_action",
    "calendar_feed",
    "national_review",
    "audit_reason",
}


def make_incident(reference: str = "SI-2026-0001", **fields: Any) -> Incident:
    values: dict[str, Any] = {
        "pseudonym": "Child K",
        "died": False,
        "seriously_harmed": True,
        "abuse_or_neglect": True,
        "location": "in_area",
        "aware_on": date(2026, 3, 2),
        "summary": "Admitted to hospital with unexplained injuries.",
        "created_by": "U0LEAD",
    }
    return Incident(reference=reference, **(values | fields))


def make_step(incident: Incident, step_key: str, due_on: date | None, **fields: Any) -> Step:
    assert incident.id is not None
    values: dict[str, Any] = {
        "title": step_key.replace("_", " ").capitalize(),
        "owner_role": "local_authority",
        "basis": "5 working days from aware_on",
    }
    return Step(incident_id=incident.id, step_key=step_key, due_on=due_on, **(values | fields))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u:p@db:5432/sg", "postgresql+psycopg://u:p@db:5432/sg"),
        ("postgresql://u:p@db/sg", "postgresql+psycopg://u:p@db/sg"),
        ("postgresql+psycopg://u@db/sg", "postgresql+psycopg://u@db/sg"),
        ("sqlite:///safeguarding.db", "sqlite:///safeguarding.db"),
    ],
)
def test_normalize_url_selects_psycopg_for_heroku_style_urls(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_sqlite_connections_get_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'pragmas.db'}")
    with engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    engine.dispose()
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 1,
    }


def test_in_memory_sqlite_is_one_database_for_all_threads() -> None:
    engine = make_engine("sqlite://")
    migrate(engine)
    with ThreadPoolExecutor(max_workers=2) as pool:
        assert pool.submit(current_revision, engine).result() == head_revision()
    engine.dispose()


def test_migrate_twice_is_a_noop(database_url: str) -> None:
    engine = make_engine(database_url)
    assert current_revision(engine) is None
    migrate(database_url)
    tables = set(inspect(engine).get_table_names())
    migrate(database_url)
    migrate(engine)
    assert current_revision(engine) == head_revision() is not None
    assert set(inspect(engine).get_table_names()) == tables == TABLES | {"alembic_version"}
    engine.dispose()


def test_concurrent_migrations_do_not_collide(database_url: str) -> None:
    """Replicas starting together all migrate; only one does the work, none fails."""
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(migrate, [database_url] * 4)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    engine.dispose()
    assert versions == [(head_revision(),)]


@pytest.mark.migrates  # the migrations themselves are under test
def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


#: The newest migrations, each with what it adds: a table, or (named) a table's column.
NEWEST = [("0020", "national_review", "post_lease_until"), ("0021", "audit_reason", None)]


@pytest.mark.parametrize(("revision", "table", "column"), NEWEST)
def test_the_newest_migrations_go_down_and_up_again(
    engine: Engine, revision: str, table: str, column: str | None
) -> None:
    """Down to the revision before ``revision`` (what it added gone, the rows kept), then
    up to head again, on each backend."""
    previous = f"{int(revision) - 1:04d}"

    def added() -> bool:
        found = inspect(engine)
        if column is None:
            return found.has_table(table)
        return column in {c["name"] for c in found.get_columns(table)}

    kept = table if column else "incident"  # a dropped table's rows cannot outlive it
    with session_scope(engine) as session:
        session.add(make_incident())
        session.add(
            NationalReview(
                title="A national review",
                published_on=date(2026, 10, 1),
                created_by="U1",
                created_at=datetime(2026, 11, 23, tzinfo=UTC),
            )
        )
    assert added()
    downgrade(engine, revision=previous)
    assert current_revision(engine) == previous and not added()
    migrate(engine)
    assert current_revision(engine) == head_revision() and added()
    with engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {kept}")).scalar_one() == 1


def test_autogenerated_revisions_use_plain_sqlalchemy_types(tmp_path: Path) -> None:
    """Future revisions must not import app types, or they change when the app does."""
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.begin() as connection:
        config = alembic_config(connection)
        config.set_main_option("version_locations", str(tmp_path))
        command.revision(config, message="everything", autogenerate=True, rev_id="9999")
    engine.dispose()
    source = (tmp_path / "9999_everything.py").read_text()
    assert "sa.DateTime(timezone=True)" in source
    assert "sa.String(length=40)" in source
    assert "sqlmodel" not in source
    assert "storage." not in source


def test_round_trip_of_an_incident_and_its_records(engine: Engine) -> None:
    due_at = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
    with session_scope(engine) as session:
        incident = make_incident(agencies=["police", "health"], submission_key="view-1")
        record_audit(
            session,
            actor="U0LEAD",
            action="incident_logged",
            incident=incident,
            detail={"aware_on": incident.aware_on, "agencies": 2},
        )
        step = make_step(incident, "panel_notification", date(2026, 3, 9))
        session.add(step)
        session.add(
            ChecklistItem(
                incident_id=incident.id,
                item_key="police_summary",
                title="Police summary",
                position=1,
                agency="police",
            )
        )
        session.flush()
        session.add(
            Reminder(
                incident_id=incident.id,
                step_id=step.id,
                kind=ReminderKind.OWNER,
                recipient="U0LEAD",
                destination="dm:U0LEAD",
                due_at=due_at,
                dedupe_key=f"{step.id}:due_soon",
            )
        )

    with Session(engine) as session:
        loaded = get_incident_by_reference(session, "SI-2026-0001")
        assert loaded is not None
        assert (loaded.pseudonym, loaded.aware_on, loaded.agencies) == (
            "Child K",
            date(2026, 3, 2),
            ["police", "health"],
        )
        assert (loaded.died, loaded.seriously_harmed, loaded.version) == (False, True, 1)
        assert loaded.created_at.tzinfo == UTC
        steps = session.exec(select(Step).where(Step.incident_id == loaded.id)).all()
        assert [(s.step_key, s.due_on, s.status, s.provisional) for s in steps] == [
            ("panel_notification", date(2026, 3, 9), "open", False)
        ]
        item = session.exec(select(ChecklistItem)).one()
        assert (item.incident_id, item.item_key, item.status) == (
            loaded.id,
            "police_summary",
            "open",
        )
        reminder = session.exec(select(Reminder)).one()
        assert (reminder.step_id, reminder.due_at, reminder.status, reminder.attempts) == (
            steps[0].id,
            due_at,
            "planned",
            0,
        )
        audit = session.exec(select(AuditEvent)).one()
        assert (audit.incident_id, audit.reference, audit.action) == (
            loaded.id,
            "SI-2026-0001",
            "incident_logged",
        )
        assert audit.detail == {"aware_on": "2026-03-02", "agencies": 2}
        assert get_incident_by_submission_key(session, "view-1") == loaded
        assert get_incident_by_submission_key(session, "view-2") is None


def test_datetimes_come_back_aware_utc_and_equal(engine: Engine) -> None:
    london_summer = timezone(timedelta(hours=1))
    due_at = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=london_summer)
    with session_scope(engine) as session:
        incident = make_incident()
        session.add(incident)
        session.flush()
        assert incident.id is not None
        session.add(
            Reminder(
                incident_id=incident.id,
                kind=ReminderKind.OWNER,
                recipient="U1",
                destination="dm:U1",
                due_at=due_at,
                dedupe_key="d",
            )
        )

    with Session(engine) as session:
        reminder = session.exec(select(Reminder)).one()
        assert reminder.due_at == due_at
        assert reminder.due_at.tzinfo == UTC
        assert reminder.due_at.hour == 8
        # Comparisons happen in UTC too: the claim query's `due_at <= now` must hold.
        claimable = select(Reminder).where(Reminder.due_at <= due_at.astimezone(UTC))
        assert session.exec(claimable).all() == [reminder]


def test_naive_datetimes_are_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), engine.dialect)
    with Session(engine) as session:
        session.add(make_incident(created_at=datetime(2026, 1, 1, 12, 0)))
        with pytest.raises(StatementError) as raised:
            session.flush()
    assert isinstance(raised.value.orig, ValueError)


def test_submission_key_creates_one_incident(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(make_incident("SI-2026-0001", submission_key="view-1"))
        session.add(make_incident("SI-2026-0002"))  # several incidents without a key are fine
        session.add(make_incident("SI-2026-0003"))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(make_incident("SI-2026-0004", submission_key="view-1"))


def test_session_scope_rolls_back_on_error(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        session.add(make_incident())
        session.flush()
        raise RuntimeError("Slack said no")
    with Session(engine) as session:
        assert session.exec(select(Incident)).all() == []


def test_version_guards_against_concurrent_edits(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(make_incident())
    # Each session ends its read transaction before the other starts: on SQLite every
    # transaction holds the write lock (BEGIN IMMEDIATE).
    with session_scope(engine) as first_read:
        mine = get_incident_by_reference(first_read, "SI-2026-0001")
    with session_scope(engine) as second_read:
        theirs = get_incident_by_reference(second_read, "SI-2026-0001")
    assert mine is not None and theirs is not None
    with session_scope(engine) as session:
        mine.owner_id = "U0MINE"
        session.add(mine)
    assert mine.version == 2
    with pytest.raises(StaleDataError), session_scope(engine) as session:
        theirs.owner_id = "U0THEIRS"
        session.add(theirs)


def test_next_reference_increments_formats_and_restarts_each_year(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert [next_reference(session, 2026) for _ in range(3)] == [
            "SI-2026-0001",
            "SI-2026-0002",
            "SI-2026-0003",
        ]
        assert next_reference(session, 2027) == "SI-2027-0001"
        assert next_reference(session, 2026) == "SI-2026-0004"
        session.add(ReferenceCounter(year=2028, last=9999))
        session.flush()
        assert next_reference(session, 2028) == "SI-2028-10000"


def test_next_reference_is_unique_under_concurrency(engine: Engine) -> None:
    def take_references(_: int) -> list[str]:
        references = []
        for _ in range(25):
            with session_scope(engine) as session:
                references.append(next_reference(session, 2026))
        return references

    with ThreadPoolExecutor(max_workers=8) as pool:
        references = [r for batch in pool.map(take_references, range(8)) for r in batch]
    assert len(references) == 200
    assert sorted(references) == [f"SI-2026-{n:04d}" for n in range(1, 201)]


def test_audit_events_cannot_be_changed_or_deleted(engine: Engine) -> None:
    with session_scope(engine) as session:
        record_audit(session, actor="system", action="reminder_sent", detail={"n": 1})
    statements = ["UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event"]
    if engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_event")
    for statement in statements:
        with pytest.raises(IntegrityError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    with Session(engine) as session:
        assert session.exec(select(AuditEvent.actor)).all() == ["system"]


def test_purging_an_incident_keeps_its_audit_trail(engine: Engine) -> None:
    with session_scope(engine) as session:
        incident = make_incident()
        record_audit(session, actor="cli", action="incident_logged", incident=incident)
        step = make_step(incident, "panel_notification", date(2026, 3, 9))
        session.add(step)
        session.flush()
        assert step.id is not None and incident.id is not None
        due_at = datetime(2026, 3, 6, tzinfo=UTC)
        session.add(
            Reminder(
                incident_id=incident.id,
                step_id=step.id,
                kind=ReminderKind.OWNER,
                recipient="U1",
                destination="dm:U1",
                due_at=due_at,
                dedupe_key="d",
            )
        )
    with session_scope(engine) as session:
        session.delete(session.exec(select(Incident)).one())
    with Session(engine) as session:
        assert session.exec(select(Step)).all() == []
        assert session.exec(select(Reminder)).all() == []
        audit = session.exec(select(AuditEvent)).one()
        assert audit.reference == "SI-2026-0001"


def test_list_open_incidents_puts_the_nearest_deadline_first(engine: Engine) -> None:
    with session_scope(engine) as session:
        late, soon, undated, closed, done = (
            make_incident(f"SI-2026-000{n}", aware_on=date(2026, 3, n)) for n in range(1, 6)
        )
        closed.closed_at = datetime(2026, 3, 20, tzinfo=UTC)
        session.add_all([late, soon, undated, closed, done])
        session.flush()
        session.add_all(
            [
                make_step(late, "panel_notification", date(2026, 4, 20)),
                make_step(late, "rapid_review", date(2026, 3, 1), status="done"),
                make_step(soon, "panel_notification", date(2026, 4, 10)),
                make_step(soon, "rapid_review", date(2026, 4, 30)),
                make_step(undated, "lcspr_publication", None),
                make_step(closed, "panel_notification", date(2026, 3, 9)),
                make_step(done, "panel_notification", date(2026, 3, 9), status="not_applicable"),
            ]
        )
    with Session(engine) as session:
        listed = [incident.reference for incident, _ in open_incidents_with_next_step(session)]
        assert listed == ["SI-2026-0002", "SI-2026-0001", "SI-2026-0003", "SI-2026-0005"]
        assert len(open_incidents_with_next_step(session, limit=2)) == 2
        paired = {
            incident.reference: step.step_key if step else None
            for incident, step in open_incidents_with_next_step(session)
        }
        assert paired == {
            "SI-2026-0002": "panel_notification",  # the sooner of its two open steps
            "SI-2026-0001": "panel_notification",  # its rapid review is done
            "SI-2026-0003": None,  # no open step has a date
            "SI-2026-0005": None,
        }
        assert [i.reference for i, _ in open_incidents_with_next_step(session, 2, 2)] == [
            "SI-2026-0003",
            "SI-2026-0005",
        ]


def test_reminder_claim_query_uses_the_status_due_at_index(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.db'}")
    migrate(engine)
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM reminder WHERE status = 'planned' AND due_at <= ?",
            ("2026-03-06 09:00:00.000000",),
        ).all()
    engine.dispose()
    assert "ix_reminder_status_due_at" in " ".join(row[-1] for row in plan)


def _migrate_elsewhere(url: str) -> bool:
    """Migrate ``url`` in a fresh interpreter; whether that loaded Alembic."""
    code = (
        "import sys\nfrom storage.db import migrate\n"
        f"migrate({url!r})\nprint('alembic' in sys.modules)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return ran.stdout.strip() == "True"


def test_a_start_at_head_does_not_load_alembic(database_url: str) -> None:
    """Alembic's import is a fifth of a second and megabytes a replica would keep: a
    database at head is told by its alembic_version row, one behind is still migrated."""
    assert _migrate_elsewhere(database_url)  # a new database: Alembic migrates it
    assert not _migrate_elsewhere(database_url)
    engine = make_engine(database_url)
    try:
        behind = str(int(head_revision() or "0") - 1).zfill(4)
        downgrade(engine, revision=behind)
        assert current_revision(engine) == behind
        assert _migrate_elsewhere(database_url)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    """``migrate`` skips Alembic when the database is at the head it reads from the files."""
    from storage.db import _shipped_heads, head_revision

    assert _shipped_heads() == {head_revision()}
