"""after the rapid review: the Panel's decision on a national review, how the learning is
shared without one, the local review's progress checks, the reason for a delay, parallel
proceedings holding publication, and what was published

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
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
    with op.batch_alter_table("panel_review") as batch:
        batch.add_column(sa.Column("national_decision", sa.String(), nullable=True))
        batch.add_column(sa.Column("national_decided_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("learning_way", sa.String(), nullable=True))
        batch.add_column(sa.Column("learning_recorded_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("delay_reason", sa.String(), nullable=True))
        batch.add_column(sa.Column("delay_told_on", sa.Date(), nullable=True))
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("publication_kind", sa.String(), nullable=True))
        batch.add_column(sa.Column("publication_reason", sa.String(), nullable=True))
        batch.add_column(sa.Column("publication_url", sa.String(), nullable=True))
    with op.batch_alter_table("step") as batch:
        batch.add_column(
            sa.Column(
                "held_by_proceedings", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    op.create_table(
        "progress_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("progress_check"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_check")),
    )
    op.create_index(op.f("ix_progress_check_incident_id"), "progress_check", ["incident_id"])
    op.create_table(
        "proceedings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("expected_on", sa.Date(), nullable=True),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("proceedings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proceedings")),
    )
    op.create_index(op.f("ix_proceedings_incident_id"), "proceedings", ["incident_id"])
    # A rapid review recorded done before its sending was recorded (before 0012) was sent:
    # its record lets the case follow its decision's path.
    op.execute(
        "INSERT INTO panel_review (incident_id, sent_on, sent_by, sent_reason, recorded_at)"
        " SELECT step.incident_id, step.completed_on, COALESCE(step.completed_by, 'unknown'),"
        " 'recorded before the partners signed off in the bot',"
        " COALESCE(step.completed_at, CURRENT_TIMESTAMP)"
        " FROM step WHERE step.step_key = 'rapid_review' AND step.status = 'done'"
        " AND step.completed_on IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM panel_review p WHERE p.incident_id = step.incident_id)"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_proceedings_incident_id"), "proceedings")
    op.drop_table("proceedings")
    op.drop_index(op.f("ix_progress_check_incident_id"), "progress_check")
    op.drop_table("progress_check")
    with op.batch_alter_table("step") as batch:
        batch.drop_column("held_by_proceedings")
    with op.batch_alter_table("incident") as batch:
        batch.drop_column("publication_url")
        batch.drop_column("publication_reason")
        batch.drop_column("publication_kind")
    with op.batch_alter_table("panel_review") as batch:
        batch.drop_column("delay_told_on")
        batch.drop_column("delay_reason")
        batch.drop_column("learning_recorded_on")
        batch.drop_column("learning_way")
        batch.drop_column("national_decided_on")
        batch.drop_column("national_decision")
