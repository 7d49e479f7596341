"""closed by: who closed a case, shown on its card while it is closed

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("closed_by", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.drop_column("closed_by")
