"""case lifecycle: pausing steps, the review decision's rationale, provisional checklist dates,
and when a case last changed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("paused_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("pause_reason", sa.String(), nullable=True))
        batch.add_column(sa.Column("completed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("decision_rationale", sa.String(), nullable=True))
        batch.add_column(sa.Column("family_informed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("checklist_item") as batch:
        batch.add_column(
            sa.Column("provisional", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.drop_column("provisional")
    with op.batch_alter_table("incident") as batch:
        batch.drop_column("updated_at")
        batch.drop_column("family_informed_on")
        batch.drop_column("decision_rationale")
    with op.batch_alter_table("step") as batch:
        batch.drop_column("completed_on")
        batch.drop_column("pause_reason")
        batch.drop_column("paused_at")
