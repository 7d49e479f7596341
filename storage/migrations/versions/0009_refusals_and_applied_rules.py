"""refusal throttle and the fingerprint of the rules the due dates were computed with

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "access_refusal",
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("surface", sa.String(), nullable=False),
        sa.Column("refused_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("actor", "surface", name=op.f("pk_access_refusal")),
    )
    op.create_table(
        "applied_rules",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_applied_rules")),
    )


def downgrade() -> None:
    op.drop_table("applied_rules")
    op.drop_table("access_refusal")
