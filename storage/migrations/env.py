"""Alembic environment: migrates the SQLModel tables through a connection passed in code.

Run via `storage.db.migrate`, which supplies the connection (and the lock that keeps
concurrent migrations apart); there is no alembic.ini.
"""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from storage.models import UTCDateTime, Word


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Autogenerate plain SQLAlchemy types, so revisions never import application code."""
    if kind == "type" and isinstance(obj, Word):
        return "sa.String()"
    if kind == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "storage migrations need a connection: use storage.db.migrate(url) "
        "or storage.db.alembic_config(connection)"
    )

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_item=render_item,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
