"""reminders due at once for one person (or thread, or user group) go out as one message

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reminder") as batch:
        batch.add_column(sa.Column("destination", sa.String(), nullable=True))
    # As bot.domain.reminders.destination says, for the rows planned before this.
    op.execute(
        "UPDATE reminder SET destination = CASE"
        " WHEN kind = 'digest' THEN 'digest:' || recipient"
        " WHEN kind = 'thread' THEN 'thread:' || CAST(incident_id AS VARCHAR)"
        " WHEN recipient LIKE 'S%' THEN 'group:' || recipient"
        " ELSE 'dm:' || recipient END"
    )
    with op.batch_alter_table("reminder") as batch:
        batch.alter_column("destination", existing_type=sa.String(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("reminder") as batch:
        batch.drop_column("destination")
