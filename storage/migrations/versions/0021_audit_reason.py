"""audit_reason: the words of a reason someone typed (reopening, resuming, undoing,
removing...), beside the audit event that now records only that it was given, and
deleted with its case when it is purged; the events written before keep their words

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_event_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("words", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_audit_reason_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_reason")),
        sa.UniqueConstraint(
            "audit_event_id", "place", name=op.f("uq_audit_reason_audit_event_id_place")
        ),
    )
    op.create_index(op.f("ix_audit_reason_incident_id"), "audit_reason", ["incident_id"])


def downgrade() -> None:
    # The audit trail is append-only, so the words cannot go back into it: they go.
    op.drop_index(op.f("ix_audit_reason_incident_id"), table_name="audit_reason")
    op.drop_table("audit_reason")
