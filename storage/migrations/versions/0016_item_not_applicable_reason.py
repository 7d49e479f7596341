"""checklist_item.not_applicable_reason: why a checklist item does not apply, asked when
it is marked so (as a step's is) and shown on the checklist

Items marked not applicable before were never asked: they keep no reason.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.add_column(sa.Column("not_applicable_reason", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.drop_column("not_applicable_reason")
