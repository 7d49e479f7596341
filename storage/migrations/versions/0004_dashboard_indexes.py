"""dashboard indexes: each person's open steps, cases by awareness date and by closing

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    # App Home's "your steps": one person's open steps, soonest first. Partial, so done
    # steps (most of them, in time) are not indexed.
    op.create_index(
        "ix_step_owner_open",
        "step",
        ["owner_id", "due_on"],
        postgresql_where=_OPEN,
        sqlite_where=_OPEN,
    )
    # Timeliness reports and exports choose cases by awareness date; the open-case list,
    # its counts and retention choose them by closing (NULL while open).
    op.create_index(op.f("ix_incident_aware_on"), "incident", ["aware_on"])
    op.create_index(op.f("ix_incident_closed_at"), "incident", ["closed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_incident_closed_at"), table_name="incident")
    op.drop_index(op.f("ix_incident_aware_on"), table_name="incident")
    op.drop_index("ix_step_owner_open", table_name="step")
