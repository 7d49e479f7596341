"""checklist items are reminded: a reminder may be about an item; an item may be snoozed

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
    with op.batch_alter_table("reminder") as batch:
        batch.add_column(sa.Column("item_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_reminder_item_id_checklist_item"),
            "checklist_item",
            ["item_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.create_index(op.f("ix_reminder_item_id"), ["item_id"])


def downgrade() -> None:
    op.execute("DELETE FROM reminder WHERE item_id IS NOT NULL")
    with op.batch_alter_table("reminder") as batch:
        batch.drop_index(op.f("ix_reminder_item_id"))
        batch.drop_constraint(op.f("fk_reminder_item_id_checklist_item"), type_="foreignkey")
        batch.drop_column("item_id")
    with op.batch_alter_table("checklist_item") as batch:
        batch.drop_column("snoozed_until")
