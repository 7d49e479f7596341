"""the rapid review's sign-off by the three partners, its sending to the Panel, the Panel's
answer and the correspondence with the Panel

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
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
        "review_sign_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(), nullable=False),
        sa.Column("signed_by", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("review_sign_off"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_sign_off")),
        sa.UniqueConstraint(
            "incident_id", "partner", name=op.f("uq_review_sign_off_incident_id_partner")
        ),
    )
    op.create_index(op.f("ix_review_sign_off_incident_id"), "review_sign_off", ["incident_id"])
    op.create_table(
        "panel_review",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sent_by", sa.String(), nullable=False),
        sa.Column("sent_reason", sa.String(), nullable=True),
        sa.Column("answer", sa.String(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_recorded_by", sa.String(), nullable=True),
        sa.Column("reply_due_on", sa.Date(), nullable=True),
        sa.Column("reply_sent_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("panel_review"),
        sa.PrimaryKeyConstraint("incident_id", name=op.f("pk_panel_review")),
    )
    op.create_table(
        "panel_correspondence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("exchanged_on", sa.Date(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("what", sa.String(length=150), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        _incident("panel_correspondence"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panel_correspondence")),
    )
    op.create_index(
        op.f("ix_panel_correspondence_incident_id"), "panel_correspondence", ["incident_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_panel_correspondence_incident_id"), "panel_correspondence")
    op.drop_table("panel_correspondence")
    op.drop_table("panel_review")
    op.drop_index(op.f("ix_review_sign_off_incident_id"), "review_sign_off")
    op.drop_table("review_sign_off")
