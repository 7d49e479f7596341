"""reminders: the outbox lease, snoozed steps, the daily digest as a reminder

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNPOSTED = sa.text("checklist_ts IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("post_lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(
            "ix_incident_unposted",
            ["post_lease_until"],
            postgresql_where=_UNPOSTED,
            sqlite_where=_UNPOSTED,
        )
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
    with op.batch_alter_table("reminder") as batch:
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM reminder WHERE incident_id IS NULL")
    with op.batch_alter_table("reminder") as batch:
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("step") as batch:
        batch.drop_column("snoozed_until")
    with op.batch_alter_table("incident") as batch:
        batch.drop_index("ix_incident_unposted")
        batch.drop_column("post_lease_until")
