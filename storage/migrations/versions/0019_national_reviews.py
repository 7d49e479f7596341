"""national_review: the Panel's national and thematic reviews, tracked with no local
case; improvement_action.national_review_id, and incident_id made optional, with a CHECK
that an action is on exactly one register (a case's or a national review's)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_REGISTER = "(incident_id IS NULL) <> (national_review_id IS NULL)"


def upgrade() -> None:
    op.create_table(
        "national_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(), nullable=True),
        sa.Column("card_ts", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_national_review")),
    )
    with op.batch_alter_table("improvement_action") as batch:
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("national_review_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_improvement_action_national_review_id_national_review"),
            "national_review",
            ["national_review_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.create_index(op.f("ix_improvement_action_national_review_id"), ["national_review_id"])
        batch.create_check_constraint("one_register", ONE_REGISTER)


def downgrade() -> None:
    # A national review's actions have no case to go back to: they go, with their reminders.
    op.execute(
        "DELETE FROM reminder WHERE action_id IN "
        "(SELECT id FROM improvement_action WHERE national_review_id IS NOT NULL)"
    )
    op.execute("DELETE FROM improvement_action WHERE national_review_id IS NOT NULL")
    with op.batch_alter_table("improvement_action") as batch:
        batch.drop_constraint(op.f("ck_improvement_action_one_register"), type_="check")
        batch.drop_index(op.f("ix_improvement_action_national_review_id"))
        batch.drop_constraint(
            op.f("fk_improvement_action_national_review_id_national_review"), type_="foreignkey"
        )
        batch.drop_column("national_review_id")
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("national_review")
