"""learning into practice: a review's recommendations and the improvement actions under
them (owner, agency, due date, status, evidence, assurance), reminded like steps; and
practice learning reviews, for cases below the threshold

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _incident(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["incident_id"],
        ["incident.id"],
        name=op.f(f"fk_{table}_incident_id_incident"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("recommendation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    op.create_index(op.f("ix_recommendation_incident_id"), "recommendation", ["incident_id"])
    op.create_table(
        "improvement_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("agency", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), server_default="open", nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("evidence", sa.String(length=300), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("assurance_due_on", sa.Date(), nullable=True),
        sa.Column("assurance_result", sa.String(), nullable=True),
        sa.Column("assurance_note", sa.String(length=300), nullable=True),
        sa.Column("assured_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        _incident("improvement_action"),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_improvement_action_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_action")),
    )
    op.create_index(
        op.f("ix_improvement_action_incident_id"), "improvement_action", ["incident_id"]
    )
    op.create_index(
        op.f("ix_improvement_action_recommendation_id"), "improvement_action", ["recommendation_id"]
    )
    with op.batch_alter_table("reminder") as batch:
        batch.add_column(sa.Column("action_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_reminder_action_id_improvement_action"),
            "improvement_action",
            ["action_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.create_index(op.f("ix_reminder_action_id"), ["action_id"])
    with op.batch_alter_table("incident") as batch:
        batch.add_column(
            sa.Column(
                "practice_learning_review", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.drop_column("practice_learning_review")
    op.execute("DELETE FROM reminder WHERE action_id IS NOT NULL")
    with op.batch_alter_table("reminder") as batch:
        batch.drop_index(op.f("ix_reminder_action_id"))
        batch.drop_constraint(op.f("fk_reminder_action_id_improvement_action"), type_="foreignkey")
        batch.drop_column("action_id")
    op.drop_index(op.f("ix_improvement_action_recommendation_id"), "improvement_action")
    op.drop_index(op.f("ix_improvement_action_incident_id"), "improvement_action")
    op.drop_table("improvement_action")
    op.drop_index(op.f("ix_recommendation_incident_id"), "recommendation")
    op.drop_table("recommendation")
