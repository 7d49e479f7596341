"""Engines, sessions and migrations for SQLite (one small partnership) or PostgreSQL.

Sessions follow the SQLModel docs: `with Session(engine) as session:`, passed into each
function, never global. Use cases run one transaction each via `session_scope`.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

DEFAULT_DATABASE_URL = "sqlite:///safeguarding.db"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Key of the PostgreSQL advisory lock that serialises concurrent `migrate` calls
# (several replicas starting at once). Any constant works; this one spells "safe".
_MIGRATION_LOCK_KEY = 0x73616665

#: PostgreSQL connections an engine keeps, for a command's few threads; ``run`` asks for
#: one for each of its threads (bot.edge.server.CONNECTIONS). ``OVERFLOW`` more open at a peak.
POOL_SIZE = 5
OVERFLOW = 10

_BUSY_TIMEOUT_SECONDS = 5.0
_HOLDS_WRITER = "safeguarding_holds_writer_lock"

#: How long a new connection keeps asking for WAL while another process holds the lock:
#: processes starting together on a new file all ask, and SQLite may refuse the change at
#: once (without its busy handler) while another connection is making or using it.
_WAL_PATIENCE_SECONDS = 30.0

_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={_BUSY_TIMEOUT_SECONDS * 1000:.0f}",
    "PRAGMA synchronous=NORMAL",
)


def _journal_in_wal(cursor: Any) -> None:
    """Switch a SQLite connection to WAL, asking again while the file is locked."""
    give_up = time.monotonic() + _WAL_PATIENCE_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > give_up:
                raise
            time.sleep(0.05)


def normalize_url(url: str) -> str:
    """Point PostgreSQL URLs at psycopg 3, the driver we ship.

    Heroku-style `postgres://` and plain `postgresql://` would otherwise select
    psycopg2, which is not installed.
    """
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _json_default(value: object) -> str:
    """Let JSON columns (audit details) hold dates, stored as ISO 8601 text."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _json_dumps(value: Any) -> str:
    return json.dumps(value, default=_json_default)


def make_engine(url: str = DEFAULT_DATABASE_URL, *, pool_size: int = POOL_SIZE) -> Engine:
    """Create an engine tuned for the backend named by `url`.

    SQLite gets WAL and a busy timeout so the web process and the scheduler can share
    one file, and every transaction starts with BEGIN IMMEDIATE: it takes the write
    lock up front (waiting up to busy_timeout) instead of failing with "database is
    locked" when a read-then-write transaction meets a concurrent writer. Keep
    transactions short (never call Slack inside one).
    PostgreSQL gets a pre-pinged pool, so connections dropped by the server or a proxy
    are replaced instead of failing a request, of ``pool_size`` connections kept.
    Both keep statement parameters (a case summary, say) out of error messages and logs.
    """
    sa_url = make_url(normalize_url(url))
    if sa_url.get_backend_name() != "sqlite":
        return create_engine(
            sa_url,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=OVERFLOW,
            json_serializer=_json_dumps,
            hide_parameters=True,
        )

    in_memory = sa_url.database in (None, "", ":memory:")
    engine = create_engine(
        sa_url,
        connect_args={"check_same_thread": False},
        # One shared connection, else each thread would see its own empty database.
        poolclass=StaticPool if in_memory else None,
        json_serializer=_json_dumps,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from pysqlite so that "begin" below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        _journal_in_wal(cursor)
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    # The threads of this process queue for the write lock on a lock of their own, woken
    # the moment it is free, rather than in SQLite's busy handler, which polls with sleeps
    # of up to 100 ms: under load that polling, not the work, made requests wait seconds.
    # Other processes still meet the busy timeout. A thread that cannot have the lock
    # within the busy timeout goes on without it (and waits in SQLite, as before).
    writer = threading.Lock()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        held = writer.acquire(timeout=_BUSY_TIMEOUT_SECONDS)
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            if held:
                writer.release()
            raise
        if held:
            connection.info[_HOLDS_WRITER] = True

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _on_end(connection: Connection) -> None:
        if connection.info.pop(_HOLDS_WRITER, False):
            writer.release()

    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit if the block succeeds, roll back if it raises.

    Objects are not expired on commit, so a use case can return them for rendering
    after the session has closed.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def open_session(engine: Engine) -> Session:
    """A session whose transactions its user ends: for reads (the objects stay readable
    after it closes), and for a batch that commits or rolls back as it goes."""
    return Session(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the packaged migrations; no alembic.ini needed anywhere.

    With a connection, env.py migrates through it. New revisions can be written with
    `command.revision(alembic_config(conn), message=..., autogenerate=True, rev_id="0002")`.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(url_or_engine: str | Engine) -> None:
    """Upgrade the database to the latest revision; a no-op when already there.

    Safe when several processes start at once: on PostgreSQL they queue on an advisory
    lock held for the migration transaction; on SQLite, BEGIN IMMEDIATE serialises them.
    Either way the loser then finds the database at head and does nothing.
    """
    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    try:
        current, heads = schema_state(engine)
        if heads and current == heads:
            # The usual start: one line, and Alembic is not even imported.
            logger.info("database schema up to date (revision %s)", ", ".join(sorted(heads)))
            return
        logger.info(
            "migrating the database from %s to %s",
            ", ".join(sorted(current)) or "nothing",
            ", ".join(sorted(heads)),
        )
        from alembic import command

        with _migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        if engine is not url_or_engine:
            engine.dispose()


class MigrationRefused(ValueError):
    """Alembic's one-line reason for not migrating as asked (no such revision, say)."""


def downgrade(engine: Engine, *, revision: str) -> None:
    """Undo the migrations after ``revision`` (what their columns and tables held is lost),
    for going back to the release whose latest migration it is."""
    from alembic import command
    from alembic.util import CommandError

    current, _ = schema_state(engine)
    logger.info("migrating the database from %s down to %s", ", ".join(sorted(current)), revision)
    try:
        with _migrating(engine) as connection:
            command.downgrade(alembic_config(connection), revision)
    except CommandError as exc:
        at = ", ".join(sorted(current)) or "never migrated"
        raise MigrationRefused(f"{exc} (the database is at {at})") from None


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction for a migration, which concurrent ones queue behind: on PostgreSQL
    an advisory lock held to its end; on SQLite, BEGIN IMMEDIATE."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        yield connection


_REVISION_LINE = re.compile(r"^(down_)?revision\b[^=]*=(.*)$", re.MULTILINE)


def _shipped_heads() -> set[str]:
    """The head revision(s) of the shipped migrations, read from their files' ``revision``
    and ``down_revision`` lines without importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).update(re.findall(r"[\"']([^\"']+)[\"']", value))
    return revisions - parents


def schema_state(engine: Engine) -> tuple[set[str], set[str]]:
    """The revision(s) the database is at (none if never migrated) and the shipped head(s).

    Raises SQLAlchemy's error if the database cannot be reached at all."""
    heads = _shipped_heads()
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set(), heads
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return set(rows.scalars()), heads


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None if never migrated), for health checks."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The latest revision shipped with this code; compare with `current_revision`."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
