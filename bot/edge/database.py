"""Opening the database DATABASE_URL names, as every command does: kept apart from the
Slack checks of :mod:`bot.edge.preflight`, so that the offline commands do not load Slack's SDK.

Each failure is a :class:`ConfigError` of one line naming the setting and what to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.config import ConfigError, Settings
from storage.db import POOL_SIZE, make_engine

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0].strip() if lines else type(orig).__name__


def database_error(engine: Engine, exc: SQLAlchemyError) -> ConfigError:
    """What to tell IT when the database named by DATABASE_URL cannot be used."""
    url = engine.url
    reason = _first_line(exc)
    if url.get_backend_name() == "sqlite":
        return ConfigError(
            f"DATABASE_URL: cannot open the SQLite file {url.database} ({reason}): check "
            "that its folder exists and that this user may write to it"
        )
    return ConfigError(
        f"DATABASE_URL: cannot use the database at {url.render_as_string(hide_password=True)} "
        f"({reason}): check that PostgreSQL runs there and the host, port, user, password "
        "and database name are right"
    )


def open_database(settings: Settings, *, pool_size: int = POOL_SIZE) -> Engine:
    """An engine for DATABASE_URL that has just answered (one line if it cannot), keeping
    ``pool_size`` PostgreSQL connections."""
    engine = make_engine(settings.database_url, pool_size=pool_size)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise database_error(engine, exc) from None
    return engine


def require_schema(engine: Engine) -> None:
    """For commands that do not migrate: stop, saying so, unless the schema is current."""
    from storage.db import schema_state

    current, heads = schema_state(engine)
    if current != heads:
        at = ", ".join(sorted(current)) or "never migrated"
        raise ConfigError(
            f"DATABASE_URL: the database is not up to date ({at}; this release needs "
            f"{', '.join(sorted(heads))}): run `safeguarding-bot migrate` first"
        )
