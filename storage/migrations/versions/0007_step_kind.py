"""step kind: a minimum period (keep the published report available) is not a deadline

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("kind", sa.String(), nullable=False, server_default="deadline"))
    # The shipped timetable's minimum period; a case's next change copies the kind of
    # every step from the rules in use anyway.
    op.execute("UPDATE step SET kind = 'minimum_period' WHERE step_key = 'report_availability'")


def downgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.drop_column("kind")
