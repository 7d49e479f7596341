"""received reports: incident forms answered before their case is logged

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "received_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_key", sa.String(), nullable=False),
        sa.Column("reported_by", sa.String(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_report")),
        sa.UniqueConstraint("submission_key", name=op.f("uq_received_report_submission_key")),
    )
    op.create_index(op.f("ix_received_report_received_at"), "received_report", ["received_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_received_report_received_at"), table_name="received_report")
    op.drop_table("received_report")
